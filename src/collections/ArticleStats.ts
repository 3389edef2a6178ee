import type { CollectionConfig } from 'payload'

import { anyone } from '../access/anyone'
import { nobody } from '../access/nobody'

/**
 * Counters that change on every reader action. They must not live on the versioned `articles`
 * document: a plain update of a versioned doc with a pending draft replaces the live version
 * (Payload issue #13267).
 */
export const ArticleStats: CollectionConfig<'article-stats'> = {
  slug: 'article-stats',
  labels: {
    singular: { vi: 'Thống kê tin bài', en: 'Article stats' },
    plural: { vi: 'Thống kê tin bài', en: 'Article stats' },
  },
  access: { read: anyone, create: nobody, update: nobody, delete: nobody },
  admin: { hidden: true },
  fields: [
    { name: 'article', type: 'relationship', relationTo: 'articles', required: true, unique: true },
    { name: 'views', type: 'number', defaultValue: 0 },
    { name: 'ratingCount', type: 'number', defaultValue: 0 },
    { name: 'ratingTotal', type: 'number', defaultValue: 0 },
    { name: 'commentCount', type: 'number', defaultValue: 0 },
  ],
}
