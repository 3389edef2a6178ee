import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { CollectionConfig } from 'payload'

import { anyone } from '../../access/anyone'
import { isWriter } from '../../access/isWriter'
import { nobodyField } from '../../access/nobody'
import { WRITER_ROLES } from '../../access/roles'
import { AUDIO_MIME_TYPES } from '../../audio/checkAudioFile'
import { voiceOptions } from '../../audio/voices'
import { requireRoleOnSite } from '../../sites/requireRoleOnSite'
import { roleOnSite } from '../../sites/siteAccess'
import { canUpdateUploadedAudio } from './access'
import { checkUploadedAudio } from './hooks/checkUploadedAudio'

const mediaDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../media')
const readOnly = { create: nobodyField, update: nobodyField }

/**
 * Audio of articles ("Nghe bài viết"), per site: files editors upload for a voice (an article's
 * `audio` field points at them) and files the audio job makes from the live text (`origin:
 * generated`, one row per article, voice and text). Generated audio lives here and not on the
 * versioned article: writing an article that has a pending draft would publish the draft (Payload
 * issue #13267). Public like images; served by Payload's file route (ranges, content type).
 */
export const ArticleAudio: CollectionConfig<'article-audio'> = {
  slug: 'article-audio',
  labels: {
    singular: { vi: 'Âm thanh bài viết', en: 'Article audio' },
    plural: { vi: 'Âm thanh bài viết', en: 'Article audio' },
  },
  access: {
    read: anyone,
    create: isWriter,
    update: canUpdateUploadedAudio,
    delete: roleOnSite('admin', 'editor-in-chief'),
  },
  admin: {
    group: { vi: 'Nội dung', en: 'Content' },
    useAsTitle: 'filename',
    defaultColumns: ['filename', 'origin', 'voice', 'article', 'duration', 'site'],
  },
  hooks: {
    beforeOperation: [checkUploadedAudio],
    beforeValidate: [requireRoleOnSite(WRITER_ROLES, 'tải âm thanh lên')],
  },
  upload: {
    // Beside the images, in their own folder (backups take MEDIA_DIR whole).
    staticDir: path.join(process.env.MEDIA_DIR || mediaDir, 'am-thanh'),
    mimeTypes: AUDIO_MIME_TYPES,
  },
  fields: [
    {
      name: 'origin',
      type: 'select',
      required: true,
      defaultValue: 'upload',
      index: true,
      access: readOnly,
      label: { vi: 'Nguồn', en: 'Origin' },
      options: [
        { value: 'upload', label: { vi: 'Biên tập viên tải lên', en: 'Uploaded' } },
        { value: 'generated', label: { vi: 'Tạo tự động (TTS)', en: 'Generated' } },
      ],
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      name: 'article',
      type: 'relationship',
      relationTo: 'articles',
      index: true,
      access: readOnly,
      label: { vi: 'Tin bài', en: 'Article' },
      admin: { readOnly: true, position: 'sidebar', condition: (data) => Boolean(data?.article) },
    },
    {
      name: 'voice',
      type: 'select',
      options: voiceOptions,
      access: readOnly,
      label: { vi: 'Giọng đọc', en: 'Voice' },
      admin: { readOnly: true, position: 'sidebar', condition: (data) => Boolean(data?.voice) },
    },
    {
      name: 'duration',
      type: 'number',
      access: readOnly,
      label: { vi: 'Thời lượng (giây)', en: 'Duration (s)' },
      admin: { readOnly: true, position: 'sidebar' },
    },
    // What the generated file was made from (provider, voice, prepared text): same hash, no new file.
    {
      name: 'textHash',
      type: 'text',
      access: { ...readOnly, read: nobodyField },
      admin: { hidden: true },
    },
  ],
}
