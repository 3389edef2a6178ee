/** How long a text has waited, in Vietnamese: "vừa gửi", "12 phút", "3 giờ", "2 ngày". */
export function formatPendingAge(createdAt: string | Date, now: Date = new Date()): string {
  const minutes = Math.floor((now.getTime() - new Date(createdAt).getTime()) / 60_000)
  if (minutes < 1) return 'vừa gửi'
  if (minutes < 60) return `${minutes} phút`
  const hours = Math.floor(minutes / 60)
  if (hours < 24) return `${hours} giờ`
  return `${Math.floor(hours / 24)} ngày`
}
