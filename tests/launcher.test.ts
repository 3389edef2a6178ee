import { execFileSync, spawn } from 'node:child_process'
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { afterAll, describe, expect, it } from 'vitest'

import { acquireInstanceLock, describeInstance, queryInstance } from '../src/launcher/instanceLock'
import { meilisearchPidsOn } from '../src/launcher/leftovers'
import { startEmbeddedMeilisearch } from '../src/launcher/meilisearch'
import { isTraversableByOthers, postgresDataDir } from '../src/launcher/paths'
import { startEmbeddedPostgres } from '../src/launcher/postgres'
import { isNpmCommandLine } from '../src/launcher/watchParents'
import { alive, repo, waitForOutput, waitUntilGone } from './helpers/launcher'

const base = mkdtempSync(path.join(os.tmpdir(), 'portal-paths-'))
afterAll(() => rmSync(base, { recursive: true, force: true }))

describe('where the embedded cluster keeps its data', () => {
  it('uses .data/postgres when every parent is traversable', () => {
    chmodSync(base, 0o755)
    const root = path.join(base, 'open', '.data')
    mkdirSync(root, { recursive: true })
    expect(isTraversableByOthers(root)).toBe(true)
    expect(postgresDataDir(root, true)).toBe(path.join(root, 'postgres'))
  })

  it('moves under /var/lib, one directory per clone, when a parent is private (a clone under /root)', () => {
    const privateDir = path.join(base, 'private')
    mkdirSync(path.join(privateDir, 'repo', '.data'), { recursive: true })
    chmodSync(privateDir, 0o700)
    const root = path.join(privateDir, 'repo', '.data')
    expect(isTraversableByOthers(root)).toBe(false)
    const chosen = postgresDataDir(root, true)
    expect(chosen.startsWith('/var/lib/cong-thong-tin/')).toBe(true)
    expect(postgresDataDir(root, true)).toBe(chosen)
    expect(postgresDataDir(path.join(base, 'other'), true)).not.toBe(chosen)
    // Not root: no postgres user involved, the repo's own directory always works.
    expect(postgresDataDir(root, false)).toBe(path.join(root, 'postgres'))
  })

  it.runIf(process.getuid?.() === 0)(
    'really starts Postgres from the chosen directory for a private clone, and reuses it',
    async () => {
      const privateRoot = path.join(base, 'private', 'repo', '.data')
      const dataDir = postgresDataDir(privateRoot, true)
      rmSync(dataDir, { recursive: true, force: true })
      try {
        for (const round of [1, 2]) {
          const server = await startEmbeddedPostgres({ dataDir, password: 'secret' })
          const client = new pg.Client({ connectionString: server.urlFor('postgres') })
          await client.connect()
          if (round === 1)
            await client.query('CREATE TABLE kept (v text); INSERT INTO kept VALUES ($$còn đây$$)')
          const { rows } = await client.query('SELECT v FROM kept')
          expect(rows).toEqual([{ v: 'còn đây' }])
          await client.end()
          await server.stop()
          expect(() => process.kill(server.pid, 0)).toThrow()
        }
        expect(execFileSync('stat', ['-c', '%U', dataDir]).toString().trim()).toBe('postgres')
      } finally {
        rmSync(path.dirname(dataDir), { recursive: true, force: true })
      }
    },
  )
})

