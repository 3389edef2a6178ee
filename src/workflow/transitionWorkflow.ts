import {
  APIError,
  commitTransaction,
  initTransaction,
  killTransaction,
  type PayloadRequest,
} from 'payload'

import { confirmCommitted } from '../lib/confirmCommitted'
import { checkTransition } from './checkTransition'
import { siteFourEyes } from './fourEyes'
import { recordTransition } from './recordTransition'
import type { CorrectionState, Transition, WorkflowState } from './states'
import { WORKFLOW_COLLECTIONS, type WorkflowCollection } from './workflowCollections'
import { writeWorkflowState, type WorkflowWrite } from './writeWorkflowState'

export type TransitionResult = {
  /** The item's (live) state. A correction's moves leave it `published`. */
  state: WorkflowState
  publishedAt?: string | null
  scheduled: boolean
  /** Set for a correction's move: where the correction now is (null once published). */
  correction?: CorrectionState | null
  from?: WorkflowState
  to?: WorkflowState
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
      fourEyes: await siteFourEyes(req, doc.site),
    })
    if (!check.ok) throw new APIError(check.message, check.status, undefined, true)
    const { from, to } = check.transition
    const note = typeof args.note === 'string' ? args.note.normalize('NFC').trim() : ''
    if (check.transition.correction) {
      const result = await moveCorrection(req, collection, doc, check.transition, note)
      if (shouldCommit) await commitTransaction(req)
      return result
    }

    const data: WorkflowWrite = { workflowState: to, _status: 'draft' }
    // Who submitted it (four-eyes). Taking an item down ends a pending correction: its draft
    // becomes the working copy, reviewed again before it goes back online.
    if (to === 'in_review') data.submittedBy = Number(req.user!.id)
    if (to === 'unpublished') data.correction = null
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
    return { state: to, publishedAt, scheduled, from, to }
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}

/**
 * A correction's move. Submitting and returning write a new draft version only (`draft: true`),
 * so the live row and what the public reads stay as they are; publishing makes the latest draft
 * live (a non-draft update copies it into the live row) and keeps the original publication time.
 */
async function moveCorrection(
  req: PayloadRequest,
  collection: WorkflowCollection,
  doc: { id: number | string; publishedAt?: string | null },
  transition: Transition,
  note: string,
): Promise<TransitionResult> {
  const { from, to } = transition
  const publishing = to === 'published'
  const data: WorkflowWrite = publishing
    ? { _status: 'published', correction: null }
    : { correction: to as CorrectionState }
  if (to === 'in_review') data.submittedBy = Number(req.user!.id)
  await writeWorkflowState(req, doc.id, data, collection, { draft: !publishing })
  await recordTransition(req, { collection, id: doc.id, from, to, note, correction: true })
  return {
    state: 'published',
    publishedAt: doc.publishedAt ?? null,
    scheduled: false,
    correction: publishing ? null : (to as CorrectionState),
    from,
    to,
  }
}

function withSchedule(note: string, at: string): string {
  const line = `Hẹn giờ xuất bản: ${new Date(at).toISOString()}`
  return note ? `${note}\n${line}` : line
}
