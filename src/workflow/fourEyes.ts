import type { PayloadRequest } from 'payload'

import { idOf } from '../sites/siteRoles'

export const FOUR_EYES_MESSAGE =
  'Nguyên tắc bốn mắt: người gửi duyệt hoặc sửa nội dung cuối cùng không được tự xuất bản.'

type Reviewed = { submittedBy?: unknown; lastContentEditor?: unknown }

/** Four-eyes (DESIGN): whether `actorId` submitted the item or last changed its content. */
export function breaksFourEyes(actorId: unknown, item: Reviewed): boolean {
  if (actorId === undefined || actorId === null) return false
  const me = String(actorId)
  return [item.submittedBy, item.lastContentEditor].some(
    (who) => idOf(who as never) !== null && String(idOf(who as never)) === me,
  )
}

/** Whether the site has four-eyes on (`settings.fourEyes`), read in the caller's transaction. */
export async function siteFourEyes(req: PayloadRequest, site: unknown): Promise<boolean> {
  const id = idOf(site as never)
  if (id === null) return false
  const row = await req.payload.findByID({
    collection: 'sites',
    id,
    depth: 0,
    req,
    overrideAccess: true,
    disableErrors: true,
    select: { settings: true },
  })
  return Boolean((row?.settings as { fourEyes?: boolean } | undefined)?.fourEyes)
}
