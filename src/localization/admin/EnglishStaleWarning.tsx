'use client'

import { useFormFields, useLocale } from '@payloadcms/ui'
import React from 'react'

import { ENGLISH_STALE_TEXT } from '../englishStale'

/**
 * Above the fields of the English version: says so when the Vietnamese changed after the English
 * (the stored `englishStale`, refreshed on every save), so the editor brings the English up to date.
 */
export const EnglishStaleWarning: React.FC = () => {
  const locale = useLocale()
  const stale = useFormFields(([fields]) => fields.englishStale?.value === true)
  if (locale?.code !== 'en' || !stale) return null
  return (
    <div
      role="status"
      className="english-stale-warning"
      style={{
        border: '1px solid var(--theme-warning-500, #b26b00)',
        background: 'var(--theme-warning-100, #fff4e0)',
        padding: '0.75rem 1rem',
        marginBottom: '1rem',
        borderRadius: 4,
      }}
    >
      <strong>{ENGLISH_STALE_TEXT}</strong>: nội dung tiếng Việt đã thay đổi sau lần sửa bản tiếng
      Anh gần nhất. Hãy cập nhật bản tiếng Anh.
    </div>
  )
}
