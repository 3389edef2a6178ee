import type { Meilisearch } from 'meilisearch'

const WAIT = { timeout: 30 * 60_000, interval: 200 }

/**
 * Feeds a fresh index while the reader keeps reading: documents wait here while Meilisearch is
 * busy and go in one addition when it is free (or when `maxPending` have piled up). Each
 * Meilisearch batch also re-merges what the index already holds, so many small additions on a
 * growing index cost more than a few large ones: a reader slower than the engine would otherwise
 * make one batch per read (measured at 20,000 documents: reindex 1.67× the raw time).
 */
export function coalescingSender(
  client: Meilisearch,
  uid: string,
  onIndexed: (count: number) => void,
  maxPending = 5000,
) {
  let pending: Record<string, unknown>[] = []
  let inFlight: Promise<void> | null = null
  let busy = false
  let sent = 0

  const send = (documents: Record<string, unknown>[]) => {
    busy = true
    inFlight = (async () => {
      const { taskUid } = await client.index(uid).addDocuments(documents, { primaryKey: 'id' })
      const task = await client.tasks.waitForTask(taskUid, WAIT)
      if (task.status !== 'succeeded')
        throw new Error(`Lập chỉ mục thất bại: ${task.error?.message}`)
      sent += documents.length
      onIndexed(documents.length)
    })().finally(() => {
      busy = false
    })
    // A failure surfaces at the next add() or at finish(); never as an unhandled rejection.
    inFlight.catch(() => {})
  }

  return {
    /** Queues documents; waits only when `maxPending` are already waiting for a busy engine. */
    async add(documents: Record<string, unknown>[]) {
      pending.push(...documents)
      if (busy && pending.length >= maxPending) await inFlight
      if (!busy) {
        if (inFlight) await inFlight // rethrows a failed addition
        send(pending)
        pending = []
      }
    },
    /** Sends what is left and resolves with the count once Meilisearch has indexed everything. */
    async finish(): Promise<number> {
      if (inFlight) await inFlight
      if (pending.length) {
        send(pending)
        pending = []
        await inFlight
      }
      return sent
    },
  }
}
