import type { CollectionConfig } from 'payload'

import { anyone } from '../access/anyone'
import { nobody } from '../access/nobody'

/**
 * Download counts of document files, one row per file, written only by one atomic SQL statement
 * (src/documents/countDownload.ts). Never on the versioned document: a plain update of a
 * versioned doc with a pending draft replaces the live version (Payload issue #13267).
 */
export const DocumentDownloads: CollectionConfig<'document-downloads'> = {
  slug: 'document-downloads',
  labels: {
    singular: { vi: 'Lượt tải văn bản', en: 'Document downloads' },
    plural: { vi: 'Lượt tải văn bản', en: 'Document downloads' },
  },
  access: { read: anyone, create: nobody, update: nobody, delete: nobody },
  admin: { hidden: true },
  fields: [
    {
      name: 'file',
      type: 'relationship',
      relationTo: 'document-files',
      required: true,
      unique: true,
    },
    { name: 'downloads', type: 'number', defaultValue: 0 },
  ],
}
