import { NextResponse, type NextRequest } from 'next/server'

const LANGUAGE_COOKIE = 'payload-lng'

export function proxy(request: NextRequest) {
  const { pathname, searchParams } = request.nextUrl
  if (pathname.startsWith('/chuyen-muc/'))
    return categoryPaging(request, pathname, searchParams.get('trang'))
  return adminInVietnamese(request)
}

/**
 * /chuyen-muc/{slug}?trang=N is served by /chuyen-muc/{slug}/trang/N: pages that read the query
 * string cannot be cached, paths can.
 */
function categoryPaging(request: NextRequest, pathname: string, page: string | null) {
  if (page === null || page === '1' || !/^\/chuyen-muc\/[^/]+$/.test(pathname))
    return NextResponse.next()
  const url = request.nextUrl.clone()
  url.pathname = `${pathname}/trang/${encodeURIComponent(page)}`
  url.search = ''
  return NextResponse.rewrite(url)
}

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

export const config = { matcher: ['/admin', '/admin/:path*', '/chuyen-muc/:path*'] }
