import { existsSync, readFileSync, statSync } from 'node:fs'
import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { Mp3Encoder } from '@breezystack/lamejs'
import { fileTypeFromBuffer } from 'file-type'
import { createLocalReq, handleEndpoints, type Payload } from 'payload'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { makeArticleAudio } from '../src/audio/makeArticleAudio'
import { speechHash, speechTextOf } from '../src/audio/speechText'
import { ttsProvider } from '../src/audio/ttsProvider'
import { paragraphsToLexical } from '../src/lib/lexical'
import { graphql, rest, upload } from './helpers/api'
import { makeWav, mp3Seconds } from './helpers/audioBytes'
import { createAccounts, createCategory, moveTo, pathTo, type Account } from './helpers/fixtures'
import { startTestPayload } from './helpers/testPayload'

/**
 * Listening to articles (issue 15): audio made by real engines (Debian's espeak-ng, a fake vendor
 * over HTTP started here) when an article is published or its live text changes, stored outside
 * the versioned article, served with ranges; editors' uploads checked by content and preferred.
 */
let payload: Payload
let stop: () => Promise<void>
let users: Awaited<ReturnType<typeof createAccounts>>
let categoryId: number
let audioDir: string

const TASK = 'makeArticleAudio'
const as = (a: Account) => ({ id: a.id, roles: a.roles, collection: 'users' }) as never
const body = [
  'Thực hiện Nghị quyết 15-NQ/TU của Ban Thường vụ Tỉnh ủy, UBND tỉnh Vĩnh An triển khai chuyển đổi số.',
  'Năm 2025, 95% hồ sơ được giải quyết trực tuyến.',
]
// Where the length of the audio does not matter: less to synthesise.
const short = ['Hội nghị lần thứ 4.']

async function publishedArticle(title: string, paragraphs = body) {
  const doc = await payload.create({
    collection: 'articles',
    user: as(users.reporter),
    overrideAccess: false,
    draft: true,
    data: {
      title,
      summary: 'Tóm tắt bài viết có âm thanh.',
      content: paragraphsToLexical(paragraphs) as never,
      category: categoryId,
      _status: 'draft',
    },
  })
  await moveTo(payload, doc.id, users.admin, pathTo.published)
  return doc.id
}

/** The editor-in-chief saves a live article directly (allowed for what is already published). */
const editLive = (id: number, data: Record<string, unknown>) =>
  payload.update({
    collection: 'articles',
    id,
    data: { ...data, _status: 'published' },
    user: as(users['editor-in-chief']),
    overrideAccess: false,
  })

// Every queued audio job: earlier tests leave jobs of their own articles in the queue.
const runAudioJobs = () =>
  payload.jobs.run({ where: { taskSlug: { equals: TASK } }, limit: 1000, silent: true })
const queuedFor = async (id: number) =>
  (
    await payload.find({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: TASK } },
      limit: 500,
    })
  ).docs.filter((j) => Number((j.input as { article?: number })?.article) === id).length
const generatedRows = async (id: number) =>
  (
    await payload.find({
      collection: 'article-audio',
      where: { and: [{ article: { equals: id } }, { origin: { equals: 'generated' } }] },
      sort: '-createdAt',
      limit: 50,
      overrideAccess: true,
    })
  ).docs

type AudioRow = {
  voice: string
  file: { id: number; filename: string; filesize: number; url: string }
}
/** The article's audio as the public reads it over REST. */
async function publicAudio(id: number): Promise<AudioRow[]> {
  const res = await rest(payload, 'GET', `/api/articles/${id}?depth=1`)
  expect(res.status).toBe(200)
  return res.body.audio
}
const byVoice = (rows: AudioRow[]) => Object.fromEntries(rows.map((r) => [r.voice, r.file]))

/** A file as Payload's file route serves it, bytes included. */
async function fetchFile(url: string, headers: Record<string, string> = {}) {
  const response = await handleEndpoints({
    config: payload.config,
    request: new Request(`http://localhost:3000${url}`, { headers }),
  })
  return {
    status: response.status,
    headers: response.headers,
    bytes: new Uint8Array(await response.arrayBuffer()),
  }
}

/** A fake TTS vendor: records each request, answers WAV for "nu" and MP3 for "nam". */
type VendorCall = { headers: IncomingHttpHeaders; body: { text: string; voice: string } }
function startVendor(reply?: (res: ServerResponse) => void) {
  const calls: VendorCall[] = []
  const encoder = new Mp3Encoder(1, 16000, 32)
  const pcm = makeWav(2)
  const mp3 = Buffer.concat([
    Buffer.from(encoder.encodeBuffer(new Int16Array(pcm.buffer.slice(44)))),
    Buffer.from(encoder.flush()),
  ])
  const server: Server = createServer((req, res) => {
    let raw = ''
    req.on('data', (c) => (raw += c))
    req.on('end', () => {
      const parsed = JSON.parse(raw)
      calls.push({ headers: req.headers, body: parsed })
      if (reply) return reply(res)
      const wav = parsed.voice === 'nu'
      res.writeHead(200, { 'Content-Type': wav ? 'audio/wav' : 'audio/mpeg' })
      res.end(wav ? Buffer.from(pcm) : mp3)
    })
  })
  return new Promise<{ url: string; calls: VendorCall[]; close: () => Promise<void> }>((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({
        url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/tts`,
        calls,
        close: () => new Promise((r) => server.close(() => r())),
      }),
    ),
  )
}

beforeAll(async () => {
  ;({ payload, stop } = await startTestPayload())
  users = await createAccounts(payload)
  categoryId = (await createCategory(payload)).id
  audioDir = payload.collections['article-audio'].config.upload.staticDir as string
}, 240_000)
afterAll(() => stop?.())
beforeEach(() => {
  for (const key of ['TTS_PROVIDER', 'TTS_URL', 'TTS_KEY', 'TTS_KEY_HEADER', 'ESPEAK_NG_PATH'])
    delete process.env[key]
  process.env.TTS_PROVIDER = 'espeak'
})

describe('TTS_PROVIDER', () => {
  it('espeak by default where espeak-ng is installed; none when it is missing or off', () => {
    delete process.env.TTS_PROVIDER
    expect(ttsProvider()?.name).toBe('espeak')
    expect(ttsProvider({ ...process.env, ESPEAK_NG_PATH: '/khong/co/espeak-ng' })).toBeNull()
    expect(ttsProvider({ TTS_PROVIDER: 'espeak', PATH: '/khong-co' })).toBeNull()
    expect(ttsProvider({ TTS_PROVIDER: 'none' })).toBeNull()
    expect(ttsProvider({ TTS_PROVIDER: 'http' })).toBeNull() // no TTS_URL
    expect(ttsProvider({ TTS_PROVIDER: 'http', TTS_URL: 'http://127.0.0.1:9/tts' })?.name).toBe(
      'http',
    )
  })

  it('none: publishing queues no job and nothing is made', async () => {
    process.env.TTS_PROVIDER = 'none'
    const id = await publishedArticle('Bài không đọc')
    expect(await queuedFor(id)).toBe(0)
    const req = await createLocalReq({}, payload)
    expect(await makeArticleAudio(req, id)).toMatchObject({ made: [], skipped: 'no-provider' })
    expect(await generatedRows(id)).toHaveLength(0)
    expect(await publicAudio(id)).toEqual([])
  })
})

describe('espeak', () => {
  let id: number
  let first: Record<string, AudioRow['file']>

  it('a published article gets both voices as real MP3 files, listed in its live `audio`', async () => {
    id = await publishedArticle('Tỉnh ủy Vĩnh An triển khai chuyển đổi số')
    expect(await queuedFor(id)).toBe(1)
    // Not before the job has run.
    expect(await publicAudio(id)).toEqual([])
    await runAudioJobs()
    const rows = await generatedRows(id)
    expect(rows.map((r) => r.voice).sort()).toEqual(['nam', 'nu'])
    for (const row of rows) {
      const bytes = new Uint8Array(readFileSync(path.join(audioDir, row.filename!)))
      expect(await fileTypeFromBuffer(bytes)).toMatchObject({ mime: 'audio/mpeg' })
      expect(bytes.length).toBe(row.filesize)
      expect(bytes.length).toBeGreaterThan(20_000)
      const { seconds } = mp3Seconds(bytes)
      expect(seconds).toBeGreaterThan(8) // ~45 spoken words
      expect(Math.abs(seconds - row.duration!)).toBeLessThan(1)
      expect(row.mimeType).toBe('audio/mpeg')
    }
    const audio = await publicAudio(id)
    expect(audio.map((a) => a.voice).sort()).toEqual(['nam', 'nu'])
    first = byVoice(audio)
    expect(first.nu.url).toBe(`/api/article-audio/file/${first.nu.filename}`)
    expect(first.nu.filename).not.toBe(first.nam.filename)
    // Internal: the hash is never shown.
    expect(JSON.stringify(audio)).not.toContain('textHash')
    const gql = await graphql(
      payload,
      `{ Article(id: ${id}) { audio { voice file { url mimeType } } } }`,
    )
    expect(gql.body.data.Article.audio).toEqual([
      { voice: 'nu', file: { url: first.nu.url, mimeType: 'audio/mpeg' } },
      { voice: 'nam', file: { url: first.nam.url, mimeType: 'audio/mpeg' } },
    ])
  })

  it('served to the public with its type and byte ranges (what a player seeks with)', async () => {
    const whole = await fetchFile(first.nu.url)
    expect(whole.status).toBe(200)
    expect(whole.headers.get('content-type')).toBe('audio/mpeg')
    expect(whole.headers.get('accept-ranges')).toBe('bytes')
    expect(whole.bytes.length).toBe(first.nu.filesize)
    const part = await fetchFile(first.nu.url, { Range: 'bytes=1000-1999' })
    expect(part.status).toBe(206)
    expect(part.headers.get('content-range')).toBe(`bytes 1000-1999/${first.nu.filesize}`)
    expect(part.bytes).toEqual(whole.bytes.slice(1000, 2000))
  })

  it('a retry or a save that leaves the text alone makes nothing', async () => {
    const req = await createLocalReq({}, payload)
    expect(await makeArticleAudio(req, id)).toMatchObject({ made: [], unchanged: ['nu', 'nam'] })
    await editLive(id, { featured: true })
    await runAudioJobs()
    const rows = await generatedRows(id)
    expect(rows).toHaveLength(2)
    expect(byVoice(await publicAudio(id))).toEqual(first)
  })

  it('a change of the live text makes new files, switched to only once whole; the previous ones stay one round', async () => {
    await editLive(id, {
      content: paragraphsToLexical([...body, 'Đến năm 2030, 100% xã có internet.']),
    })
    let done = false
    const job = runAudioJobs().finally(() => (done = true))
    const seen = new Set<string>()
    while (!done) {
      // Whatever the article points at is a whole file.
      for (const file of Object.values(byVoice(await publicAudio(id)))) {
        expect(statSync(path.join(audioDir, file.filename)).size).toBe(file.filesize)
        seen.add(file.filename)
      }
      await new Promise((r) => setTimeout(r, 20))
    }
    await job
    const second = byVoice(await publicAudio(id))
    expect(second.nu.filename).not.toBe(first.nu.filename)
    expect(second.nam.filename).not.toBe(first.nam.filename)
    expect(seen.has(first.nu.filename)).toBe(true) // the old one played until the switch
    const rows = await generatedRows(id)
    expect(rows).toHaveLength(4)
    expect(existsSync(path.join(audioDir, first.nu.filename))).toBe(true) // a cached page may still ask
    // A third text: the first generation goes, rows and files.
    await editLive(id, { title: 'Tỉnh ủy Vĩnh An đẩy mạnh chuyển đổi số' })
    await runAudioJobs()
    expect(await generatedRows(id)).toHaveLength(4)
    expect(existsSync(path.join(audioDir, first.nu.filename))).toBe(false)
    expect(existsSync(path.join(audioDir, first.nam.filename))).toBe(false)
    expect(existsSync(path.join(audioDir, second.nu.filename))).toBe(true)
  })

  it('a pending draft is left as it is: the job reads and voices the live text only', async () => {
    const live = await publishedArticle('Hội nghị Ban Chấp hành Đảng bộ tỉnh', short)
    await payload.update({
      collection: 'articles',
      id: live,
      draft: true,
      data: { title: 'Bản nháp chưa duyệt', content: paragraphsToLexical(['Nội dung nháp.']) },
      user: as(users['editor-in-chief']),
      overrideAccess: false,
    })
    await runAudioJobs()
    const main = await payload.findByID({ collection: 'articles', id: live, draft: false })
    expect(main).toMatchObject({
      title: 'Hội nghị Ban Chấp hành Đảng bộ tỉnh',
      _status: 'published',
    })
    const latest = await payload.findByID({ collection: 'articles', id: live, draft: true })
    expect(latest).toMatchObject({ title: 'Bản nháp chưa duyệt', _status: 'draft' })
    const rows = await generatedRows(live)
    expect(rows).toHaveLength(2)
    const text = speechTextOf(main)
    expect(text).not.toContain('nháp')
    const hashes = await payload.find({
      collection: 'article-audio',
      where: { article: { equals: live } },
      overrideAccess: true,
      showHiddenFields: true,
    })
    expect(hashes.docs.map((d) => d.textHash).sort()).toEqual(
      [
        speechHash(text, ttsProvider()!.fingerprint('nam')),
        speechHash(text, ttsProvider()!.fingerprint('nu')),
      ].sort(),
    )
    const versions = await payload.countVersions({
      collection: 'articles',
      where: { parent: { equals: live } },
    })
    expect(versions.totalDocs).toBeGreaterThan(1)
  })

  it('deleting the article deletes its generated audio, rows and files', async () => {
    const gone = await publishedArticle('Bài sẽ bị xóa', short)
    await runAudioJobs()
    const rows = await generatedRows(gone)
    expect(rows).toHaveLength(2)
    await payload.delete({ collection: 'articles', id: gone, overrideAccess: true })
    expect(await generatedRows(gone)).toHaveLength(0)
    for (const row of rows) expect(existsSync(path.join(audioDir, row.filename!))).toBe(false)
  })
})

describe('http provider (a fake vendor)', () => {
  it('receives the prepared text, the voice and the key; WAV answers are stored as MP3', async () => {
    const vendor = await startVendor()
    try {
      Object.assign(process.env, {
        TTS_PROVIDER: 'http',
        TTS_URL: vendor.url,
        TTS_KEY: 'khoa-bi-mat-123',
      })
      const id = await publishedArticle('Nghị quyết 15-NQ/TU về chuyển đổi số')
      await runAudioJobs()
      expect(vendor.calls.map((c) => c.body.voice).sort()).toEqual(['nam', 'nu'])
      for (const call of vendor.calls) {
        expect(call.headers.authorization).toBe('Bearer khoa-bi-mat-123')
        expect(call.headers['content-type']).toBe('application/json')
        expect(call.body.text).toContain('số mười lăm, nghị quyết Tỉnh ủy')
        expect(call.body.text).toContain('Ủy ban nhân dân tỉnh Vĩnh An')
        expect(call.body.text).toContain('chín mươi lăm phần trăm')
        expect(call.body.text).not.toMatch(/15-NQ|UBND|%|\d/)
      }
      const audio = byVoice(await publicAudio(id))
      for (const voice of ['nu', 'nam']) {
        const file = await fetchFile(audio[voice].url)
        expect(file.headers.get('content-type')).toBe('audio/mpeg')
        expect(mp3Seconds(file.bytes).seconds).toBeGreaterThan(1.5)
      }
      // Same text again: the vendor is not asked twice.
      await editLive(id, { featured: true })
      await runAudioJobs()
      expect(vendor.calls).toHaveLength(2)
    } finally {
      await vendor.close()
    }
  })

  it('the key in a header of the vendor’s choosing; an answer that is not audio stores nothing', async () => {
    const vendor = await startVendor((res) => {
      res.writeHead(200, { 'Content-Type': 'text/html' })
      res.end('<html>lỗi</html>')
    })
    try {
      Object.assign(process.env, {
        TTS_PROVIDER: 'http',
        TTS_URL: vendor.url,
        TTS_KEY: 'khoa-2',
        TTS_KEY_HEADER: 'X-Api-Key',
      })
      const id = await publishedArticle('Bài gặp lỗi dịch vụ đọc', short)
      const req = await createLocalReq({}, payload)
      await expect(makeArticleAudio(req, id)).rejects.toThrow(/không phải âm thanh/)
      expect(vendor.calls[0].headers['x-api-key']).toBe('khoa-2')
      expect(vendor.calls[0].headers.authorization).toBeUndefined()
      expect(await generatedRows(id)).toHaveLength(0)
    } finally {
      await vendor.close()
    }
  })
})

describe('editors upload audio per voice', () => {
  const put = (name: string, type: string, data: Uint8Array, token = users.editor.token) =>
    upload(
      payload,
      '/api/article-audio',
      { name, type, data: new Uint8Array(data) as Uint8Array<ArrayBuffer> },
      {},
      { token },
    )
  const HTML = new TextEncoder().encode('<!doctype html><script>alert(1)</script>')
  // The first page of an Ogg Opus stream: what file-type reads to call it audio.
  const OPUS = new Uint8Array([
    ...new TextEncoder().encode('OggS'),
    0,
    2,
    ...new Array(20).fill(0),
    1,
    19,
    ...new TextEncoder().encode('OpusHead'),
    1,
    1,
    0x38,
    1,
    0x80,
    0xbb,
    0,
    0,
    0,
    0,
    0,
  ])

  it('MP3, WAV and Ogg Opus are accepted by content; HTML, a lying name, a big file and non-writers are refused', async () => {
    const wav = makeWav(1)
    const ok = await put('giong-nu.wav', 'application/octet-stream', wav)
    expect(ok.status).toBe(201)
    expect(ok.body.doc).toMatchObject({ mimeType: 'audio/wav', origin: 'upload' })
    expect((await put('giong.opus', 'audio/ogg', OPUS)).status).toBe(201)
    const html = await put('giong.mp3', 'audio/mpeg', HTML)
    expect(html.status).toBe(400)
    expect(html.body.errors[0].message).toMatch(
      /Chỉ nhận tệp âm thanh MP3, OGG\/Opus, WAV hoặc M4A/,
    )
    const lying = await put('giong.mp3', 'audio/mpeg', wav)
    expect(lying.status).toBe(400)
    expect(lying.body.errors[0].message).toMatch(/nội dung là tệp WAV/)
    process.env.AUDIO_FILE_MAX_MB = '0.01'
    try {
      expect((await put('dai.wav', 'audio/wav', makeWav(2))).status).toBe(400)
    } finally {
      delete process.env.AUDIO_FILE_MAX_MB
    }
    expect((await put('a.wav', 'audio/wav', wav, users.moderator.token)).status).toBe(403)
    expect(
      (
        await upload(
          payload,
          '/api/article-audio',
          { name: 'a.wav', type: 'audio/wav', data: wav },
          {},
        )
      ).status,
    ).toBe(403)
  })

  it("an editor's upload wins for its voice: the job makes only the other, a generated file cannot be passed off as an upload", async () => {
    const uploaded = await put('ban-doc-nu.wav', 'audio/wav', makeWav(3))
    expect(uploaded.status).toBe(201)
    const id = await publishedArticle('Bài có giọng nữ thu âm', short)
    await editLive(id, { audio: [{ voice: 'nu', file: uploaded.body.doc.id }] })
    await runAudioJobs()
    expect((await generatedRows(id)).map((r) => r.voice)).toEqual(['nam'])
    const audio = byVoice(await publicAudio(id))
    expect(audio.nu.id).toBe(uploaded.body.doc.id)
    expect(audio.nam.filename).toMatch(/-nam-[0-9a-f]{10}\.mp3$/)
    // Draft reads (the admin's form) show the uploads only.
    const draft = await payload.findByID({ collection: 'articles', id, draft: true, depth: 0 })
    expect(draft.audio?.map((a) => a.voice)).toEqual(['nu'])
    // A client that sends the live list back stores the upload only.
    await editLive(id, {
      audio: [
        { voice: 'nu', file: audio.nu.id },
        { voice: 'nam', file: audio.nam.id },
      ],
    })
    const stored = await payload.findByID({ collection: 'articles', id, draft: true, depth: 0 })
    expect(stored.audio?.map((a) => a.voice)).toEqual(['nu'])
    // Generated files are the job's: an editor cannot replace or edit one.
    const edit = await rest(payload, 'PATCH', `/api/article-audio/${audio.nam.id}`, {
      token: users['editor-in-chief'].token,
      body: { origin: 'upload' },
    })
    expect(edit.status).toBe(403)
    // Two files for one voice are refused.
    const twice = await rest(payload, 'PATCH', `/api/articles/${id}`, {
      token: users['editor-in-chief'].token,
      body: {
        audio: [
          { voice: 'nu', file: uploaded.body.doc.id },
          { voice: 'nu', file: uploaded.body.doc.id },
        ],
      },
    })
    expect(twice.status).toBe(400)
    expect(JSON.stringify(twice.body)).toContain('Mỗi giọng đọc chỉ có một tệp âm thanh.')
  })
})
