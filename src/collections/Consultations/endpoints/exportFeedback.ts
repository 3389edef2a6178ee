import type { Endpoint } from 'payload'

import { feedbackWorkbook } from '../../../consultations/feedbackWorkbook'
import { FEEDBACK_READERS } from '../../../consultations/roles'
import { errorResponse } from '../../../lib/errorResponse'
import { slugify } from '../../../lib/vietnamese'
import { hasRoleOnSite } from '../../../sites/siteRoles'

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/**
 * GET /api/consultations/{id}/feedback.xlsx: every piece of feedback (spam left out), for the
 * editorial board and moderators of the consultation's site; 401 signed out, 403 anyone else.
 */
export const exportFeedbackEndpoint: Endpoint = {
  path: '/:id/feedback.xlsx',
  method: 'get',
  handler: async (req) => {
    if (!req.user) return errorResponse(401, 'Bạn cần đăng nhập.')
    const id = Number(req.routeParams?.id)
    const consultation = Number.isSafeInteger(id)
      ? await req.payload.findByID({
          collection: 'consultations',
          id,
          depth: 0,
          overrideAccess: true,
          disableErrors: true,
          req,
        })
      : null
    if (!consultation) return errorResponse(404, 'Không tìm thấy dự thảo.')
    if (!hasRoleOnSite(req.user, consultation.site as never, ...FEEDBACK_READERS))
      return errorResponse(403, 'Bạn không có quyền xem góp ý của dự thảo này.')
    const { docs } = await req.payload.find({
      collection: 'consultation-feedback',
      where: { and: [{ consultation: { equals: id } }, { status: { not_equals: 'spam' } }] },
      sort: 'createdAt',
      limit: 0,
      depth: 0,
      overrideAccess: false,
      user: req.user,
      req,
    })
    const file = await feedbackWorkbook(consultation.title, docs)
    const name = `gop-y-${slugify(consultation.title, 60) || id}.xlsx`
    return new Response(new Uint8Array(file), {
      headers: {
        'Content-Type': XLSX,
        'Content-Disposition': `attachment; filename="${name}"`,
        'Cache-Control': 'private, no-store',
      },
    })
  },
}
