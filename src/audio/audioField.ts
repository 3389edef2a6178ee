import type { ArrayField } from 'payload'

import { voiceOptions } from './voices'
import { dropGeneratedRows, withGeneratedAudio } from './audioFieldHooks'

/**
 * An article's `audio: [{ voice, file }]` (DESIGN.md): the files editors upload, one per voice,
 * versioned with the article like its other fields. Read live (not a draft), the field also lists
 * the generated file of each voice that has no upload; those rows are never stored (a write that
 * sends them back drops them), so the job never has to write the versioned article.
 */
export const audioField: ArrayField = {
  name: 'audio',
  type: 'array',
  label: { vi: 'Âm thanh (nghe bài viết)', en: 'Audio' },
  labels: {
    singular: { vi: 'Tệp âm thanh', en: 'Audio file' },
    plural: { vi: 'Tệp âm thanh', en: 'Audio files' },
  },
  admin: {
    initCollapsed: true,
    description: {
      vi: 'Tệp MP3, OGG/Opus, WAV hoặc M4A cho từng giọng đọc. Giọng nào không có tệp tải lên sẽ được tạo tự động từ nội dung khi bài được xuất bản (nếu máy chủ bật đọc tự động).',
      en: 'One file per voice; voices without an upload are generated from the text when published (if text-to-speech is on).',
    },
  },
  validate: (rows: unknown) => {
    const voices = ((rows as { voice?: string }[] | null) ?? []).map((r) => r.voice)
    return new Set(voices).size === voices.length ? true : 'Mỗi giọng đọc chỉ có một tệp âm thanh.'
  },
  // Before validation: the upload field's filter (uploads only) would refuse a generated file.
  hooks: { beforeValidate: [dropGeneratedRows], afterRead: [withGeneratedAudio] },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'voice',
          type: 'select',
          required: true,
          options: voiceOptions,
          label: { vi: 'Giọng đọc', en: 'Voice' },
        },
        {
          name: 'file',
          type: 'upload',
          relationTo: 'article-audio',
          required: true,
          label: { vi: 'Tệp âm thanh', en: 'File' },
          filterOptions: { origin: { equals: 'upload' } },
        },
      ],
    },
  ],
}
