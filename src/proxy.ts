import { NextResponse, type NextRequest } from 'next/server'

import { SITE_HEADER } from './sites/requestSite'
import { siteBySlug, slugForHost } from './sites/siteLookup'
import { SITE_PREFIX, isSiteSlug, siteParam, type SiteMode } from './sites/siteParam'

const LANGUAGE_COOKIE = 'payload-lng'

/**
 * Runs once per request before Next routes it (Next 16 proxy, Node runtime):
 * - the admin gets its Vietnamese default;
 * - `/don-vi/{slug}/api/…` is the API as seen from that site (`x-portal-site: {slug}`);
 * - every public page is rewritten to the internal `[site]` segment: `/h-{slug}/…` for the site
 *   that owns the Host header (the main site for any other host), `/p-{slug}/…` under the
 *   `/don-vi/{slug}` prefix. The browser keeps its own URL; the site is part of the cache key.
 */
export async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl
  if (pathname === '/admin' || pathname.startsWith('/admin/')) return adminInVietnamese(request)

  const prefixed = new RegExp(`^${SITE_PREFIX}/([^/]+)(/.*)?$`).exec(pathname)
  try {
    if (prefixed) {
      const slug = prefixed[1].toLowerCase()
      const rest = prefixed[2] ?? '/'
      if (rest === '/api' || rest.startsWith('/api/')) return apiOfSite(request, slug, rest)
      const site = isSiteSlug(slug) ? await siteBySlug(slug) : await siteBySlug('')
      if (!site) return noSite()
      // An unknown slug is an unknown path of the main site: its 404, nothing cached per slug.
      return site.found
        ? rewriteToSite(request, 'prefix', site.slug, rest)
        : rewriteToSite(request, 'host', site.slug, pathname)
    }
    const slug = await slugForHost(request.headers.get('host'))
    if (!slug) return noSite()
    return rewriteToSite(request, 'host', slug, pathname)
  } catch (error) {
    console.error('proxy: cannot read the sites table', error)
    return unavailable()
  }
}

function rewriteToSite(request: NextRequest, mode: SiteMode, slug: string, path: string) {
  const url = request.nextUrl.clone()
  const paged = categoryPage(path, url.searchParams.get('trang'))
  if (paged) url.search = ''
  url.pathname = `/${siteParam(mode, slug)}${(paged ?? path) === '/' ? '' : (paged ?? path)}`
  return NextResponse.rewrite(url)
}

/**
 * /chuyen-muc/{slug}?trang=N is served by /chuyen-muc/{slug}/trang/N: pages that read the query
 * string cannot be cached, paths can.
 */
function categoryPage(path: string, page: string | null): string | null {
  if (page === null || page === '1' || !/^\/chuyen-muc\/[^/]+$/.test(path)) return null
  return `${path}/trang/${encodeURIComponent(page)}`
}

/** `/don-vi/{slug}/api/…` → `/api/…`, telling Payload which site the caller addresses. */
function apiOfSite(request: NextRequest, slug: string, rest: string) {
  const url = request.nextUrl.clone()
  url.pathname = rest
  const headers = new Headers(request.headers)
  headers.set(SITE_HEADER, slug)
  return NextResponse.rewrite(url, { request: { headers } })
}

/** Before the first migration there is no site at all: nothing to show yet. */
const noSite = () =>
  new NextResponse('Cổng thông tin chưa có trang nào.', {
    status: 503,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Retry-After': '30' },
  })

/** Postgres unreachable: a 503 lets the cache in front serve its last good copy (nginx). */
const unavailable = () =>
  new NextResponse(
    'Hệ thống tạm thời mất kết nối tới cơ sở dữ liệu. Vui lòng thử lại sau ít phút.',
    {
      status: 503,
      headers: {
        'Content-Type': 'text/plain; charset=utf-8',
        'Retry-After': '30',
        'Cache-Control': 'no-store',
      },
    },
  )

/**
 * The admin is Vietnamese by default, whatever the browser asks for: Payload picks its language
 * from this cookie before Accept-Language, so a first visit gets `vi`. Choosing English in the
 * account settings replaces the cookie.
 */
function adminInVietnamese(request: NextRequest) {
  if (request.cookies.has(LANGUAGE_COOKIE)) return NextResponse.next()
  const headers = new Headers(request.headers)
  const cookie = headers.get('cookie')
  headers.set('cookie', cookie ? `${cookie}; ${LANGUAGE_COOKIE}=vi` : `${LANGUAGE_COOKIE}=vi`)
  const response = NextResponse.next({ request: { headers } })
  response.cookies.set(LANGUAGE_COOKIE, 'vi', {
    path: '/',
    sameSite: 'lax',
    maxAge: 60 * 60 * 24 * 365,
  })
  return response
}

// Everything but the API (apart from /don-vi/{slug}/api), build assets, the app icon and the
// public pages' script (public/ban-doc.js).
export const config = {
  matcher: ['/((?!api/|api$|_next/|icon\\.svg$|favicon\\.ico$|ban-doc\\.js$).*)'],
}
