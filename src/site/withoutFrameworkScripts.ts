/**
 * A public page without Next's client runtime: its `<script src="/_next/…">` chunks, their
 * preload links, Turbopack's chunk list and the inline RSC payload (`self.__next_f`, half the
 * page's bytes). Public pages are complete HTML rendered on the server; hydrating them cost a
 * phone 0.5–2 s of main thread (React DOM and the router, ~180 KB gzipped) for the few things a
 * reader can press, which public/ban-doc.js does instead. JSON-LD and other inline scripts stay.
 * One pass: the page is scanned once per response.
 */
const FRAMEWORK_PARTS = new RegExp(
  [
    /<script\b[^>]*\bsrc="\/_next\/[^"]*"[^>]*>\s*<\/script\s*>/.source,
    /<link\b(?=[^>]*\brel="(?:preload|modulepreload)")(?=[^>]*\bhref="\/_next\/[^"]*\.js")[^>]*>/
      .source,
    /<script\b[^>]*>\s*(?:\(?self\.__next_f|\(globalThis\["TURBOPACK"\])[\s\S]*?<\/script\s*>/
      .source,
  ].join('|'),
  'gi',
)

// Next's 404 and error pages are an empty shell that the browser fills from the RSC payload (two
// root layouts: vercel/next.js#62228): they keep the runtime, or they would show nothing.
export const isErrorShell = (html: string) => html.includes('<html id="__next_error__"')

export function withoutFrameworkScripts(html: string): string {
  if (isErrorShell(html)) return html
  return html.replace(FRAMEWORK_PARTS, '')
}

/** Pages of the public sites (and their English pages); the admin keeps its React app. */
export const isPublicPagePath = (path: string) => !/^\/(?:admin|_next|api)(?:\/|$)/.test(path)
