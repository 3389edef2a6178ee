import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http'
import { gzipSync } from 'node:zlib'

import { contentSecurityPolicy } from './contentSecurityPolicy'
import { fileDisposition } from './fileDisposition'
import type { HeldPage } from '../site/pageCopies'
import { withoutAdminHints } from '../site/withoutAdminHints'
import { publicPageHtml } from '../site/publicPageHtml'
import { isPublicPagePath } from '../site/withoutFrameworkScripts'
import { inlineScriptHashes } from './inlineScriptHashes'
import { baseSecurityHeaders, htmlFrameOptions } from './securityHeaders'

type Write = (chunk: unknown, encoding?: unknown, callback?: unknown) => boolean
type End = (chunk?: unknown, encoding?: unknown, callback?: unknown) => ServerResponse

const COMPRESSIBLE =
  /^(text\/|application\/(json|xml|rss\+xml|atom\+xml|javascript)|image\/svg\+xml)/i

/**
 * Gives one response of the web server (src/launcher/webServer.ts) its security headers. Pages
 * (anything but the API and build assets) are held until complete so their CSP can list the
 * hashes of exactly the inline scripts they carry; Next is asked for them uncompressed and they
 * are compressed here afterwards; `keep` gets the finished page (src/site/pageCopies.ts).
 * Everything else streams through untouched.
 */
export function secureResponse(
  req: IncomingMessage,
  res: ServerResponse,
  dev: boolean,
  keep?: (page: HeldPage) => void,
): void {
  for (const [name, value] of Object.entries(baseSecurityHeaders)) res.setHeader(name, value)
  const acceptsGzip = /\bgzip\b/i.test(String(req.headers['accept-encoding'] ?? ''))
  const page = isPageRequest(req)
  const path = (req.url ?? '/').split('?')[0]
  const publicPage = page && isPublicPagePath(path)
  if (page) delete req.headers['accept-encoding']

  const writeHead = res.writeHead.bind(res) as (status: number) => ServerResponse
  const write = res.write.bind(res) as Write
  const end = res.end.bind(res) as End
  const flushHeaders = res.flushHeaders.bind(res)
  const chunks: Chunk[] = []
  let mode: 'undecided' | 'pass' | 'hold' = 'undecided'

  const decide = () => {
    if (mode !== 'undecided') return
    if (publicPage) withoutAdminHints(res)
    const type = String(res.getHeader('content-type') ?? '')
    const html = /text\/html/i.test(type)
    if (html) res.setHeader('X-Frame-Options', htmlFrameOptions)
    const disposition = fileDisposition(req, type, res.getHeader('content-disposition') as string)
    if (disposition) res.setHeader('Content-Disposition', disposition)
    mode = page && !res.getHeader('content-encoding') ? 'hold' : 'pass'
    if (html && mode === 'pass')
      res.setHeader('Content-Security-Policy', contentSecurityPolicy({ scriptHashes: [], dev }))
  }

  res.writeHead = ((status: number, ...rest: unknown[]) => {
    res.statusCode = status
    if (typeof rest[0] === 'string') res.statusMessage = rest.shift() as string
    applyHeaders(res, rest[0] as OutgoingHttpHeaders | unknown[] | undefined)
    decide()
    if (mode === 'pass') writeHead(status)
    return res
  }) as ServerResponse['writeHead']

  res.flushHeaders = () => {
    decide()
    if (mode === 'pass') flushHeaders()
  }

  res.write = ((chunk: unknown, encoding?: unknown, callback?: unknown) => {
    decide()
    if (mode === 'pass') return write(chunk, encoding, callback)
    chunks.push(toChunk(chunk, encoding))
    const done = typeof encoding === 'function' ? encoding : callback
    if (typeof done === 'function') process.nextTick(done as () => void)
    return true
  }) as ServerResponse['write']

  res.end = ((chunk?: unknown, encoding?: unknown, callback?: unknown) => {
    decide()
    if (mode === 'pass') return end(chunk, encoding, callback)
    if (typeof chunk === 'function') [callback, chunk] = [chunk, undefined]
    if (typeof encoding === 'function') [callback, encoding] = [encoding, undefined]
    if (chunk != null) chunks.push(toChunk(chunk, encoding))
    const gzip = acceptsGzip && req.method !== 'HEAD'
    const body = finish(res, chunks, { gzip, dev, publicPath: publicPage ? path : null })
    keep?.({ status: res.statusCode, headers: res.getHeaders(), body })
    // Node's end() would send the head through res.writeHead, which is ours and holds it.
    writeHead(res.statusCode)
    return end(body, undefined, callback)
  }) as ServerResponse['end']
}

/**
 * The held body: a public page without Next's client runtime (src/site/publicPageHtml.ts),
 * with its CSP; compressed when the client takes gzip and it is worth it.
 */
function finish(
  res: ServerResponse,
  chunks: Chunk[],
  { gzip, dev, publicPath }: { gzip: boolean; dev: boolean; publicPath: string | null },
): Buffer {
  const type = String(res.getHeader('content-type') ?? '')
  let body: Buffer
  if (/text\/html/i.test(type)) {
    // Next hands a cached page over as one string: worked on as it is and encoded once. A
    // streamed page's bytes are read one character per byte (latin1: decoding 100 KB as UTF-8
    // took 1.7 ms, this 0.04 ms); the patterns below are ASCII, so the bytes go back unchanged.
    const asText = chunks.every((c) => typeof c === 'string')
    const encoding = asText ? 'utf8' : 'latin1'
    let html = asText ? chunks.join('') : Buffer.concat(chunks.map(toBytes)).toString('latin1')
    if (publicPath !== null) html = publicPageHtml(html, publicPath)
    const scriptHashes = inlineScriptHashes(html, encoding)
    res.setHeader('Content-Security-Policy', contentSecurityPolicy({ scriptHashes, dev }))
    body = Buffer.from(html, encoding)
  } else body = Buffer.concat(chunks.map(toBytes))
  if (!body.length) return body
  if (gzip && body.length > 1024 && COMPRESSIBLE.test(type)) {
    body = gzipSync(body)
    res.setHeader('Content-Encoding', 'gzip')
    const vary = String(res.getHeader('vary') ?? '')
    if (!/accept-encoding/i.test(vary))
      res.setHeader('Vary', vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding')
  }
  res.setHeader('Content-Length', body.length)
  return body
}

/** Pages and what pages link to (feeds, sitemaps, QR codes); not the API nor build assets. */
function isPageRequest(req: IncomingMessage): boolean {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false
  const path = (req.url ?? '/').split('?')[0]
  return !/^\/(_next\/|api\/|don-vi\/[^/]+\/api\/)/.test(path)
}

function applyHeaders(res: ServerResponse, headers: OutgoingHttpHeaders | unknown[] | undefined) {
  if (!headers) return
  if (Array.isArray(headers)) {
    for (let i = 0; i + 1 < headers.length; i += 2)
      res.setHeader(String(headers[i]), headers[i + 1] as string)
    return
  }
  for (const [name, value] of Object.entries(headers))
    if (value !== undefined) res.setHeader(name, value)
}

/** Text in UTF-8 is held as text (a page Next had cached); anything else as bytes. */
type Chunk = Buffer | string

function toChunk(chunk: unknown, encoding: unknown): Chunk {
  // A copy: the writer may reuse its buffer once write() has returned.
  if (chunk instanceof Uint8Array) return Buffer.from(chunk)
  const enc = typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8'
  return enc === 'utf8' || enc === 'utf-8' ? String(chunk) : Buffer.from(String(chunk), enc)
}

const toBytes = (chunk: Chunk): Buffer =>
  typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk
