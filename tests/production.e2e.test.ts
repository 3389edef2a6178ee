import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { ensureDatabase } from '../src/launcher/postgres'
import { getFreePort } from '../src/launcher/ports'
import { documentPagesTests } from './helpers/documentPages'
import { publicSiteTests } from './helpers/publicSite'
import { readerActionTests } from './helpers/readerActions'
import { securityHeaderTests } from './helpers/securityHeaderTests'
import { searchPageTests } from './helpers/searchPage'
import {
  freshEnv,
  stopLauncher,
  repo,
  startLauncher,
  waitForOutput,
  waitUntilGone,
} from './helpers/launcher'

/** `npm run build && npm start`: a build with no database, then production mode on fresh data. */
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'portal-prod-'))
chmodSync(dataDir, 0o755)
let base: string
let env: NodeJS.ProcessEnv
let server: ReturnType<typeof startLauncher>

beforeAll(async () => {
  const port = await getFreePort()
  base = `http://localhost:${port}`
  env = freshEnv({
    PORTAL_DATA_DIR: dataDir,
    PORT: String(port),
    DEMO_PASSWORD: 'Mat-khau-prod-1',
    COMMENT_IP_POINTS: '1000',
    COMMENT_ARTICLE_POINTS: '1000',
  })
  server = startLauncher('start', env)
  await waitForOutput(server, /Cổng thông tin: http:\/\/localhost:\d+/, 120_000)
}, 500_000)

afterAll(async () => {
  await stopLauncher(server?.child)
  rmSync(dataDir, { recursive: true, force: true })
})

describe('npm run build && npm start', () => {
  it('builds without any database running (the build tests/setup made for every production file)', () => {
    const build = inject('productionBuild')
    expect(build, 'vitest was filtered so that no production build was made').not.toBeNull()
    expect(build!.status, build!.output).toBe(0)
    expect(build!.touchedDataDir).toBe(false)
  })

  it('applies the committed migrations (not a dev push) and seeds the empty embedded database', async () => {
    expect(server.output).toMatch(/Đã tạo 5 tài khoản/)
    const { env: running } = JSON.parse(readFileSync(path.join(dataDir, 'engines.json'), 'utf8'))
    const client = new pg.Client({ connectionString: running.DATABASE_URL })
    await client.connect()
    const { rows } = await client.query('SELECT name, batch FROM payload_migrations ORDER BY name')
    await client.end()
    const committed = readdirSync(path.join(repo, 'src/migrations'))
      .filter((f) => /^\d.*\.ts$/.test(f))
      .map((f) => f.replace(/\.ts$/, ''))
    expect(rows.map((r) => r.name)).toEqual(committed)
    expect(rows.every((r) => r.batch >= 1)).toBe(true)
  })

  it('serves the site and the admin in production mode', async () => {
    const home = await fetch(base + '/')
    expect(home.status).toBe(200)
    expect(await home.text()).toContain('Tin mới')
    const admin = await fetch(base + '/admin/login')
    expect(admin.status).toBe(200)
    expect(await admin.text()).toContain('Đăng nhập')
    expect((await fetch(base + '/tin-tuc/khong-ton-tai')).status).toBe(404)
  })
})

const meiliPid = () => Number(/Meilisearch sẵn sàng tại \S+ \(pid (\d+)\)/.exec(server.output)![1])

securityHeaderTests(() => ({ base, mode: 'start' }))
publicSiteTests(() => ({ base, password: 'Mat-khau-prod-1' }))
readerActionTests(() => ({ base, password: 'Mat-khau-prod-1' }))
documentPagesTests(() => ({ base, password: 'Mat-khau-prod-1' }))
// Last before stopping: it ends by killing the launcher's Meilisearch.
searchPageTests(() => ({ base, password: 'Mat-khau-prod-1', meiliPid }))

describe('stopping', () => {
  it('SIGTERM to the launcher stops the server and the engines it started (Meilisearch was killed by the search tests)', async () => {
    const pgPid = Number(
      readFileSync(path.join(dataDir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0],
    )
    process.kill(server.child.pid!, 'SIGTERM')
    expect(await waitUntilGone([server.child.pid!, pgPid, meiliPid()])).toEqual([])
  })

  // A production start waits up to 120 s for the server (a loaded machine), then stops it.
  it(
    'with DATABASE_URL it starts no Postgres and seeds nothing',
    { timeout: 200_000 },
    async () => {
      const adminUrl = inject('pgAdminUrl')
      await ensureDatabase(adminUrl, 'prod_external')
      const port = await getFreePort()
      const external = startLauncher('start', {
        ...env,
        PORT: String(port),
        DATABASE_URL: adminUrl.replace(/\/postgres$/, '/prod_external'),
      })
      try {
        await waitForOutput(external, /Cổng thông tin: http:\/\/localhost:\d+/, 120_000)
        expect(external.output).toContain('Dùng PostgreSQL từ DATABASE_URL')
        expect(external.output).not.toContain('Khởi động PostgreSQL nhúng')
        expect(external.output).not.toMatch(/nội dung mẫu|Tài khoản mẫu/)
        const articles = await fetch(`http://localhost:${port}/api/articles?limit=0`).then((r) =>
          r.json(),
        )
        expect(articles.totalDocs).toBe(0)
      } finally {
        process.kill(external.child.pid!, 'SIGTERM')
        expect(await waitUntilGone([external.child.pid!])).toEqual([])
      }
    },
  )
})
