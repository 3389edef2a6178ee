import type { CollectionAfterChangeHook } from 'payload'

export const ANSWER_EMAIL_TASK = 'sendQuestionAnswer'

/**
 * When a question with an asker's email is published, one mail with the answer is queued in the
 * same transaction (src/questions/sendAnswerTask.ts sends it, at most once).
 */
export const queueAnswerEmail: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  const published = doc.status === 'published' && previousDoc?.status !== 'published'
  if (published && doc.authorEmail && !doc.answerEmailedAt)
    await req.payload.jobs.queue({ task: ANSWER_EMAIL_TASK, input: { questionId: doc.id }, req })
  return doc
}
