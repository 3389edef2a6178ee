import type { Field, FieldAccess } from 'payload'

import { nobodyField } from '../access/nobody'

export const CITIZEN_FLAGS = [
  { value: 'tu-nghi-van', label: 'Có từ nghi vấn' },
  { value: 'tu-cam-gan-dung', label: 'Gần giống từ cấm' },
  { value: 'nhieu-lien-ket', label: 'Nhiều liên kết' },
  { value: 'honeypot', label: 'Máy gửi (bẫy)' },
]

/** Private fields of a citizen's text: only `staff` of its site may read or query them. */
export const PRIVATE_CITIZEN_FIELDS = ['authorEmail', 'ipHash', 'flags', 'matchedWords']

/**
 * The list words screening found in the text (screenComment's `matched`: word, list, exact,
 * offsets in the NFC text), so the moderation queue can highlight them. Written by the pipeline.
 */
export const matchedWordsField = (staff: FieldAccess): Field => ({
  name: 'matchedWords',
  type: 'json',
  label: { vi: 'Từ khớp danh sách', en: 'Matched words' },
  access: { read: staff, update: nobodyField },
  admin: { hidden: true },
})

/**
 * What a citizen sends (name, optional email, plain text) and what the pipeline adds (flags,
 * the keyed address hash), as feedback and questions store them. Nobody edits them afterwards.
 */
export const citizenFields = (staff: FieldAccess, contentLabel = 'Nội dung'): Field[] => [
  {
    name: 'authorName',
    type: 'text',
    required: true,
    maxLength: 80,
    label: { vi: 'Người gửi', en: 'Name' },
    access: { update: nobodyField },
  },
  {
    name: 'authorEmail',
    type: 'email',
    label: { vi: 'Thư điện tử', en: 'Email' },
    access: { read: staff, update: nobodyField },
  },
  {
    name: 'content',
    type: 'textarea',
    required: true,
    label: { vi: contentLabel, en: 'Content' },
    access: { update: nobodyField },
  },
  {
    name: 'flags',
    type: 'select',
    hasMany: true,
    options: CITIZEN_FLAGS,
    label: { vi: 'Cảnh báo', en: 'Flags' },
    access: { read: staff, update: nobodyField },
    admin: { position: 'sidebar', readOnly: true },
  },
  matchedWordsField(staff),
  {
    name: 'ipHash',
    type: 'text',
    index: true,
    label: { vi: 'Mã địa chỉ mạng', en: 'Address hash' },
    access: { read: staff, update: nobodyField },
    admin: { position: 'sidebar', readOnly: true },
  },
]
