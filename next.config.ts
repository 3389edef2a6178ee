import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const dirname = path.dirname(fileURLToPath(import.meta.url))

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  images: {
    localPatterns: [{ pathname: '/api/media/file/**' }],
  },
  turbopack: { root: path.resolve(dirname) },
  // Tests run their own dev server beside a developer's (`next dev` locks its build directory).
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // Public pages are ISR with `revalidate = 60`; every change reaches them on demand
  // (src/site/revalidate*.ts), the 60 s only refreshes what changes without an edit ("Tin đọc
  // nhiều"). With 3 s every hot page was re-rendered (Payload queries + React) every 3 s under
  // load, on the same two cores that serve it, for changes the on-demand path already delivers.
  // Next would send `s-maxage=60` from that; the caches in front get 3 s instead (publicCache
  // below), so a change still shows through them within about 3 s.
  // A page nobody asked for in an hour is rendered afresh on its next visit.
  expireTime: 3600,
  async headers() {
    const noStore = [{ key: 'Cache-Control', value: 'private, no-store' }]
    // Set before Next renders, which then keeps it (send-payload only fills a missing
    // Cache-Control): nginx's micro-cache holds a page 3 s, then serves the old copy for up to
    // 57 s more while one request refreshes it.
    const publicCache = [{ key: 'Cache-Control', value: 's-maxage=3, stale-while-revalidate=57' }]
    const immutableFile = [
      { key: 'Cache-Control', value: 'public, max-age=86400, stale-while-revalidate=604800' },
    ]
    // Every site has the same paths, on its own host and under /don-vi/{slug} on the main host
    // (src/proxy.ts); these match the URL the reader asked for, before the proxy's rewrite.
    const prefixed = (paths: string[]) =>
      paths.flatMap((p) => [p, `/don-vi/:site${p === '/' ? '' : p}`])
    return [
      ...prefixed(['/', '/tin-tuc/:slug', '/chuyen-muc/:path*', '/rss.xml', '/van-ban/:path*']).map(
        (source) => ({
          source,
          headers: publicCache,
        }),
      ),
      // The admin and the API answer per user: never stored by a shared cache. The public visit
      // figures (/api/stats/summary) say their own Cache-Control (a few seconds, public).
      { source: '/admin/:path*', headers: noStore },
      ...prefixed(['/api/:path((?!stats/summary$).*)']).map((source) => ({
        source,
        headers: noStore,
      })),
      // The public pages' script: a new version reaches readers within the hour.
      { source: '/ban-doc.js', headers: [{ key: 'Cache-Control', value: 'public, max-age=3600' }] },
      // Uploaded images and audio never change under the same file name (regenerated audio gets
      // a new one).
      ...prefixed(['/api/media/file/:path*', '/api/article-audio/file/:path*']).map((source) => ({
        source,
        headers: immutableFile,
      })),
    ]
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
