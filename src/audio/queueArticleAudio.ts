import type { CollectionAfterChangeHook } from 'payload'

import type { Article } from '../payload-types'
import { MAKE_AUDIO_TASK } from './makeArticleAudioTask'
import { ttsProvider } from './ttsProvider'

/** Context key: writes that must not queue audio (bulk imports choose which articles get it). */
export const NO_ARTICLE_AUDIO = 'noArticleAudio'

/**
 * Every write of an article's live version (a publish, a scheduled publish, a live save) queues
 * the audio job in the same transaction; the job decides from the text hash whether anything is
 * to be made. Comparing here is not reliable: Payload's `previousDoc` of a publish is the pending
 * draft, not the live text it replaces. Draft saves and unpublishing queue nothing.
 */
export const queueArticleAudio: CollectionAfterChangeHook<Article> = async ({
  doc,
  req,
  context,
}) => {
  if (doc._status !== 'published' || context[NO_ARTICLE_AUDIO] || !ttsProvider()) return doc
  await req.payload.jobs.queue({ task: MAKE_AUDIO_TASK, input: { article: doc.id }, req })
  return doc
}
