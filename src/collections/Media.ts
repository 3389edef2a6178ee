import type { CollectionConfig } from 'payload'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { anyone } from '../access/anyone'
import { isWriter } from '../access/isWriter'
import { WRITER_ROLES } from '../access/roles'
import { requireRoleOnSite } from '../sites/requireRoleOnSite'
import { roleOnSite } from '../sites/siteAccess'
import { normalizeText } from '../hooks/normalizeText'
import { checkUploadedImage } from './hooks/checkUploadedImage'
import { revalidateMedia } from '../site/revalidateHooks'

const mediaDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../media')
const webp = { format: 'webp' as const, options: { quality: 80 } }

export const Media: CollectionConfig<'media'> = {
  slug: 'media',
  labels: {
    singular: { vi: 'Ảnh / tệp', en: 'Media' },
    plural: { vi: 'Thư viện ảnh', en: 'Media' },
  },
  access: {
    read: anyone,
    create: isWriter,
    update: roleOnSite(...WRITER_ROLES),
    delete: roleOnSite('admin', 'editor-in-chief'),
  },
  admin: { group: { vi: 'Nội dung', en: 'Content' } },
  // A caption or credit shown on a live article changed.
  hooks: {
    beforeOperation: [checkUploadedImage],
    beforeValidate: [requireRoleOnSite(WRITER_ROLES, 'tải ảnh lên'), normalizeText],
    afterChange: [revalidateMedia],
  },
  upload: {
    // MEDIA_DIR lets tests and extra instances keep uploads apart from the repo's media/.
    staticDir: process.env.MEDIA_DIR || mediaDir,
    // What the file picker offers; the bytes are checked on the server (checkUploadedImage).
    mimeTypes: ['image/jpeg', 'image/png', 'image/webp', 'image/gif', 'image/avif'],
    adminThumbnail: 'thumbnail',
    focalPoint: true,
    formatOptions: webp,
    imageSizes: [
      { name: 'thumbnail', width: 320, height: 213, formatOptions: webp },
      { name: 'card', width: 640, height: 427, formatOptions: webp },
      { name: 'hero', width: 1280, height: 720, formatOptions: webp },
    ],
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      required: true,
      label: { vi: 'Mô tả ảnh (alt)', en: 'Alt text' },
    },
    { name: 'caption', type: 'textarea', label: { vi: 'Chú thích', en: 'Caption' } },
    {
      name: 'credit',
      type: 'text',
      label: { vi: 'Nguồn ảnh', en: 'Credit' },
      admin: { placeholder: 'Ảnh: …' },
    },
  ],
}
