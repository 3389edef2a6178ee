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

/** Waits until Meilisearch has processed task `uid`; throws if it failed. */
export async function waitTask(m: Meili, uid: number) {
  for (;;) {
    const task = await meiliFetch(m, `/tasks/${uid}`)
    if (task.status === 'succeeded') return
    if (task.status === 'failed' || task.status === 'canceled')
      throw new Error(JSON.stringify(task.error))
    await new Promise((r) => setTimeout(r, 200))
  }
}

/**
 * Raw baseline: the given settings, then the pre-serialised batches POSTed into scratch index
 * `uid` until every task succeeded; seconds taken by the batches (settings excluded).
 */
export async function rawIndex(
  m: Meili,
  uid: string,
  settings: object,
  batches: string[],
): Promise<number> {
  await waitTask(
    m,
    (
      await meiliFetch(m, `/indexes/${uid}/settings`, {
        method: 'PATCH',
        body: JSON.stringify(settings),
      })
    ).taskUid,
  )
  const started = performance.now()
  const tasks: number[] = []
  for (const body of batches)
    tasks.push(
      (await meiliFetch(m, `/indexes/${uid}/documents?primaryKey=id`, { method: 'POST', body }))
        .taskUid,
    )
  for (const task of tasks) await waitTask(m, task)
  const seconds = (performance.now() - started) / 1000
  await waitTask(m, (await meiliFetch(m, `/indexes/${uid}`, { method: 'DELETE' })).taskUid)
  return seconds
}

/**
 * How Meilisearch grouped the document additions of indexes whose uid starts with `prefix`:
 * the number of batches it ran and their summed duration (its /batches history, seconds).
 */
export async function batchesOf(m: Meili, prefix: string) {
  const { results } = (await meiliFetch(
    m,
    '/batches?limit=1000&types=documentAdditionOrUpdate',
  )) as {
    results: { stats: { indexUids: Record<string, number> }; duration: string | null }[]
  }
  const ours = results.filter((b) =>
    Object.keys(b.stats.indexUids).some((u) => u.startsWith(prefix)),
  )
  const seconds = ours.reduce((sum, b) => sum + isoSeconds(b.duration), 0)
  return { batches: ours.length, seconds }
}

/** "PT12.345S" / "PT1M2.5S" → seconds. */
const isoSeconds = (d: string | null) => {
  const m = /PT(?:(\d+)H)?(?:(\d+)M)?(?:([\d.]+)S)?/.exec(d ?? '')
  return m ? Number(m[1] ?? 0) * 3600 + Number(m[2] ?? 0) * 60 + Number(m[3] ?? 0) : 0
}
