'use client'

import { usePathname } from 'next/navigation'
import { useEffect } from 'react'

import { useBasePath } from './BasePath'

/**
 * Reports each page view to POST {basePath}/api/stats/hit `{ path }` with navigator.sendBeacon:
 * the browser counts, not the render, so cached pages (nginx, ISR) are counted too. No cookie,
 * nothing read from the page; the path is the site's own ('/tin-tuc/…', without /don-vi/{slug}).
 */
export function VisitBeacon() {
  const base = useBasePath()
  const pathname = usePathname()
  useEffect(() => {
    const here = window.location.pathname
    const path = base && here.startsWith(base) ? here.slice(base.length) || '/' : here
    const url = `${base}/api/stats/hit`
    const body = JSON.stringify({ path })
    if (!navigator.sendBeacon?.(url, body))
      void fetch(url, { method: 'POST', body, keepalive: true }).catch(() => {})
  }, [base, pathname])
  return null
}
