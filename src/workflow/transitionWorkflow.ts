import {
  APIError,
  commitTransaction,
  initTransaction,
  killTransaction,
  type PayloadRequest,
} from 'payload'

import { confirmCommitted } from '../lib/confirmCommitted'
import { checkTransition } from './checkTransition'
import { recordTransition } from './recordTransition'
import type { WorkflowState } from './states'
import { WORKFLOW_COLLECTIONS, type WorkflowCollection } from './workflowCollections'
import { writeWorkflowState, type WorkflowWrite } from './writeWorkflowState'

export type TransitionResult = {
  state: WorkflowState
  publishedAt?: string | null
  scheduled: boolean
}

export type TransitionArgs = {
  req: PayloadRequest
  id: number | string
  to: unknown
  note?: unknown
  publishedAt?: unknown
}

/**
 * Moves an article or a document along the editorial workflow: checks the rule (and, when
 * publishing, what may forbid it: a secret document), writes the new state and its live
 * projection (`_status`), records who/when/from/to/note, and queues the scheduled publish, all in
 * one database transaction. Throws APIError with 400/403/404 and a Vietnamese message.
 */
export async function transitionWorkflow(
  collection: WorkflowCollection,
  args: TransitionArgs,
): Promise<TransitionResult> {
  const { req, id } = args
  const workflow = WORKFLOW_COLLECTIONS[collection]
  const shouldCommit = await initTransaction(req)
  try {
    // Only "no such document" is a 404; a database failure propagates (→ 503 while Postgres is away).
    const doc = /^\d+$/.test(String(id))
      ? await req.payload.findByID({
          collection,
          id,
          req,
          overrideAccess: true,
          draft: true,
          depth: 0,
          disableErrors: true,
        })
      : null
    if (!doc) throw new APIError(`Không tìm thấy ${workflow.noun}.`, 404, undefined, true)

    const check = checkTransition({
      actor: req.user,
      article: doc,
      to: args.to,
      note: args.note,
      noun: workflow.noun,
    })
    if (!check.ok) throw new APIError(check.message, check.status, undefined, true)
    const { from, to } = check.transition
    const note = typeof args.note === 'string' ? args.note.normalize('NFC').trim() : ''

    const data: WorkflowWrite = { workflowState: to, _status: 'draft' }
    let scheduled = false
    let publishedAt = doc.publishedAt ?? null
    if (to === 'published') {
      const refusal = workflow.refusePublishing(doc as never)
      if (refusal) throw new APIError(refusal, 400, undefined, true)
      if (args.publishedAt !== undefined && args.publishedAt !== null) {
        const when = new Date(String(args.publishedAt))
        if (Number.isNaN(when.getTime())) {
          throw new APIError('Thời điểm xuất bản không hợp lệ.', 400, undefined, true)
        }
        publishedAt = when.toISOString()
      }
      publishedAt ??= new Date().toISOString()
      scheduled = new Date(publishedAt).getTime() > Date.now()
      data.publishedAt = publishedAt
      // A scheduled one stays off the live site until its time (the job publishes it).
      data._status = scheduled ? 'draft' : 'published'
    }

    await writeWorkflowState(req, id, data, collection)
    await recordTransition(req, {
      collection,
      id: doc.id,
      from,
      to,
      note: scheduled ? withSchedule(note, publishedAt!) : note,
    })
    if (scheduled) {
      await req.payload.jobs.queue({
        task: 'publishScheduledArticle',
        input: { articleId: Number(doc.id), collection },
        waitUntil: new Date(publishedAt!),
        req,
      })
    }
    if (shouldCommit) {
      await commitTransaction(req)
      await confirmCommitted(
        req.payload,
        `SELECT 1 FROM ${workflow.table} WHERE id = $1 AND workflow_state = $2`,
        [doc.id, to],
      )
    }
    return { state: to, publishedAt, scheduled }
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}

function withSchedule(note: string, at: string): string {
  const line = `Hẹn giờ xuất bản: ${new Date(at).toISOString()}`
  return note ? `${note}\n${line}` : line
}
