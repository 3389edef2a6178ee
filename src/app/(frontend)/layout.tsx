import type { Metadata, Viewport } from 'next'
import type React from 'react'

import { SiteFooter } from '@/site/components/SiteFooter'
import { SiteHeader } from '@/site/components/SiteHeader'
import { fontVariables } from '@/site/fonts'
import { getLayoutData } from '@/site/layoutData'
import { siteURL } from '@/site/urls'
import './globals.css'

export async function generateMetadata(): Promise<Metadata> {
  const { settings } = await getLayoutData()
  const name = settings.portalName ?? 'Cổng thông tin điện tử'
  return {
    metadataBase: new URL(siteURL()),
    title: { default: name, template: `%s - ${name}` },
    description: settings.partyCommittee ? `${name} — ${settings.partyCommittee}` : name,
    alternates: { types: { 'application/rss+xml': '/rss.xml' } },
    openGraph: { siteName: name, locale: 'vi_VN', type: 'website' },
  }
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#a50e0e' }

export default async function FrontendLayout({ children }: { children: React.ReactNode }) {
  const data = await getLayoutData()
  return (
    <html lang="vi" className={fontVariables}>
      <body>
        <a className="skip-link" href="#noi-dung">
          Bỏ qua điều hướng, đến nội dung chính
        </a>
        <SiteHeader {...data} />
        <main id="noi-dung" className="container site-main" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter {...data} />
      </body>
    </html>
  )
}
