import {
  APIError,
  type CollectionBeforeChangeHook,
  type CollectionSlug,
  type PayloadRequest,
} from 'payload'

import { hasRoleOnSite } from '../sites/siteRoles'
import { changesContent } from './changesContent'
import { isDraftSave } from './draftSave'
import { FOUR_EYES_MESSAGE, siteFourEyes } from './fourEyes'
import { isWorkflowWrite } from './writeWorkflowState'

const refuse = (message: string) => new APIError(message, 403, undefined, true)

/**
 * Only the workflow (POST /api/{articles|documents|pages}/{id}/transition, scheduled jobs)
 * publishes or changes the workflow state. Access rules alone miss version restores (update
 * access gets no data), so this runs on every create and update, whatever the API. Staff who are
 * not the chief change a published item only by saving a draft version over it: a correction,
 * reviewed before it goes live. The one direct publish allowed is the editor-in-chief or admin
 * saving changes to one that is already live, and with four-eyes on only when the save changes no
 * content.
 */
export const guardPublishing: CollectionBeforeChangeHook = async ({
  collection,
  data,
  originalDoc,
  operation,
  req,
  context,
}) => {
  if (isWorkflowWrite(context)) return data
  const next = { ...data }
  const creating = operation === 'create'
  // A draft save never publishes (a restore's data carries the old version's status; Payload
  // saves it as a draft anyway).
  if (!creating && isDraftSave(context)) next._status = 'draft'
  // The state, the submitter and a correction's state move only through transitions.
  next.workflowState = creating ? 'draft' : (originalDoc?.workflowState ?? 'draft')
  next.submittedBy = creating ? null : (originalDoc?.submittedBy ?? null)
  next.correction = creating ? null : (originalDoc?.correction ?? null)
  const site = originalDoc?.site ?? data.site
  const chief = hasRoleOnSite(req.user, site, 'admin', 'editor-in-chief')

  if (!creating && req.user && ['published', 'unpublished'].includes(next.workflowState)) {
    const correcting = isDraftSave(context) && (await isLive(req, collection.slug, originalDoc?.id))
    if (correcting) {
      // A reporter edits only a correction not yet submitted (like their own drafts).
      if (
        next.correction === 'in_review' &&
        !hasRoleOnSite(req.user, site, 'admin', 'editor-in-chief', 'editor')
      )
        throw refuse('Bản đính chính đang chờ duyệt: chỉ biên tập viên trở lên được sửa.')
      next.correction ??= 'draft'
    } else if (!chief) {
      throw refuse(
        'Tin bài đã xuất bản: hãy "Lưu nháp" để soạn bản đính chính rồi gửi duyệt; chỉ Tổng biên tập sửa trực tiếp bản đang hiện.',
      )
    }
  }

  if (next._status === 'published') {
    const live = originalDoc?._status === 'published' && originalDoc?.workflowState === 'published'
    if (!(live && chief)) {
      throw refuse(
        'Không thể xuất bản trực tiếp: bài viết phải được gửi duyệt và Tổng biên tập bấm "Xuất bản".',
      )
    }
  }
  // A save that leaves the item live (publishing, or not naming a status) and changes what readers
  // read is a publication by its own last editor.
  const goesLive =
    Boolean(req.user) &&
    !creating &&
    !isDraftSave(context) &&
    (next._status ?? originalDoc?._status) === 'published' &&
    originalDoc?._status === 'published'
  if (goesLive && changesContent(data, originalDoc) && (await siteFourEyes(req, site)))
    throw refuse(FOUR_EYES_MESSAGE)
  return next
}

/** Whether the item's live row is published (a draft saved now would be a correction to it). */
async function isLive(
  req: PayloadRequest,
  collection: CollectionSlug,
  id: unknown,
): Promise<boolean> {
  if (id === undefined || id === null) return false
  const row = await req.payload.db.findOne<{ id: number; _status?: string }>({
    collection,
    where: { id: { equals: id } },
    req,
  })
  return row?._status === 'published'
}
