/**
 * Renders deploy/nginx/portal.conf.template for a set of app instances.
 *   npx tsx deploy/nginx/renderConfig.ts --listen 80 --server-name portal.example.vn \
 *     --server-name anhoa.example.vn \
 *     --cache-dir /var/cache/nginx/portal --upstream 10.0.0.11:3000 --upstream 10.0.0.12:3000
 * Tests and benchmarks run it on loopback through scripts/nginx.ts.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'

export type NginxSite = {
  listen: string
  /** Host names nginx answers for: the main site's and every site's own domains. */
  serverNames?: string[]
  cacheDir: string
  upstreams: string[]
}

const template = () => readFileSync(path.join(import.meta.dirname, 'portal.conf.template'), 'utf8')

/** The `http { }`-level configuration of the portal (cache zone, upstream, server). */
export function renderNginxConfig(site: NginxSite): string {
  return template()
    .replaceAll('{{LISTEN}}', site.listen)
    .replaceAll('{{SERVER_NAME}}', site.serverNames?.length ? site.serverNames.join(' ') : '_')
    .replaceAll('{{CACHE_DIR}}', site.cacheDir)
    .replaceAll(
      '{{UPSTREAM_SERVERS}}',
      site.upstreams.map((u) => `    server ${u} max_fails=3 fail_timeout=5s;`).join('\n'),
    )
}

if (process.argv[1] === import.meta.filename) {
  const args = process.argv.slice(2)
  const all = (flag: string) => args.flatMap((a, i) => (a === flag ? [args[i + 1]] : []))
  const one = (flag: string, fallback: string) => all(flag)[0] ?? fallback
  const upstreams = all('--upstream')
  if (!upstreams.length) {
    console.error('Cần ít nhất một --upstream host:port')
    process.exit(2)
  }
  process.stdout.write(
    renderNginxConfig({
      listen: one('--listen', '80'),
      serverNames: all('--server-name'),
      cacheDir: one('--cache-dir', '/var/cache/nginx/portal'),
      upstreams,
    }),
  )
}
