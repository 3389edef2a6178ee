import type { Metadata } from 'next'
import type React from 'react'

import './globals.css'

export const metadata: Metadata = {
  title: { default: 'Cổng thông tin điện tử', template: '%s — Cổng thông tin điện tử' },
}

export default function FrontendLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="vi">
      <body>
        <a className="skip-link" href="#noi-dung">
          Bỏ qua điều hướng
        </a>
        <header className="site-header">
          <a href="/" className="site-name">
            Cổng thông tin điện tử
          </a>
        </header>
        <main id="noi-dung">{children}</main>
      </body>
    </html>
  )
}
