import type { PayloadRequest } from 'payload'

import { submitCitizenText, type CitizenTextKind } from '../comments/submitCitizenText'
import { validateCitizenText, type CitizenText } from '../comments/validateCitizenText'
import { toId } from '../comments/validateCommentInput'
import { idOf } from '../sites/siteRoles'
import { insertCitizenText } from '../comments/insertCitizenText'
import { CLOSED, NOT_YET_OPEN, consultationPhase } from './consultationPhase'

export const FEEDBACK_MAX = 5000
const NOT_FOUND = 'Dự thảo không tồn tại hoặc chưa được công bố.'

export type FeedbackInput = CitizenText & { consultation: number; site?: number }

/**
 * Feedback on a draft (POST /api/consultations/{id}/feedback) through the comments' pipeline:
 * its own limits, 5–5,000 characters, and only while the published consultation is open.
 */
const feedback: CitizenTextKind<FeedbackInput> = {
  perAddress: { name: 'FEEDBACK_IP', points: 10, seconds: 600 },
  perTarget: { name: 'FEEDBACK_CONSULTATION', points: 120, seconds: 60 },
  validate: (body) => {
    if (!body || typeof body !== 'object' || Array.isArray(body))
      return { error: 'Dữ liệu gửi lên không hợp lệ.' }
    const b = body as Record<string, unknown>
    const consultation = toId(b.consultation)
    if (!Number.isSafeInteger(consultation) || consultation < 1) return { error: NOT_FOUND }
    const checked = validateCitizenText(b, { noun: 'góp ý', Noun: 'Góp ý', max: FEEDBACK_MAX })
    return 'error' in checked ? checked : { input: { ...checked.input, consultation } }
  },
  targetKey: (input) => String(input.consultation),
  checkTarget: async (req, input) => {
    // With the public's access: an unpublished consultation does not exist for citizens.
    const found = await req.payload.findByID({
      collection: 'consultations',
      id: input.consultation,
      overrideAccess: false,
      depth: 0,
      req,
      disableErrors: true,
      select: { opensAt: true, closesAt: true, published: true, site: true },
    })
    if (!found?.published) return NOT_FOUND
    const phase = consultationPhase(found)
    if (phase === 'upcoming') return NOT_YET_OPEN
    if (phase === 'closed') return CLOSED
    input.site = idOf(found.site) ?? undefined
    return null
  },
  insert: (req, input, ipHash, status, screened) =>
    insertCitizenText(req, 'consultation-feedback', input, {
      ipHash,
      status,
      screened,
      data: { consultation: input.consultation, site: input.site },
    }),
  duplicate: 'Bạn đã gửi góp ý này rồi. Góp ý đang chờ xử lý.',
}

export const postFeedback = (args: { req: PayloadRequest; body: unknown; address: string }) =>
  submitCitizenText(feedback, args)
