import type { Payload, PayloadRequest } from 'payload'

import type { ArticleAudio } from '../payload-types'
import type { Voice } from './voices'

/**
 * Generated audio rows of an article, newest first per voice. The newest is the one played; the
 * one before it is kept until the next regeneration, so a page still cached (nginx keeps pages up
 * to a minute) never points at a deleted file.
 */
export async function findGeneratedAudio(
  payload: Payload,
  articleId: number,
  voices: readonly Voice[],
  req?: PayloadRequest,
): Promise<ArticleAudio[]> {
  if (!voices.length) return []
  const { docs } = await payload.find({
    collection: 'article-audio',
    where: {
      and: [
        { article: { equals: articleId } },
        { origin: { equals: 'generated' } },
        { voice: { in: [...voices] } },
      ],
    },
    sort: ['-createdAt', '-id'],
    limit: 50,
    depth: 0,
    overrideAccess: true,
    showHiddenFields: true,
    ...(req ? { req } : {}),
  })
  return docs
}

/** The file played for each voice: the newest generated row. */
export function newestPerVoice(rows: ArticleAudio[]): Map<Voice, ArticleAudio> {
  const newest = new Map<Voice, ArticleAudio>()
  for (const row of rows) if (row.voice && !newest.has(row.voice)) newest.set(row.voice, row)
  return newest
}
