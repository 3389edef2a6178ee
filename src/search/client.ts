import { Meilisearch } from 'meilisearch'

let cached: { key: string; client: Meilisearch } | null = null

/** Name of the articles index; MEILI_INDEX_PREFIX lets tests and several portals share a server. */
export const articlesIndexName = () => `${process.env.MEILI_INDEX_PREFIX ?? ''}articles`

/** Name of the Party documents index (Văn bản). */
export const documentsIndexName = () => `${process.env.MEILI_INDEX_PREFIX ?? ''}documents`

/** True when a Meilisearch server is configured (the launcher always sets MEILI_HOST). */
export const searchConfigured = () => Boolean(process.env.MEILI_HOST)

/**
 * The Meilisearch client for MEILI_HOST / MEILI_MASTER_KEY, read at call time so a process that
 * loads this module before the launcher sets them still finds the server.
 */
export function searchClient(): Meilisearch {
  const host = process.env.MEILI_HOST
  if (!host) throw new SearchUnavailableError('MEILI_HOST chưa được đặt')
  const apiKey = process.env.MEILI_MASTER_KEY || undefined
  const key = `${host}|${apiKey ?? ''}`
  if (cached?.key !== key) {
    cached = {
      key,
      client: new Meilisearch({
        host,
        apiKey,
        // Compressed responses stall ~40 ms on Nagle + delayed ACK (see FACTS.md): ask for none.
        requestInit: { headers: { 'Accept-Encoding': 'identity' } },
        timeout: Number(process.env.MEILI_TIMEOUT_MS || 5000),
      }),
    }
  }
  return cached.client
}

/** Meilisearch is not configured, unreachable or failing: callers answer 503. */
export class SearchUnavailableError extends Error {
  constructor(cause: unknown) {
    super(`Meilisearch không khả dụng: ${cause instanceof Error ? cause.message : String(cause)}`)
    this.name = 'SearchUnavailableError'
  }
}
