import type { IncomingMessage } from 'node:http'

const UPLOADED_FILE = /^\/(don-vi\/[^/]+\/)?api\/[^/]+\/file\//
// What a browser may show from our origin: images we accept, audio, PDF (its viewer runs no
// script of the page). Anything else, an old SVG or a Word file, is only ever downloaded.
const SHOWN_INLINE = /^(image\/(jpeg|png|webp|gif|avif)|audio\/|application\/pdf)\b/i

/**
 * The Content-Disposition an uploaded file is served with: unchanged for what may be shown,
 * `attachment` (keeping the file name) for the rest; null when the response is not a file.
 */
export function fileDisposition(
  req: IncomingMessage,
  contentType: string,
  current: string | undefined,
): string | null {
  if (!UPLOADED_FILE.test((req.url ?? '').split('?')[0])) return null
  if (SHOWN_INLINE.test(contentType)) return null
  const name = current?.match(/;\s*(filename\*?=.*)$/i)?.[1]
  return name ? `attachment; ${name}` : 'attachment'
}
