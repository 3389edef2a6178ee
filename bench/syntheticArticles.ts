/**
 * Deterministic synthetic Vietnamese articles for the search benchmark: plausible Party
 * committee news vocabulary, ~600-word bodies. Written for this project.
 */
const subjects = [
  'Đảng ủy',
  'Ban Thường vụ Tỉnh ủy',
  'Huyện ủy',
  'Ủy ban nhân dân',
  'Mặt trận Tổ quốc',
  'Đoàn Thanh niên',
  'Hội Nông dân',
  'Hội Liên hiệp Phụ nữ',
  'Chi bộ',
  'Đảng bộ xã',
]
const actions = [
  'tổng kết',
  'triển khai',
  'sơ kết',
  'kiểm tra',
  'giám sát',
  'quán triệt',
  'phát động',
  'đánh giá',
  'chỉ đạo',
  'hướng dẫn',
]
const topics = [
  'công tác xây dựng Đảng',
  'chuyển đổi số',
  'xây dựng nông thôn mới',
  'cải cách hành chính',
  'phòng, chống tham nhũng',
  'công tác dân vận',
  'an sinh xã hội',
  'phát triển kinh tế tập thể',
  'bảo vệ môi trường',
  'giảm nghèo bền vững',
  'công tác cán bộ',
  'học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh',
]
const places = [
  'tỉnh Vĩnh An',
  'huyện Tân Phú',
  'huyện Hòa Bình',
  'thành phố Bắc Sơn',
  'xã Tân Lập',
  'xã Phú Mỹ',
  'phường Đông Hòa',
  'thị trấn Lộc Ninh',
]
const sentences = [
  'Hội nghị đã thảo luận, thống nhất các giải pháp trọng tâm trong thời gian tới.',
  'Các đại biểu tập trung phân tích những kết quả đạt được, chỉ rõ hạn chế và nguyên nhân.',
  'Cấp ủy yêu cầu các chi bộ tiếp tục nâng cao chất lượng sinh hoạt, phát huy vai trò của đảng viên.',
  'Nhiều mô hình hay, cách làm sáng tạo đã được nhân rộng, tạo sức lan tỏa trong cộng đồng.',
  'Công tác tuyên truyền được đổi mới theo hướng thiết thực, gần gũi với người dân.',
  'Tỷ lệ hồ sơ thủ tục hành chính được giải quyết đúng hạn đạt trên chín mươi phần trăm.',
  'Đời sống vật chất và tinh thần của nhân dân từng bước được cải thiện rõ rệt.',
  'Đồng chí Bí thư nhấn mạnh yêu cầu siết chặt kỷ luật, kỷ cương hành chính.',
  'Hệ thống chính trị cơ sở được củng cố, hoạt động ngày càng hiệu quả.',
  'Các ngành chức năng phối hợp chặt chẽ, kịp thời tháo gỡ khó khăn, vướng mắc.',
  'Nông dân được hỗ trợ giống, kỹ thuật và tiêu thụ sản phẩm theo chuỗi giá trị.',
  'Thanh niên xung kích tham gia các phần việc chuyển đổi số tại khu dân cư.',
]

/** Mulberry32: a small seeded generator, so every run indexes the same documents. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export type SyntheticArticle = {
  title: string
  summary: string
  paragraphs: string[]
  tags: string[]
  publishedAt: Date
  categoryIndex: number
}

export function* syntheticArticles(count: number, categories: number): Generator<SyntheticArticle> {
  const rnd = random(20261124)
  const pick = <T>(list: T[]) => list[Math.floor(rnd() * list.length)]
  const start = Date.UTC(2020, 0, 1)
  const span = Date.UTC(2026, 10, 1) - start
  for (let i = 0; i < count; i++) {
    const subject = pick(subjects)
    const topic = pick(topics)
    const place = pick(places)
    const paragraphs: string[] = []
    let words = 0
    while (words < 600) {
      const paragraph =
        Array.from({ length: 4 }, () => pick(sentences)).join(' ') +
        ` ${subject} ${place} ${pick(actions)} ${pick(topics)}.`
      words += paragraph.split(' ').length
      paragraphs.push(paragraph)
    }
    yield {
      title: `${subject} ${place} ${pick(actions)} ${topic} (bài ${i + 1})`,
      summary: `${pick(sentences)} ${subject} ${place} ${pick(actions)} ${topic}.`,
      paragraphs,
      tags: [topic, place],
      publishedAt: new Date(start + Math.floor(rnd() * span)),
      categoryIndex: i % categories,
    }
  }
}

/** Queries a reader might type (with and without tone marks), for the latency figures. */
export const benchQueries = [
  'dang uy',
  'chuyển đổi số',
  'nong thon moi',
  'cải cách hành chính',
  'tan phu',
  'phòng chống tham nhũng',
  'hoi nong dan',
  'an sinh xa hoi',
  'giảm nghèo',
  'cong tac can bo',
  'Hòa Bình',
  'bac son',
  'đoàn thanh niên',
  'mat tran to quoc',
  '',
]
