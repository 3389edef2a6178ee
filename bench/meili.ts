/** Raw Meilisearch over HTTP for the baselines (no client library, no compression). */
export type Meili = { host: string; key: string }

export const meiliFetch = (m: Meili, p: string, init: RequestInit = {}) =>
  fetch(m.host + p, {
    ...init,
    headers: {
      Authorization: `Bearer ${m.key}`,
      'Content-Type': 'application/json',
      'Accept-Encoding': 'identity',
      ...init.headers,
    },
  }).then((r) => r.json())
