import { isErrorShell, withoutFrameworkScripts } from './withoutFrameworkScripts'

/**
 * A public page as it leaves the web server (src/security/secureResponse.ts): without Next's
 * client runtime, or, for Next's 404/error shell, which keeps it, with the language the browser
 * and screen readers need before that runtime has drawn the page (the shell's <html> has none).
 */
export function publicPageHtml(html: string, path: string): string {
  if (!isErrorShell(html)) return withoutFrameworkScripts(html)
  const lang = /^(?:\/don-vi\/[^/]+)?\/en(?:\/|$)/.test(path) ? 'en' : 'vi'
  return html.replace(
    /<html id="__next_error__"(?![^>]*\blang=)/,
    `<html id="__next_error__" lang="${lang}"`,
  )
}
