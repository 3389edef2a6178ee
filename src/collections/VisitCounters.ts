import type { CollectionConfig, Field } from 'payload'

import { nobody } from '../access/nobody'

/**
 * Tables of the visit statistics (src/stats/): written only by the flush's one SQL statement
 * (src/stats/flushVisits.ts), read only by src/stats/ on the server. Hidden from the admin, the
 * REST/GraphQL APIs refuse them to everyone: the visitor hashes are the day's, never public.
 */
const counter = (
  slug: CollectionConfig['slug'],
  vi: string,
  fields: Field[],
  unique: string[],
): CollectionConfig => ({
  slug,
  labels: { singular: { vi, en: slug }, plural: { vi, en: slug } },
  access: { read: nobody, create: nobody, update: nobody, delete: nobody },
  admin: { hidden: true },
  graphQL: false,
  timestamps: false,
  fields,
  indexes: [{ fields: unique, unique: true }],
})

const site: Field = {
  name: 'site',
  type: 'relationship',
  relationTo: 'sites',
  required: true,
}
const day: Field = { name: 'day', type: 'text', required: true } // 'YYYY-MM-DD', Vietnam's day
const path: Field = { name: 'path', type: 'text', required: true }
const visitor: Field = { name: 'visitor', type: 'text', required: true } // the day's keyed hash
const visits: Field = { name: 'visits', type: 'number', required: true, defaultValue: 0 }

/** One row per visitor, page and day: when their visit was last counted (30-minute rule). */
export const VisitVisitors = counter(
  'visit-visitors',
  'Lượt truy cập: người xem trong ngày',
  [day, site, path, visitor, { name: 'countedAt', type: 'date', required: true }],
  ['day', 'site', 'path', 'visitor'],
)

/** One row per visitor and site: when they were last seen ("Đang truy cập"). */
export const VisitOnline = counter(
  'visit-online',
  'Lượt truy cập: đang truy cập',
  [site, visitor, { name: 'seenAt', type: 'date', required: true, index: true }],
  ['site', 'visitor'],
)

/** Visits per page per day, kept forever; `article` when the page is an article's. */
export const VisitPageDays = counter(
  'visit-page-days',
  'Lượt truy cập theo trang và ngày',
  [site, day, path, { name: 'article', type: 'relationship', relationTo: 'articles' }, visits],
  ['site', 'day', 'path'],
)

/** Visits per site per day, kept forever (the footer's today, month and total). */
export const VisitSiteDays = counter(
  'visit-site-days',
  'Lượt truy cập theo ngày',
  [site, day, visits],
  ['site', 'day'],
)

/** Visits per site per hour, kept 30 days (src/stats/purgeVisits.ts). */
export const VisitHours = counter(
  'visit-hours',
  'Lượt truy cập theo giờ',
  [site, { name: 'hour', type: 'date', required: true }, visits],
  ['site', 'hour'],
)

export const visitCollections = [
  VisitVisitors,
  VisitOnline,
  VisitPageDays,
  VisitSiteDays,
  VisitHours,
]
