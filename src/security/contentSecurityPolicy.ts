/**
 * The Content-Security-Policy of an HTML response. In production a script runs only from our
 * origin or when its exact text is one of the page's own inline scripts (their SHA-256 hashes:
 * pages are cached, by Next and by nginx, so a per-request nonce would not match the cached
 * body). `next dev` needs eval and inline scripts for React's debugging and Fast Refresh, and a
 * WebSocket for reloads: it gets them, production never does.
 */
export function contentSecurityPolicy(opts: { scriptHashes: string[]; dev: boolean }): string {
  const scripts = opts.dev
    ? ["'self'", "'unsafe-inline'", "'unsafe-eval'"]
    : ["'self'", ...opts.scriptHashes.map((hash) => `'sha256-${hash}'`)]
  return [
    "default-src 'self'",
    `script-src ${scripts.join(' ')}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${opts.dev ? ' ws: wss:' : ''}`,
    "media-src 'self' blob:",
    // The PDF preview is an <object> with an <iframe> fallback, both of our own files.
    "object-src 'self'",
    "frame-src 'self'",
    "worker-src 'self' blob:",
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ')
}
