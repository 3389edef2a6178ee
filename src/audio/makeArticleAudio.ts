import { isolateObjectProperty, type PayloadRequest } from 'payload'

import { revalidateArticleSites } from '../site/revalidateHooks'
import { idOf } from '../sites/siteRoles'
import { STORED_AUDIO_ONLY } from './audioFieldHooks'
import { findGeneratedAudio, newestPerVoice } from './generatedAudio'
import { speechHash, speechTextOf } from './speechText'
import { ttsProvider } from './ttsProvider'
import type { TtsProvider } from './ttsTypes'
import { isVoice, VOICES, type Voice } from './voices'

export type AudioRun = { made: Voice[]; unchanged: Voice[]; uploaded: Voice[]; skipped?: string }

/**
 * Makes the audio of an article's live text for each voice an editor has not uploaded a file for.
 * Reads the live (published) article and never writes it: a pending draft stays as it is. A voice
 * whose newest generated file was made from the same text and settings (hash) is left alone, so a
 * retry or a second job makes nothing twice. A new file gets a new name (slug, voice, hash) and
 * its row is written only once the file is whole; the page then switches to it. Older rows but
 * the previous one go, with their files.
 */
export async function makeArticleAudio(
  req: PayloadRequest,
  articleId: number,
  provider: TtsProvider | null = ttsProvider(),
): Promise<AudioRun> {
  const run: AudioRun = { made: [], unchanged: [], uploaded: [] }
  if (!provider) return { ...run, skipped: 'no-provider' }
  const { payload } = req
  const article = await payload.findByID({
    collection: 'articles',
    id: articleId,
    draft: false,
    depth: 0,
    req,
    overrideAccess: true,
    disableErrors: true,
    context: { [STORED_AUDIO_ONLY]: true },
  })
  if (!article || article._status !== 'published') return { ...run, skipped: 'not-published' }

  run.uploaded = VOICES.filter((v) => article.audio?.some((row) => row.voice === v && row.file))
  const wanted = VOICES.filter((v) => !run.uploaded.includes(v))
  const text = speechTextOf(article)
  const existing = await findGeneratedAudio(payload, article.id, wanted, req)
  const newest = newestPerVoice(existing)
  for (const voice of wanted) {
    const hash = speechHash(text, provider.fingerprint(voice))
    if (newest.get(voice)?.textHash === hash) {
      run.unchanged.push(voice)
      continue
    }
    const audio = await provider.synthesize(text, voice)
    await payload.create({
      collection: 'article-audio',
      data: {
        site: idOf(article.site)!,
        article: article.id,
        voice,
        origin: 'generated',
        textHash: hash,
        duration: audio.duration,
      },
      file: {
        data: audio.data,
        mimetype: audio.mime,
        name: `${article.slug || article.id}-${voice}-${hash.slice(0, 10)}.${audio.ext}`,
        size: audio.data.length,
      },
      // Jobs of one run share a request (only its transaction is their own), and a create with
      // a file sets req.file: without this, two articles' jobs could swap their files.
      req: isolateObjectProperty(req, 'file'),
      overrideAccess: true,
    })
    run.made.push(voice)
  }
  if (run.made.length) {
    await deleteOldGenerations(req, article.id, run.made)
    await revalidateArticleSites(req, article.id)
  }
  return run
}

/** Of each voice's generated rows, all but the newest two (current and previous) go. */
async function deleteOldGenerations(req: PayloadRequest, articleId: number, voices: Voice[]) {
  const rows = await findGeneratedAudio(req.payload, articleId, voices, req)
  const seen = new Map<Voice, number>()
  const old = rows.filter((row) => {
    if (!isVoice(row.voice)) return false
    const n = (seen.get(row.voice) ?? 0) + 1
    seen.set(row.voice, n)
    return n > 2
  })
  if (!old.length) return
  await req.payload.delete({
    collection: 'article-audio',
    where: { id: { in: old.map((row) => row.id) } },
    req,
    overrideAccess: true,
  })
}
