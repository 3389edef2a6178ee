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
  // Public pages are ISR with `revalidate = 3`: Next sends `s-maxage=3` and, with this,
  // `stale-while-revalidate=57`, so a CDN or nginx in front is never more than a minute behind
  // even for a page nobody asked for meanwhile, and a change shows through it within about 3 s
  // (inside the 5 s promised to editors).
  expireTime: 60,
  async headers() {
    const noStore = [{ key: 'Cache-Control', value: 'private, no-store' }]
    return [
      // The admin and the API answer per user: never stored by a shared cache.
      { source: '/admin/:path*', headers: noStore },
      { source: '/api/:path*', headers: noStore },
      // Uploaded images never change under the same file name.
      { source: '/api/media/file/:path*', headers: [{ key: 'Cache-Control', value: 'public, max-age=86400, stale-while-revalidate=604800' }] },
    ]
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
