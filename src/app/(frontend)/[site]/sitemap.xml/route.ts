import { documentPath, documentsPath } from '@/site/documentLinks'
import { getSitemapDocuments } from '@/site/documentQueries'
import { getPageLinks } from '@/site/pageQueries'
import { getConsultations } from '@/site/consultationQueries'
import { getPublicQuestions } from '@/site/questionQueries'
import { CONSULTATIONS_PATH, QUESTIONS_PATH, consultationPath, pagePaths } from '@/site/pageSlugs'
import { getCategories, getSitemapArticles } from '@/site/queries'
import { siteOrNotFound } from '@/site/siteOrNotFound'
import { articlePath, canonicalOn, categoryPath } from '@/site/urls'

// Read on each request (rarely fetched, and no database at build time).
export const dynamic = 'force-dynamic'

type Params = Promise<{ site: string }>

type Entry = { url: string; lastModified?: string; changeFrequency?: string; priority: number }

const escapeXml = (s: string) => s.replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`)

/**
 * The site's own URLs only (canonical): home, its categories, pages, consultations, Hỏi đáp,
 * published articles and documents.
 */
export async function GET(_req: Request, { params }: { params: Params }) {
  const site = await siteOrNotFound(params)
  const [articles, categories, documents, pages, consultations, questions] = await Promise.all([
    getSitemapArticles(site),
    getCategories(site),
    getSitemapDocuments(site),
    getPageLinks(site),
    getConsultations(site),
    getPublicQuestions(site, { q: '', topic: '', page: 1 }),
  ])
  const latest = (dates: string[]) => dates.sort().at(-1)
  const entries: Entry[] = [
    {
      url: canonicalOn(site, '/'),
      lastModified: articles[0]?.updatedAt,
      changeFrequency: 'hourly',
      priority: 1,
    },
    ...categories.map((c) => ({
      url: canonicalOn(site, categoryPath(c.slug!)),
      lastModified: c.updatedAt,
      changeFrequency: 'daily',
      priority: 0.7,
    })),
    // Giới thiệu / Liên hệ pages, in each language they are published in.
    ...pages.flatMap((p) =>
      (['vi', 'en'] as const)
        .filter((lang) => p[lang])
        .map((lang) => ({
          url: canonicalOn(site, pagePaths(p.slug)[lang]),
          lastModified: p.updatedAt,
          priority: 0.6,
        })),
    ),
    // Góp ý dự thảo (the list and each published consultation) and Hỏi đáp.
    {
      url: canonicalOn(site, CONSULTATIONS_PATH),
      lastModified: latest(consultations.map((c) => c.updatedAt)),
      changeFrequency: 'daily',
      priority: 0.6,
    },
    ...consultations.map((c) => ({
      url: canonicalOn(site, consultationPath(c.slug!)),
      lastModified: c.updatedAt,
      priority: 0.6,
    })),
    {
      url: canonicalOn(site, QUESTIONS_PATH),
      lastModified: questions.docs[0]?.updatedAt,
      changeFrequency: 'daily',
      priority: 0.6,
    },
    ...articles.map((a) => ({
      url: canonicalOn(site, articlePath(a.slug!)),
      lastModified: a.updatedAt,
      priority: 0.5,
    })),
    {
      url: canonicalOn(site, documentsPath),
      lastModified: documents[0]?.updatedAt,
      changeFrequency: 'daily',
      priority: 0.7,
    },
    ...documents.map((d) => ({
      url: canonicalOn(site, documentPath(d.slug!)),
      lastModified: d.updatedAt,
      priority: 0.5,
    })),
  ]
  const xml = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...entries.map((e) =>
      [
        '<url>',
        `<loc>${escapeXml(e.url)}</loc>`,
        e.lastModified ? `<lastmod>${new Date(e.lastModified).toISOString()}</lastmod>` : '',
        e.changeFrequency ? `<changefreq>${e.changeFrequency}</changefreq>` : '',
        `<priority>${e.priority}</priority>`,
        '</url>',
      ].join(''),
    ),
    '</urlset>',
    '',
  ].join('\n')
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } })
}
