import type { CollectionBeforeChangeHook } from 'payload'

import { DATED_FIELDS, isEnglishStale, type LocaleStamps } from './englishStale'
import { sameContent } from './sameContent'

/**
 * Records when the Vietnamese and when the English version last changed (the locale of the write,
 * `req.locale`), and whether the English is now older. The dates are not localized and are
 * written only here (field access keeps callers out), so a save that changes nothing, or a
 * workflow transition, dates nothing. The first English save counts even when it equals the
 * Vietnamese text the form showed as fallback.
 */
export const stampLocaleChange: CollectionBeforeChangeHook = ({
  data,
  originalDoc,
  operation,
  req,
}) => {
  const stamps: LocaleStamps = {
    viUpdatedAt: originalDoc?.viUpdatedAt ?? null,
    enUpdatedAt: originalDoc?.enUpdatedAt ?? null,
  }
  const locale = req.locale
  if (locale === 'vi' || locale === 'en') {
    const sent = DATED_FIELDS.filter((field) => data[field] !== undefined)
    const changed =
      operation === 'create'
        ? sent.length > 0
        : sent.some((field) => !sameContent(data[field], originalDoc?.[field]))
    const firstEnglish = locale === 'en' && !stamps.enUpdatedAt && sent.length > 0
    if (changed || firstEnglish) stamps[`${locale}UpdatedAt`] = new Date().toISOString()
  }
  return { ...data, ...stamps, englishStale: isEnglishStale(stamps) }
}
