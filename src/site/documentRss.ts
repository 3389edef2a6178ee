import { documentTypeLabels } from '../documents/documentTypeLabels'
import { documentPath, documentsPath, formatDay } from './documentLinks'
import type { DocumentItem } from './documentQueries'
import type { PublicSite } from './getSite'
import { escapeXml, rssChannel } from './rss'
import { canonicalOn } from './urls'

/** /van-ban/rss.xml: each item is a document ("15-NQ/TU: trích yếu"), newest published first. */
export function buildDocumentRss(site: PublicSite, docs: DocumentItem[]): string {
  const { portalName } = site.settings
  const entries = docs.map((d) => {
    const link = canonicalOn(site, documentPath(d.slug!))
    const about = [d.issuer, d.issuedAt ? `ban hành ngày ${formatDay(d.issuedAt)}` : '']
      .filter(Boolean)
      .join(', ')
    return [
      '    <item>',
      `      <title>${escapeXml(`${d.code}: ${d.title}`)}</title>`,
      `      <link>${escapeXml(link)}</link>`,
      `      <guid isPermaLink="true">${escapeXml(link)}</guid>`,
      d.publishedAt ? `      <pubDate>${new Date(d.publishedAt).toUTCString()}</pubDate>` : '',
      `      <description>${escapeXml(about ? `${d.title} (${about})` : d.title)}</description>`,
      d.type ? `      <category>${escapeXml(documentTypeLabels[d.type])}</category>` : '',
      '    </item>',
    ]
      .filter(Boolean)
      .join('\n')
  })
  return rssChannel(
    site,
    {
      title: `Văn bản - ${portalName}`,
      link: documentsPath,
      description: `Văn bản mới - ${portalName}`,
    },
    entries,
    docs[0]?.publishedAt,
  )
}
