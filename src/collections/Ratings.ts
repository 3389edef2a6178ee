import type { CollectionConfig } from 'payload'

import { isAdmin } from '../access/isAdmin'
import { nobody } from '../access/nobody'

/**
 * One row per (article, visitor): a second vote replaces the first. Written only by
 * POST /api/articles/{id}/rating in one locked transaction (src/ratings/rateArticle.ts).
 */
export const Ratings: CollectionConfig<'ratings'> = {
  slug: 'ratings',
  labels: { singular: { vi: 'Đánh giá', en: 'Rating' }, plural: { vi: 'Đánh giá', en: 'Ratings' } },
  access: { read: isAdmin, create: nobody, update: nobody, delete: isAdmin },
  admin: { hidden: true },
  indexes: [{ fields: ['article', 'visitor'], unique: true }],
  fields: [
    { name: 'article', type: 'relationship', relationTo: 'articles', required: true },
    { name: 'visitor', type: 'text', required: true },
    { name: 'score', type: 'number', required: true, min: 1, max: 5 },
  ],
}
