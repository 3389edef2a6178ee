import type { Metadata, Viewport } from 'next'
import type React from 'react'

import { BasePathProvider } from '@/site/components/BasePath'
import { ReaderScript } from '@/site/components/ReaderScript'
import { EnglishFooter } from '@/site/components/EnglishFooter'
import { EnglishHeader } from '@/site/components/EnglishHeader'
import { fontVariables } from '@/site/fonts'
import { getSite } from '@/site/getSite'
import { getLayoutData } from '@/site/layoutData'
import { siteURL } from '@/site/urls'
import '../../../(frontend)/[site]/globals.css'

// The English pages (/en, /en/about/{slug}, /en/contact) have a root layout of their own: the
// <html lang> is set by the root layout, so English pages need one that says "en" (the
// Vietnamese pages keep src/app/(frontend)/[site]/layout.tsx with lang="vi").
export const generateStaticParams = () => []

type Props = { children: React.ReactNode; params: Promise<{ site: string }> }

export async function generateMetadata({ params }: Omit<Props, 'children'>): Promise<Metadata> {
  const site = await getSite((await params).site)
  const name = site?.settings.portalName ?? 'Cổng thông tin điện tử'
  return {
    metadataBase: new URL(site?.origin ?? siteURL()),
    title: { default: `${name} — English`, template: `%s - ${name}` },
    description: `${name}: information in English`,
    openGraph: { siteName: name, locale: 'en_GB', type: 'website' },
  }
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#a50e0e' }

export default async function EnglishLayout({ children, params }: Props) {
  const site = await getSite((await params).site)
  const data = await getLayoutData(site, 'en')
  return (
    <html lang="en" className={fontVariables}>
      <body data-base={site?.basePath ?? ''}>
        <BasePathProvider value={site?.basePath ?? ''}>
          <a className="skip-link" href="#content">
            Skip to main content
          </a>
          <EnglishHeader {...data} />
          <main id="content" className="container site-main" tabIndex={-1}>
            {children}
          </main>
          <EnglishFooter {...data} />
        </BasePathProvider>
        <ReaderScript />
      </body>
    </html>
  )
}
