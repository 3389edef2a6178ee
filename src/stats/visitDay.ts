/**
 * Days of the visit statistics are Vietnam's (Asia/Ho_Chi_Minh, UTC+7 all year): a day key
 * 'YYYY-MM-DD' changes at local midnight, 17:00 UTC. Pure functions, unit-tested.
 */
export const VISIT_TIME_ZONE = 'Asia/Ho_Chi_Minh'

/** Vietnam has kept UTC+7 without daylight saving since 1975. */
const OFFSET_MS = 7 * 3_600_000
const DAY_MS = 86_400_000
let lastDay = { from: 0, to: -1, key: '' }

/**
 * The local day of an instant: '2026-11-30' from 2026-11-29T17:00:00Z on. By arithmetic and
 * remembered until the day ends, not Intl: every counted beacon needs it, and
 * Intl.DateTimeFormat#format took ~10 µs of a beacon's ~170 under load.
 */
export function localDayKey(at: Date): string {
  const t = at.getTime()
  if (t >= lastDay.from && t < lastDay.to) return lastDay.key
  const from = Math.floor((t + OFFSET_MS) / DAY_MS) * DAY_MS - OFFSET_MS
  const key = new Date(from + OFFSET_MS).toISOString().slice(0, 10)
  lastDay = { from, to: from + DAY_MS, key }
  return key
}

/** The first day of that day's month: '2026-11-01'. */
export const monthStartKey = (day: string): string => `${day.slice(0, 8)}01`

/** A real calendar day written 'YYYY-MM-DD'. */
export function isDayKey(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false
  const date = new Date(`${value}T00:00:00Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value
}

/** 'YYYY-MM-DD' → 'dd/mm/yyyy', as Vietnamese readers write dates. */
export const formatDayKey = (day: string): string => day.split('-').reverse().join('/')

/** Every day from `from` to `to`, both included (for charts without gaps). */
export function daysBetween(from: string, to: string): string[] {
  const days: string[] = []
  const end = new Date(`${to}T00:00:00Z`).getTime()
  for (let t = new Date(`${from}T00:00:00Z`).getTime(); t <= end; t += 86_400_000)
    days.push(new Date(t).toISOString().slice(0, 10))
  return days
}

/** The local day `n` days before `day` (n may be negative). */
export const addDays = (day: string, n: number): string =>
  new Date(new Date(`${day}T00:00:00Z`).getTime() + n * 86_400_000).toISOString().slice(0, 10)
