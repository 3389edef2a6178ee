import type { Pool } from 'pg'

import { flushVisits, type BufferedHit } from './flushVisits'

export type VisitFigures = {
  /** Beacons taken into the buffer, bots left out, repeats still in. */
  received: number
  bots: number
  /** Repeats this instance dropped before writing (same visitor and page inside one interval). */
  repeats: number
  /** Flush statements sent (one database write each). */
  flushes: number
  /** Visits the database counted (after the 30-minute rule across every instance). */
  counted: number
  /** Beacons dropped because the buffer was full (the database away for long). */
  dropped: number
}

export type VisitBuffer = {
  /** Takes the hit object over: the caller must not change it afterwards. */
  add: (hit: BufferedHit) => void
  /** Writes what is buffered in one statement; the visits counted. */
  flush: () => Promise<number>
  /** Stops the timer and flushes what is left (SIGTERM). */
  stop: () => Promise<void>
  figures: VisitFigures
}

/**
 * Beacons held in this instance's memory and written in one batch statement every `flushMs`
 * (STATS_FLUSH_MS, default 2000): no database write on the request path, at most one interval
 * lost on a crash. A failed flush puts its hits back for the next one (up to `maxEntries`).
 */
export function createVisitBuffer(
  pool: Pool,
  opts: { flushMs?: number; maxEntries?: number; onError?: (error: unknown) => void } = {},
): VisitBuffer {
  const flushMs = opts.flushMs ?? Number(process.env.STATS_FLUSH_MS || 2000)
  const maxEntries = opts.maxEntries ?? 200_000
  const figures: VisitFigures = {
    received: 0,
    bots: 0,
    repeats: 0,
    flushes: 0,
    counted: 0,
    dropped: 0,
  }
  let pending = new Map<string, BufferedHit>()
  let running: Promise<number> = Promise.resolve(0)

  /** 'new', 'repeat' (same visitor and page already held) or 'dropped' (the buffer is full). */
  const keep = (hit: Required<BufferedHit>) => {
    const key = `${hit.visitor}\n${hit.siteId}\n${hit.path}`
    const held = pending.get(key) as Required<BufferedHit> | undefined
    if (held) {
      // The first time counts; the last one says the visitor is still here ("online").
      if (hit.at < held.at) held.at = hit.at
      if (hit.seen > held.seen) held.seen = hit.seen
      return 'repeat'
    }
    if (pending.size >= maxEntries) return 'dropped'
    pending.set(key, hit)
    return 'new'
  }

  const writeBatch = async (): Promise<number> => {
    if (!pending.size) return 0
    const batch = [...pending.values()]
    pending = new Map()
    figures.flushes++
    try {
      const counted = await flushVisits(pool, batch)
      figures.counted += counted
      return counted
    } catch (error) {
      for (const hit of batch) keep(hit as Required<BufferedHit>)
      throw error
    }
  }

  const flush = () => (running = running.catch(() => 0).then(writeBatch))
  const timer = flushMs > 0 ? setInterval(() => void flush().catch(onError), flushMs) : null
  timer?.unref()
  function onError(error: unknown) {
    ;(opts.onError ?? ((e) => console.error('[thống kê] Không ghi được lượt truy cập:', e)))(error)
  }

  return {
    add: (hit) => {
      figures.received++
      // The buffer keeps this object (one allocation per beacon that survives to the flush).
      hit.seen ??= hit.at
      const kept = keep(hit as Required<BufferedHit>)
      if (kept === 'repeat') figures.repeats++
      if (kept === 'dropped') figures.dropped++
    },
    flush,
    stop: async () => {
      if (timer) clearInterval(timer)
      await flush().catch(onError)
    },
    figures,
  }
}
