import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { CollectionConfig } from 'payload'

import { isWriter } from '../../access/isWriter'
import { nobodyField } from '../../access/nobody'
import { WRITER_ROLES } from '../../access/roles'
import { normalizeText } from '../../hooks/normalizeText'
import { requireRoleOnSite } from '../../sites/requireRoleOnSite'
import { roleOnSite } from '../../sites/siteAccess'
import { bySiteRoles } from '../../sites/siteRoles'

const mediaDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../media')

/** What a document's file may be (checked again by content, not by name or declared type). */
export const DOCUMENT_FILE_MIME_TYPES = [
  'application/pdf',
  'application/msword',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.oasis.opendocument.text',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
]

/**
 * The files of Party documents (PDF, DOC/DOCX, ODT, XLSX), per site. A file is public only while
 * a published, ordinary, public document lists it (`isPublic`, kept by the documents' hooks);
 * staff of its site read it always. `text` holds the text of a PDF, extracted after upload by a
 * job, for search.
 */
export const DocumentFiles: CollectionConfig<'document-files'> = {
  slug: 'document-files',
  labels: {
    singular: { vi: 'Tệp văn bản', en: 'Document file' },
    plural: { vi: 'Tệp văn bản', en: 'Document files' },
  },
  access: {
    // The public: files of public documents only. Site staff: every file of their site.
    read: ({ req }) =>
      bySiteRoles(req.user, (roles) => roles.length > 0 || { isPublic: { equals: true } }),
    create: isWriter,
    update: roleOnSite(...WRITER_ROLES),
    delete: roleOnSite('admin', 'editor-in-chief'),
  },
  admin: {
    group: { vi: 'Nội dung', en: 'Content' },
    useAsTitle: 'filename',
    defaultColumns: ['filename', 'title', 'filesize', 'isPublic', 'site'],
  },
  hooks: {
    beforeValidate: [requireRoleOnSite(WRITER_ROLES, 'tải tệp văn bản lên'), normalizeText],
  },
  upload: {
    // Beside the images, in their own folder (backups take MEDIA_DIR whole).
    staticDir: path.join(process.env.MEDIA_DIR || mediaDir, 'van-ban'),
    mimeTypes: DOCUMENT_FILE_MIME_TYPES,
  },
  fields: [
    { name: 'title', type: 'text', label: { vi: 'Tên tệp hiển thị', en: 'Title' } },
    {
      name: 'isPublic',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      label: { vi: 'Công khai', en: 'Public' },
      access: { create: nobodyField, update: nobodyField },
      admin: {
        readOnly: true,
        position: 'sidebar',
        description: {
          vi: 'Tự động: chỉ tệp của văn bản đã xuất bản, độ mật "Thường", phạm vi "Công khai".',
          en: 'Set automatically from the documents that list this file',
        },
      },
    },
    {
      name: 'pageCount',
      type: 'number',
      label: { vi: 'Số trang', en: 'Pages' },
      access: { create: nobodyField, update: nobodyField },
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      name: 'text',
      type: 'textarea',
      label: { vi: 'Nội dung chữ (để tìm kiếm)', en: 'Extracted text' },
      access: { create: nobodyField, update: nobodyField },
      admin: { readOnly: true, hidden: true },
    },
  ],
}
