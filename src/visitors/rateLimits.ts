import type { Payload } from 'payload'
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible'

import { sqlPool } from '../lib/sqlPool'

/**
 * Abuse limits in Postgres (rate-limiter-flexible's store), so every app instance shares them.
 * Each capability names its limits where it uses them (comments/postComment.ts,
 * ratings/submitRating.ts); the environment overrides a default with <NAME>_POINTS /
 * <NAME>_SECONDS, e.g. COMMENT_IP_POINTS=10 COMMENT_IP_SECONDS=600.
 */
export type RateLimit = { name: string; points: number; seconds: number }

const limiters = new Map<string, Promise<RateLimiterPostgres>>()

function limiter(payload: Payload, limit: RateLimit): Promise<RateLimiterPostgres> {
  const { name } = limit
  const points = Number(process.env[`${name}_POINTS`] || limit.points)
  const duration = Number(process.env[`${name}_SECONDS`] || limit.seconds)
  // Keyed by the settings too, so a changed environment (tests) gets a limiter of its own.
  const id = `${name}:${points}:${duration}`
  let found = limiters.get(id)
  if (!found) {
    found = new Promise((resolve, reject) => {
      const created: RateLimiterPostgres = new RateLimiterPostgres(
        {
          storeClient: sqlPool(payload),
          tableName: 'rate_limits',
          keyPrefix: name.toLowerCase(),
          points,
          duration,
          clearExpiredByTimeout: false,
        },
        (err?: Error) => (err ? reject(err) : resolve(created)),
      )
    })
    limiters.set(id, found)
    // A limiter that could not reach Postgres (an outage) is built again on the next request.
    found.catch(() => limiters.delete(id))
  }
  return found
}

export type LimitResult =
  { ok: true } | { ok: false; status: 429; message: string; retryAfter: number }

/**
 * Takes one point from `key`'s budget under `limit`; when none is left, the refusal a person
 * reads and how many seconds to wait (the adapter sends it as Retry-After).
 */
export async function consume(
  payload: Payload,
  limit: RateLimit,
  key: string,
): Promise<LimitResult> {
  try {
    await (await limiter(payload, limit)).consume(key)
    return { ok: true }
  } catch (error) {
    if (!(error instanceof RateLimiterRes)) throw error
    const retryAfter = Math.max(1, Math.ceil(error.msBeforeNext / 1000))
    return {
      ok: false,
      status: 429,
      message: `Bạn thao tác quá nhanh. Vui lòng thử lại sau ${retryAfter} giây.`,
      retryAfter,
    }
  }
}
