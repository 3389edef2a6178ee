import type { Payload } from 'payload'
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible'

import { errorResponse } from '../lib/errorResponse'
import { sqlPool } from '../lib/sqlPool'

/**
 * Abuse limits in Postgres (rate-limiter-flexible's store), so every app instance shares them.
 * Defaults are generous per address because many citizens share one (CGNAT, offices); set with
 * <NAME>_POINTS / <NAME>_SECONDS, e.g. COMMENT_IP_POINTS=10 COMMENT_IP_SECONDS=600.
 */
const DEFAULTS = {
  COMMENT_IP: { points: 10, seconds: 600 },
  COMMENT_ARTICLE: { points: 120, seconds: 60 },
  RATING_IP: { points: 60, seconds: 600 },
} as const
export type LimitName = keyof typeof DEFAULTS

const limiters = new Map<string, Promise<RateLimiterPostgres>>()

function limiter(payload: Payload, name: LimitName): Promise<RateLimiterPostgres> {
  const points = Number(process.env[`${name}_POINTS`] || DEFAULTS[name].points)
  const duration = Number(process.env[`${name}_SECONDS`] || DEFAULTS[name].seconds)
  // Keyed by the settings too, so a changed environment (tests) gets a limiter of its own.
  const id = `${name}:${points}:${duration}`
  let found = limiters.get(id)
  if (!found) {
    found = new Promise((resolve, reject) => {
      const created: RateLimiterPostgres = new RateLimiterPostgres(
        { storeClient: sqlPool(payload), tableName: 'rate_limits', keyPrefix: name.toLowerCase(), points, duration, clearExpiredByTimeout: false },
        (err?: Error) => (err ? reject(err) : resolve(created)),
      )
    })
    limiters.set(id, found)
    // A limiter that could not reach Postgres (an outage) is built again on the next request.
    found.catch(() => limiters.delete(id))
  }
  return found
}

export type LimitResult = { ok: true } | { ok: false; retryAfter: number }

/** Takes one point from `key`'s budget under `name`; says how long to wait when none is left. */
export async function consume(payload: Payload, name: LimitName, key: string): Promise<LimitResult> {
  try {
    await (await limiter(payload, name)).consume(key)
    return { ok: true }
  } catch (error) {
    if (error instanceof RateLimiterRes) return { ok: false, retryAfter: Math.max(1, Math.ceil(error.msBeforeNext / 1000)) }
    throw error
  }
}

export const tooManyRequests = (retryAfter: number) =>
  errorResponse(429, `Bạn thao tác quá nhanh. Vui lòng thử lại sau ${retryAfter} giây.`, {
    'Retry-After': String(retryAfter),
  })
