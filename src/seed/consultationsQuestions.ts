import type { Payload } from 'payload'

import { paragraphsToLexical } from '../lib/lexical'

export type LawReport = { consultations: number; questions: number }

const DAY = 86_400_000
const at = (days: number) => new Date(Date.now() + days * DAY).toISOString()

const consultations = (documentId: number | undefined) => [
  {
    slug: 'du-thao-nghi-quyet-chuyen-doi-so',
    title: 'Dự thảo Nghị quyết của Tỉnh ủy Vĩnh An về chuyển đổi số trong các cơ quan Đảng',
    document: documentId,
    summary: paragraphsToLexical([
      'Ban Thường vụ Tỉnh ủy Vĩnh An trân trọng đề nghị cán bộ, đảng viên và Nhân dân góp ý vào dự thảo.',
      'Ý kiến góp ý xin gửi bằng biểu mẫu dưới đây hoặc qua thư điện tử trước thời hạn.',
    ]),
    opensAt: at(-3),
    closesAt: at(30),
  },
  {
    slug: 'du-thao-quy-che-lam-viec',
    title: 'Dự thảo Quy chế làm việc của Ban Chấp hành Đảng bộ tỉnh Vĩnh An',
    summary: paragraphsToLexical(['Dự thảo đã hết thời hạn lấy ý kiến.']),
    feedbackSummary: paragraphsToLexical([
      'Ban Thường vụ đã nhận 42 ý kiến góp ý; 35 ý kiến được tiếp thu, 7 ý kiến được giải trình.',
    ]),
    opensAt: at(-60),
    closesAt: at(-30),
  },
]

const answered = (title: string, topic: string, content: string, answer: string) => ({
  title,
  topic,
  content,
  answer: paragraphsToLexical([answer]),
  status: 'published' as const,
})

const questions = [
  answered(
    'Thủ tục chuyển sinh hoạt Đảng khi thay đổi nơi cư trú',
    'thu-tuc',
    'Tôi chuyển về sinh sống tại xã khác trong tỉnh, cần làm thủ tục gì để chuyển sinh hoạt Đảng?',
    'Đảng viên làm đơn đề nghị, chi bộ nơi đang sinh hoạt xác nhận và cấp giấy giới thiệu sinh hoạt Đảng; đảng viên nộp giấy giới thiệu cho chi bộ nơi đến trong thời hạn 30 ngày.',
  ),
  answered(
    'Điều kiện kết nạp Đảng đối với thanh niên',
    'dang-vien',
    'Em năm nay 19 tuổi, đang là đoàn viên, cần những điều kiện gì để được xem xét kết nạp Đảng?',
    'Người từ đủ 18 tuổi, có lý lịch rõ ràng, học hết trung học cơ sở trở lên, đã học lớp bồi dưỡng nhận thức về Đảng và được hai đảng viên chính thức giới thiệu.',
  ),
  answered(
    'Lấy ý kiến Nhân dân vào dự thảo văn bản',
    'chinh-sach',
    'Người dân có thể góp ý vào dự thảo nghị quyết của Tỉnh ủy bằng cách nào?',
    'Người dân góp ý tại mục Góp ý dự thảo trên cổng thông tin hoặc gửi thư điện tử tới địa chỉ nhận góp ý ghi trong từng dự thảo.',
  ),
  {
    title: 'Thời gian tiếp công dân của Thường trực Tỉnh ủy',
    topic: 'khac',
    content: 'Xin cho biết lịch tiếp công dân định kỳ của Thường trực Tỉnh ủy Vĩnh An.',
    status: 'pending' as const,
  },
]

/**
 * One open consultation (linked to a public document of the site when there is one) and one
 * closed with its published summary; three answered questions and one pending. Fictional
 * province of Vĩnh An. Idempotent: matched by slug or title on the site.
 */
export async function seedConsultationsAndQuestions(
  payload: Payload,
  site: number,
): Promise<LawReport> {
  const report: LawReport = { consultations: 0, questions: 0 }
  const onSite = { site: { equals: site } }
  const exists = async (collection: 'consultations' | 'questions', field: string, value: string) =>
    (await payload.count({ collection, where: { and: [onSite, { [field]: { equals: value } }] } }))
      .totalDocs > 0
  const { docs } = await payload.find({
    collection: 'documents',
    overrideAccess: false,
    where: onSite,
    sort: '-issuedAt',
    limit: 1,
    depth: 0,
  })
  for (const c of consultations(docs[0]?.id)) {
    if (await exists('consultations', 'slug', c.slug)) continue
    await payload.create({
      collection: 'consultations',
      data: { ...c, site, receivingEmail: 'gopy@vinhan.example.vn', published: true } as never,
    })
    report.consultations++
  }
  for (const q of questions) {
    if (await exists('questions', 'title', q.title)) continue
    await payload.create({
      collection: 'questions',
      data: { ...q, site, authorName: 'Người dân Vĩnh An', ipHash: 'seed' } as never,
    })
    report.questions++
  }
  return report
}
