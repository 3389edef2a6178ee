import type { PayloadRequest } from 'payload'

import { insertCitizenText } from '../comments/insertCitizenText'
import { submitCitizenText, type CitizenTextKind } from '../comments/submitCitizenText'
import { validateCitizenText, type CitizenText } from '../comments/validateCitizenText'
import { countCharacters } from '../comments/countCharacters'
import { sanitizeComment } from '../comments/sanitizeComment'
import { requestSiteId } from '../sites/requestSite'

export const QUESTION_MAX = 5000
const TITLE_MAX = 200

export type QuestionInput = CitizenText & { title: string; site?: number }

/**
 * A citizen's question (POST /api/questions) through the comments' pipeline: a title of 5–200
 * characters, a text of 5–5,000, addressed to the site the request names (Host or /don-vi/).
 */
const question: CitizenTextKind<QuestionInput> = {
  perAddress: { name: 'QUESTION_IP', points: 5, seconds: 600 },
  perTarget: { name: 'QUESTION_PORTAL', points: 120, seconds: 60 },
  validate: (body) => {
    if (!body || typeof body !== 'object' || Array.isArray(body))
      return { error: 'Dữ liệu gửi lên không hợp lệ.' }
    const b = body as Record<string, unknown>
    const title = typeof b.title === 'string' ? sanitizeComment(b.title).replace(/\s+/g, ' ') : ''
    const length = countCharacters(title)
    if (length < 5) return { error: 'Vui lòng nhập tiêu đề câu hỏi (từ 5 ký tự trở lên).' }
    if (length > TITLE_MAX)
      return { error: `Tiêu đề câu hỏi không được dài quá ${TITLE_MAX} ký tự.` }
    const checked = validateCitizenText(b, {
      noun: 'câu hỏi',
      Noun: 'Nội dung câu hỏi',
      max: QUESTION_MAX,
    })
    return 'error' in checked ? checked : { input: { ...checked.input, title } }
  },
  targetKey: () => 'questions',
  checkTarget: async (req, input) => {
    input.site = (await requestSiteId(req)) ?? undefined
    return input.site ? null : 'Cổng thông tin chưa có trang đơn vị nào.'
  },
  insert: (req, input, ipHash, status, screened) =>
    insertCitizenText(req, 'questions', input, {
      ipHash,
      status,
      screened,
      data: { title: input.title, site: input.site },
    }),
  duplicate: 'Bạn đã gửi câu hỏi này rồi. Câu hỏi đang chờ trả lời.',
}

export const postQuestion = (args: { req: PayloadRequest; body: unknown; address: string }) =>
  submitCitizenText(question, args)
