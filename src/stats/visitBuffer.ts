import type { Pool } from 'pg'

import { flushVisits } from './flushVisits'
import { HitColumns } from './hitColumns'

/** A beacon as the buffer takes it: a site, a page, the day's visitor hash, when. */
export type BufferedHit = { siteId: number; path: string; visitor: string; at: Date }

export type VisitFigures = {
  /** Beacons taken into the buffer, bots left out, repeats still in. */
  received: number
  bots: number
  /** Flush statements sent (one database write each). */
  flushes: number
  /** Visits the database counted (after the 30-minute rule across every instance). */
  counted: number
  /** Beacons dropped because the buffer was full (the database away for long). */
  dropped: number
}

export type VisitBuffer = {
  add: (hit: BufferedHit) => void
  /** Writes what is buffered in one statement; the visits counted. */
  flush: () => Promise<number>
  /** Stops the timer and flushes what is left (SIGTERM). */
  stop: () => Promise<void>
  figures: VisitFigures
}

/**
 * Beacons held in this instance's memory (src/stats/hitColumns.ts) and written in one batch
 * statement every `flushMs` (STATS_FLUSH_MS, default 2000): no database write on the request
 * path, at most one interval lost on a crash. A failed flush puts its beacons back for the next
 * one (up to `maxEntries` in all).
 */
export function createVisitBuffer(
  pool: Pool,
  opts: { flushMs?: number; maxEntries?: number; onError?: (error: unknown) => void } = {},
): VisitBuffer {
  const flushMs = opts.flushMs ?? Number(process.env.STATS_FLUSH_MS || 2000)
  const maxEntries = opts.maxEntries ?? 200_000
  const figures: VisitFigures = { received: 0, bots: 0, flushes: 0, counted: 0, dropped: 0 }
  let pending = new HitColumns()
  let running: Promise<number> = Promise.resolve(0)

  const writeBatch = async (): Promise<number> => {
    if (!pending.length) return 0
    const batch = pending
    pending = new HitColumns()
    figures.flushes++
    const rows = batch.rows()
    try {
      const counted = await flushVisits(pool, rows)
      figures.counted += counted
      return counted
    } catch (error) {
      rows.at.forEach((at, i) => {
        if (pending.length < maxEntries)
          pending.push(rows.siteIds[i], rows.paths[i], rows.visitors[i], at)
        else figures.dropped++
      })
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
      if (pending.length >= maxEntries) figures.dropped++
      else pending.push(hit.siteId, hit.path, hit.visitor, hit.at.getTime())
    },
    flush,
    stop: async () => {
      if (timer) clearInterval(timer)
      await flush().catch(onError)
    },
    figures,
  }
}
