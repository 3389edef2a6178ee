/** The admin's warning, on the English edit view and as the list column (issue 14). */
export const ENGLISH_STALE_TEXT = 'Bản tiếng Anh cũ hơn bản tiếng Việt'

/** Localized fields whose change dates the Vietnamese or the English version of a page. */
export const DATED_FIELDS = ['title', 'content'] as const

export type LocaleStamps = { viUpdatedAt?: string | null; enUpdatedAt?: string | null }

/**
 * The law wants the English pages kept current with the Vietnamese ones: the English version is
 * stale when the Vietnamese changed after it, or when there is Vietnamese and no English yet.
 */
export function isEnglishStale({ viUpdatedAt, enUpdatedAt }: LocaleStamps): boolean {
  if (!viUpdatedAt) return false
  if (!enUpdatedAt) return true
  return new Date(viUpdatedAt).getTime() > new Date(enUpdatedAt).getTime()
}
