import type { CollectionConfig, Field } from 'payload'

import { nobody } from '../access/nobody'

/**
 * Counting tables of the visit statistics (src/stats/): written only by the flush's one SQL
 * statement (src/stats/flushVisits.ts), read only by src/stats/ on the server. Hidden from the
 * admin, the REST/GraphQL APIs refuse them to everyone. The visitor hashes are not here: they
 * live for an hour in `visit_seen`, a plain unlogged table outside Payload's schema (migration
 * 20261130_…_visit_seen), because one row per new visitor is the flush's main cost.
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
const visits: Field = { name: 'visits', type: 'number', required: true, defaultValue: 0 }

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

export const visitCollections = [VisitPageDays, VisitSiteDays, VisitHours]
