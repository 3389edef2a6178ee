import { execFileSync } from 'node:child_process'
import { chmodSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { afterAll, describe, expect, it } from 'vitest'

import { isTraversableByOthers, postgresDataDir } from '../src/launcher/paths'
import { startEmbeddedPostgres } from '../src/launcher/postgres'

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
          if (round === 1) await client.query('CREATE TABLE kept (v text); INSERT INTO kept VALUES ($$còn đây$$)')
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
