/** Where a consultation stands, computed from its dates: nothing to flip, nothing a job must do. */
export type ConsultationPhase = 'upcoming' | 'open' | 'closed'

export const PHASE_LABELS: Record<ConsultationPhase, string> = {
  upcoming: 'Sắp mở góp ý',
  open: 'Đang lấy ý kiến',
  closed: 'Đã hết thời hạn góp ý',
}

export const NOT_YET_OPEN = 'Chưa mở góp ý'
export const CLOSED = 'Đã hết thời hạn góp ý'

type Dates = { opensAt?: string | Date | null; closesAt?: string | Date | null }

/** Open from `opensAt` (inclusive) until `closesAt` (exclusive). */
export function consultationPhase(c: Dates, now = new Date()): ConsultationPhase {
  if (!c.opensAt || now < new Date(c.opensAt)) return 'upcoming'
  if (!c.closesAt || now >= new Date(c.closesAt)) return 'closed'
  return 'open'
}

/** "Còn 3 ngày 4 giờ", "Còn 5 giờ 12 phút": the countdown a page shows when rendered. */
export function remainingTime(until: string | Date, now = new Date()): string {
  const minutes = Math.max(0, Math.floor((new Date(until).getTime() - now.getTime()) / 60_000))
  const days = Math.floor(minutes / 1440)
  const hours = Math.floor((minutes % 1440) / 60)
  if (days) return `Còn ${days} ngày ${hours} giờ`
  return `Còn ${hours} giờ ${minutes % 60} phút`
}
