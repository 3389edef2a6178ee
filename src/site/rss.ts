import { articleCanonical } from './articleLinks'
import type { PublicSite } from './getSite'
import type { ArticleItem } from './queries'
import { imageSource } from './media'
import { assetUrl, canonicalOn } from './urls'

export const escapeXml = (s: string) =>
  s.replace(
    /[<>&'"]/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!,
  )

/**
 * An RSS 2.0 document of a site: title, link, guid, pubDate, description and the cover as
 * enclosure. `channel.link` is a path of the site; every URL is canonical (shared articles: their
 * origin's).
 */
export function buildRss(
  site: PublicSite,
  channel: { title: string; link: string; description: string },
  items: ArticleItem[],
): string {
  const entries = items.map((a) => {
    const link = articleCanonical(site, a)
    const cover = imageSource(a.cover, 'card')
    const size = typeof a.cover === 'object' && a.cover?.sizes?.card?.filesize
    return [
      '    <item>',
      `      <title>${escapeXml(a.title)}</title>`,
      `      <link>${escapeXml(link)}</link>`,
      `      <guid isPermaLink="true">${escapeXml(link)}</guid>`,
      a.publishedAt ? `      <pubDate>${new Date(a.publishedAt).toUTCString()}</pubDate>` : '',
      `      <description>${escapeXml(a.summary ?? '')}</description>`,
      typeof a.category === 'object' && a.category
        ? `      <category>${escapeXml(a.category.title)}</category>`
        : '',
      cover
        ? `      <enclosure url="${escapeXml(assetUrl(site, cover.src))}" length="${size || 0}" type="image/webp" />`
        : '',
      '    </item>',
    ]
      .filter(Boolean)
      .join('\n')
  })
  return rssChannel(site, channel, entries, items[0]?.publishedAt)
}

/** The RSS 2.0 envelope of a site's channel around items already written as XML. */
export function rssChannel(
  site: PublicSite,
  channel: { title: string; link: string; description: string },
  entries: string[],
  lastBuild?: string | null,
): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    '  <channel>',
    `    <title>${escapeXml(channel.title)}</title>`,
    `    <link>${escapeXml(canonicalOn(site, channel.link))}</link>`,
    `    <atom:link href="${escapeXml(canonicalOn(site, channel.link === '/' ? '/rss.xml' : `${channel.link}/rss.xml`))}" rel="self" type="application/rss+xml" />`,
    `    <description>${escapeXml(channel.description)}</description>`,
    '    <language>vi</language>',
    lastBuild ? `    <lastBuildDate>${new Date(lastBuild).toUTCString()}</lastBuildDate>` : '',
    ...entries,
    '  </channel>',
    '</rss>',
    '',
  ]
    .filter(Boolean)
    .join('\n')
}

export const rssResponse = (xml: string) =>
  new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } })

/**
 * `next build` prerenders feeds without a database; it gets an empty feed, which the launcher
 * invalidates as soon as the server is up (and any publish does too).
 */
export const isBuildPhase = () => process.env.NEXT_PHASE === 'phase-production-build'
