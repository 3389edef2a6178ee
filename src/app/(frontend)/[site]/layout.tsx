import type { Metadata, Viewport } from 'next'
import type React from 'react'

import { BasePathProvider } from '@/site/components/BasePath'
import { ReaderScript } from '@/site/components/ReaderScript'
import { SiteFooter } from '@/site/components/SiteFooter'
import { SiteHeader } from '@/site/components/SiteHeader'
import { fontVariables } from '@/site/fonts'
import { getSite } from '@/site/getSite'
import { getLayoutData } from '@/site/layoutData'
import { canonicalOn, siteURL } from '@/site/urls'
import './globals.css'

// Every public page lives under the internal [site] segment (src/proxy.ts rewrites to it):
// nothing is prerendered at build time (no database then), each site's pages are cached as they
// are first visited.
export const generateStaticParams = () => []

type Props = { children: React.ReactNode; params: Promise<{ site: string }> }

export async function generateMetadata({ params }: Omit<Props, 'children'>): Promise<Metadata> {
  const site = await getSite((await params).site)
  const name = site?.settings.portalName ?? 'Cổng thông tin điện tử'
  const committee = site?.settings.partyCommittee
  return {
    metadataBase: new URL(site?.origin ?? siteURL()),
    title: { default: name, template: `%s - ${name}` },
    description: committee ? `${name} — ${committee}` : name,
    alternates: site ? { types: { 'application/rss+xml': canonicalOn(site, '/rss.xml') } } : {},
    openGraph: { siteName: name, locale: 'vi_VN', type: 'website' },
  }
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#a50e0e' }

export default async function FrontendLayout({ children, params }: Props) {
  const site = await getSite((await params).site)
  const data = await getLayoutData(site)
  return (
    <html lang="vi" className={fontVariables}>
      <body data-base={site?.basePath ?? ''}>
        <BasePathProvider value={site?.basePath ?? ''}>
          <a className="skip-link" href="#noi-dung">
            Bỏ qua điều hướng, đến nội dung chính
          </a>
          <SiteHeader {...data} />
          <main id="noi-dung" className="container site-main" tabIndex={-1}>
            {children}
          </main>
          <SiteFooter {...data} />
        </BasePathProvider>
        <ReaderScript />
      </body>
    </html>
  )
}