describe('one holder per data directory', () => {
  it('a second holder is refused and told who holds it, in which state; released, it is free again', async () => {
    const dir = mkdtempSync(path.join(base, 'lock-'))
    const first = await acquireInstanceLock(dir, {
      pid: process.pid,
      command: 'dev',
      state: 'starting',
      url: 'http://localhost:3000',
    })
    expect(first.lock).toBeDefined()
    const second = await acquireInstanceLock(dir, { pid: 1, command: 'start', state: 'starting' })
    expect(second.lock).toBeUndefined()
    expect(second.holder).toEqual({
      pid: process.pid,
      command: 'dev',
      state: 'starting',
      url: 'http://localhost:3000',
    })
    first.lock!.update({ state: 'stopping' })
    expect(describeInstance(await queryInstance(dir))).toBe(
      `npm run dev (pid ${process.pid}, http://localhost:3000) đang dừng`,
    )
    // Another directory is another lock.
    const other = await acquireInstanceLock(mkdtempSync(path.join(base, 'lock-')), {
      pid: 1,
      command: 'dev',
      state: 'busy',
    })
    expect(other.lock).toBeDefined()
    await other.lock!.release()
    await first.lock!.release()
    expect(await queryInstance(dir)).toBeNull()
    const third = await acquireInstanceLock(dir, {
      pid: process.pid,
      command: 'user',
      state: 'busy',
    })
    expect(third.lock).toBeDefined()
    await third.lock!.release()
  })

  it('the kernel frees it when the holder is SIGKILLed: nothing stale is left behind', async () => {
    const dir = mkdtempSync(path.join(base, 'lock-'))
    const child = spawn(process.execPath, ['--import', 'tsx', 'tests/helpers/holdLock.ts', dir], {
      cwd: repo,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    const state = { child, output: '' }
    child.stdout.on('data', (d) => (state.output += d))
    child.stderr.on('data', (d) => (state.output += d))
    await waitForOutput(state, /held/, 60_000)
    expect(
      (await acquireInstanceLock(dir, { pid: process.pid, command: 'dev', state: 'starting' }))
        .holder,
    ).toMatchObject({ pid: child.pid, state: 'serving' })
    child.kill('SIGKILL')
    expect(await waitUntilGone([child.pid!])).toEqual([])
    const after = await acquireInstanceLock(dir, {
      pid: process.pid,
      command: 'dev',
      state: 'starting',
    })
    expect(after.lock).toBeDefined()
    await after.lock!.release()
  })

  it('npm is recognised by its renamed title or its script path, nothing else', () => {
    expect(isNpmCommandLine(['npm run dev'])).toBe(true)
    expect(isNpmCommandLine(['npm', 'start'])).toBe(true)
    expect(
      isNpmCommandLine(['node', '/usr/lib/node_modules/npm/bin/npm-cli.js', 'run', 'dev']),
    ).toBe(true)
    expect(isNpmCommandLine(['sh', '-c', 'tsx src/launcher/cli.ts dev'])).toBe(false)
    expect(isNpmCommandLine(['-bash'])).toBe(false)
    expect(isNpmCommandLine(['node', 'node_modules/tsx/dist/cli.mjs', 'src/launcher/cli.ts'])).toBe(
      false,
    )
  })
})

describe('what a crash leaves behind', () => {
  it.runIf(process.getuid?.() === 0)(
    'an orphaned Postgres on the same data is stopped, a stale postmaster.pid removed',
    { timeout: 120_000 },
    async () => {
      chmodSync(base, 0o755)
      const root = mkdtempSync(path.join(base, 'crash-'))
      chmodSync(root, 0o755) // the postgres user must traverse it
      const dataDir = postgresDataDir(root, true)
      const orphan = await startEmbeddedPostgres({ dataDir, password: 'secret' })
      // The launcher that started it was killed: nobody will stop it.
      const next = await startEmbeddedPostgres({ dataDir, password: 'secret' })
      expect(await waitUntilGone([orphan.pid])).toEqual([])
      const client = new pg.Client({ connectionString: next.urlFor('postgres') })
      await client.connect()
      expect((await client.query('SELECT 1 AS ok')).rows).toEqual([{ ok: 1 }])
      await client.end()
      await next.stop()
      // Power loss: postmaster.pid survives, and after a reboot its pid is some other process.
      const pidFile = path.join(dataDir, 'postmaster.pid')
      writeFileSync(pidFile, `${process.pid}\n${dataDir}\n`)
      const afterReboot = await startEmbeddedPostgres({ dataDir, password: 'secret' })
      expect(alive(process.pid)).toBe(true)
      expect(Number(readFileSync(pidFile, 'utf8').split('\n')[0])).toBe(afterReboot.pid)
      await afterReboot.stop()
    },
  )

  it(
    'an orphaned Meilisearch on the same data is stopped before a new one opens it',
    { timeout: 120_000 },
    async () => {
      const dataDir = mkdtempSync(path.join(base, 'meili-'))
      const orphan = await startEmbeddedMeilisearch({
        dataDir,
        masterKey: 'test-master-key-0123456789',
      })
      const next = await startEmbeddedMeilisearch({
        dataDir,
        masterKey: 'test-master-key-0123456789',
      })
      expect(await waitUntilGone([orphan.pid])).toEqual([])
      expect(meilisearchPidsOn(path.join(dataDir, 'data.ms'))).toEqual([next.pid])
      expect((await fetch(`${next.host}/health`)).status).toBe(200)
      await next.stop()
      expect(meilisearchPidsOn(path.join(dataDir, 'data.ms'))).toEqual([])
    },
  )
})
