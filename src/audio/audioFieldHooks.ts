import type { FieldHook } from 'payload'

import { findGeneratedAudio, newestPerVoice } from './generatedAudio'
import { VOICES } from './voices'

type Row = { id?: string | null; voice?: string | null; file?: unknown }

const fileId = (file: unknown) =>
  typeof file === 'object' && file ? Number((file as { id: unknown }).id) : Number(file)

/** Context key: read the stored uploads only (the audio job must not take its own files for uploads). */
export const STORED_AUDIO_ONLY = 'storedAudioOnly'

/**
 * Live reads (REST, GraphQL, Local API without `draft`) list each voice the article can be heard
 * in: the editor's upload, else the newest generated file. Draft reads (the admin's edit form) and
 * unpublished articles show the uploads only.
 */
export const withGeneratedAudio: FieldHook = async ({
  value,
  data,
  draft,
  depth,
  req,
  context,
}) => {
  const rows = (value as Row[] | null | undefined) ?? []
  const article = data as { id?: number; _status?: string } | undefined
  if (draft || context[STORED_AUDIO_ONLY]) return value
  if (article?._status !== 'published' || typeof article.id !== 'number') return value
  const missing = VOICES.filter((v) => !rows.some((row) => row.voice === v))
  if (!missing.length) return value
  const newest = newestPerVoice(await findGeneratedAudio(req.payload, article.id, missing, req))
  const generated = missing.flatMap((voice) => {
    const doc = newest.get(voice)
    if (!doc) return []
    const { textHash: _hash, ...file } = doc
    return [{ id: `tts-${voice}`, voice, file: depth === 0 ? doc.id : file }]
  })
  return generated.length ? [...rows, ...generated] : value
}

/** A write that sends a generated file back (e.g. a read-modify-write client) stores uploads only. */
export const dropGeneratedRows: FieldHook = async ({ value, req }) => {
  const rows = (value as Row[] | null | undefined) ?? []
  const ids = rows.map((row) => fileId(row.file)).filter(Number.isFinite)
  if (!ids.length) return value
  const { docs } = await req.payload.find({
    collection: 'article-audio',
    where: { and: [{ id: { in: ids } }, { origin: { equals: 'generated' } }] },
    limit: ids.length,
    depth: 0,
    req,
    overrideAccess: true,
    select: {},
  })
  const generated = new Set(docs.map((d) => d.id))
  return rows.filter((row) => !generated.has(fileId(row.file)))
}
