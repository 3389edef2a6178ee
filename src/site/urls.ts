/** Public URLs of the portal (DESIGN.md, "Public site"). */
export const siteURL = () =>
  (process.env.SERVER_URL || `http://localhost:${process.env.PORT || 3000}`).replace(/\/$/, '')

export const articlePath = (slug: string) => `/tin-tuc/${slug}`
export const categoryPath = (slug: string, page = 1) =>
  `/chuyen-muc/${slug}${page > 1 ? `?trang=${page}` : ''}`
export const absolute = (path: string) => `${siteURL()}${path}`
