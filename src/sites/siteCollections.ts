/** Collections whose documents belong to one site (each carries a required `site`). */
export const SITE_COLLECTIONS = [
  'articles',
  'categories',
  'banners',
  'media',
  'article-audio',
  'comments',
  'documents',
  'document-files',
  'pages',
  'leaders',
  'links',
  'consultations',
  'consultation-feedback',
  'questions',
] as const
