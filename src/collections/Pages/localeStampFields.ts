import type { Field, FieldAccess } from 'payload'

import { ENGLISH_STALE_TEXT } from '../../localization/englishStale'

/**
 * When each language's version last changed and whether the English is older (written only by
 * src/localization/stampLocaleChange.ts): not localized, so both dates sit on the one row, and
 * `englishStale` is a list column and filter.
 */
export const localeStampFields = (noWrite: FieldAccess): Field[] => [
  {
    name: 'englishStale',
    type: 'checkbox',
    defaultValue: false,
    index: true,
    label: { vi: ENGLISH_STALE_TEXT, en: 'English older than Vietnamese' },
    access: { create: noWrite, update: noWrite },
    admin: {
      position: 'sidebar',
      readOnly: true,
      components: { Cell: '/localization/admin/EnglishStaleCell#EnglishStaleCell' },
    },
  },
  {
    name: 'viUpdatedAt',
    type: 'date',
    label: { vi: 'Bản tiếng Việt sửa lần cuối', en: 'Vietnamese last changed' },
    access: { create: noWrite, update: noWrite },
    admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
  },
  {
    name: 'enUpdatedAt',
    type: 'date',
    label: { vi: 'Bản tiếng Anh sửa lần cuối', en: 'English last changed' },
    access: { create: noWrite, update: noWrite },
    admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
  },
]
