import pg from 'pg'

import { hostName } from './hostName'

/**
 * The proxy's view of the sites table: plain SQL on a small pool of its own, so the proxy bundle
 * does not load Payload. One indexed query per page request, no in-memory host map: a site
 * created on another instance is found on the very next request. The last good answer per key is
 * kept only for when Postgres cannot be reached, so cached pages keep being served in an outage.
 */
let pool: pg.Pool | null = null
const lastGood = new Map<string, unknown>()
const LAST_GOOD_MAX = 500

function getPool(): pg.Pool {
  if (!pool) {
    pool = new pg.Pool({
      connectionString: process.env.DATABASE_URL,
      max: 3,
      idleTimeoutMillis: 30_000,
      // A page must not hang on a database that is away, but a first connection on a busy machine
      // can take over a second (1.5 s gave a 503 in CI): a refused connection fails at once anyway.
      connectionTimeoutMillis: 5_000,
      query_timeout: 10_000,
    })
    // An idle client cut by a Postgres restart must not crash the server.
    pool.on('error', () => {})
  }
  return pool
}

/**
 * The slug of the site whose domains hold this host, else of the main site (the one without a
 * parent). Unknown hosts get the main site: never a cache entry per arbitrary Host header.
 */
export async function slugForHost(host: string | null): Promise<string | null> {
  const name = hostName(host)
  return rememberAnswer(`host:${name}`, async () => {
    // Two index lookups (the domain, then the main site) rather than a test of every site.
    const { rows } = await getPool().query<{ slug: string }>(
      `(SELECT s.slug, 0 AS pick FROM sites_texts t JOIN sites s ON s.id = t.parent_id
         WHERE t.text = $1 AND t.path = 'domains' ORDER BY s.id LIMIT 1)
       UNION ALL
       (SELECT slug, 1 FROM sites WHERE parent_id IS NULL ORDER BY id LIMIT 1)
       ORDER BY pick LIMIT 1`,
      [name],
    )
    return rows[0]?.slug ?? null
  })
}

/** The slug itself when a site has it; else the main site's slug with `found: false`. */
export async function siteBySlug(slug: string): Promise<{ slug: string; found: boolean } | null> {
  return rememberAnswer(`slug:${slug}`, async () => {
    const { rows } = await getPool().query<{ slug: string; found: boolean }>(
      `SELECT slug, slug = $1 AS found FROM sites
        WHERE slug = $1 OR parent_id IS NULL
        ORDER BY (slug = $1) DESC, id
        LIMIT 1`,
      [slug],
    )
    return rows[0] ?? null
  })
}

/** Asks Postgres; on failure answers what it said last time for this key, if it ever did. */
async function rememberAnswer<T>(key: string, ask: () => Promise<T>): Promise<T> {
  try {
    const answer = await ask()
    if (answer !== null) {
      if (!lastGood.has(key) && lastGood.size >= LAST_GOOD_MAX) {
        lastGood.delete(lastGood.keys().next().value as string)
      }
      lastGood.set(key, answer)
    }
    return answer
  } catch (error) {
    if (lastGood.has(key)) return lastGood.get(key) as T
    throw error
  }
}
