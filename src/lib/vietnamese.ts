/**
 * Vietnamese text helpers shared by slugs, search folding, comment counting and dates.
 * Payload's built-in slugify deletes Vietnamese letters ("Tin tức Đảng" → "tin-tc-ng").
 */

/** Drops every tone and vowel mark and folds đ/Đ to d/D: "Đảng ủy" → "Dang uy". */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFC')
}

/** ASCII slug: "Đảng ủy xã Vĩnh An" → "dang-uy-xa-vinh-an". Empty input gives "". */
export function slugify(text: string, maxLength = 120): string {
  return foldVietnamese(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, maxLength)
    .replace(/-+$/g, '')
}

/** Recursively NFC-normalises every string in a JSON-like value (objects, arrays). */
export function normalizeDeep<T>(value: T, skipKeys: ReadonlySet<string> = new Set()): T {
  if (typeof value === 'string') return value.normalize('NFC') as T
  if (Array.isArray(value)) return value.map((v) => normalizeDeep(v, skipKeys)) as T
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {}
    for (const [key, v] of Object.entries(value)) {
      out[key] = skipKeys.has(key) ? v : normalizeDeep(v, skipKeys)
    }
    return out as T
  }
  return value
}

const weekdays = ['Chủ nhật', 'Thứ hai', 'Thứ ba', 'Thứ tư', 'Thứ năm', 'Thứ sáu', 'Thứ bảy']

/** "Thứ sáu - 24/11/2023 02:49" in Asia/Ho_Chi_Minh, whatever the server's time zone. */
export function formatArticleDate(date: Date | string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Asia/Ho_Chi_Minh',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      weekday: 'short',
      hourCycle: 'h23',
    })
      .formatToParts(new Date(date))
      .map((p) => [p.type, p.value]),
  )
  const dayIndex = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].indexOf(parts.weekday)
  return `${weekdays[dayIndex]} - ${parts.day}/${parts.month}/${parts.year} ${parts.hour}:${parts.minute}`
}
