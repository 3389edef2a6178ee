/** Paths of the documents library on a site (DESIGN "Party documents"). */
export const documentsPath = '/van-ban'
export const documentPath = (slug: string) => `/van-ban/${slug}`

/** A calendar day as Vietnamese write it: 02/03/2026 (Asia/Ho_Chi_Minh). */
export function formatDay(date: string | Date | null | undefined): string {
  if (!date) return ''
  return new Date(date).toLocaleDateString('vi-VN', {
    timeZone: 'Asia/Ho_Chi_Minh',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  })
}

/** "245 KB", "1,2 MB". */
export function formatFileSize(bytes: number | null | undefined): string {
  if (!bytes) return ''
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`
  return `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB`
}
