/**
 * Headers every response carries (DESIGN.md, "Security hardening"). Files may be framed by the
 * portal's own pages (the PDF preview on /van-ban/{slug}); HTML is never framed at all
 * (src/security/secureResponse.ts narrows X-Frame-Options to DENY and adds frame-ancestors).
 */
export const baseSecurityHeaders: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Frame-Options': 'SAMEORIGIN',
}

export const htmlFrameOptions = 'DENY'
