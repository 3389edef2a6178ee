/**
 * Deterministic synthetic Party documents for the documents benchmark: Party-format codes
 * ("15-NQ/TU"), titles (trích yếu) and ~5 pages of text in administrative Vietnamese, standing in
 * for the text extracted from their PDFs. Written for this project.
 */
const kinds = [
  { abbr: 'NQ', type: 'nghi-quyet', name: 'Nghị quyết' },
  { abbr: 'CT', type: 'chi-thi', name: 'Chỉ thị' },
  { abbr: 'KL', type: 'ket-luan', name: 'Kết luận' },
  { abbr: 'QĐ', type: 'quyet-dinh', name: 'Quyết định' },
  { abbr: 'HD', type: 'huong-dan', name: 'Hướng dẫn' },
  { abbr: 'KH', type: 'ke-hoach', name: 'Kế hoạch' },
  { abbr: 'TB', type: 'thong-bao', name: 'Thông báo' },
  { abbr: 'BC', type: 'bao-cao', name: 'Báo cáo' },
] as const
const issuers = [
  { abbr: 'TU', name: 'Tỉnh ủy Vĩnh An' },
  { abbr: 'BTVTU', name: 'Ban Thường vụ Tỉnh ủy' },
  { abbr: 'VPTU', name: 'Văn phòng Tỉnh ủy' },
  { abbr: 'BTCTU', name: 'Ban Tổ chức Tỉnh ủy' },
]
const subjects = [
  'tăng cường công tác xây dựng Đảng',
  'đẩy mạnh chuyển đổi số',
  'xây dựng nông thôn mới nâng cao',
  'cải cách hành chính',
  'phòng, chống tham nhũng, tiêu cực',
  'công tác dân vận',
  'bảo đảm an sinh xã hội',
  'phát triển kinh tế tập thể',
  'bảo vệ môi trường làng nghề',
  'giảm nghèo bền vững',
  'công tác cán bộ',
  'phát triển du lịch cộng đồng',
]
const places = ['trên địa bàn tỉnh', 'ở cơ sở', 'tại các xã, phường', 'trong Đảng bộ tỉnh']
const fields = ['Xây dựng Đảng', 'Kinh tế', 'Văn hóa - Xã hội', 'Tổ chức cán bộ', 'Kiểm tra']
const signers = ['Nguyễn Văn Bình', 'Trần Thị Hoa', 'Lê Minh Tâm', 'Phạm Quốc Hưng']
const sentences = [
  'Các cấp ủy, tổ chức đảng quán triệt sâu sắc mục tiêu, nhiệm vụ và giải pháp nêu trong văn bản này.',
  'Ban Thường vụ Tỉnh ủy giao Ban Tuyên giáo và Dân vận chủ trì, phối hợp hướng dẫn thực hiện.',
  'Ủy ban nhân dân tỉnh cụ thể hóa bằng chương trình, kế hoạch hằng năm, bố trí nguồn lực phù hợp.',
  'Định kỳ sáu tháng, các đảng bộ trực thuộc báo cáo kết quả về Văn phòng Tỉnh ủy để tổng hợp.',
  'Phấn đấu đến năm 2030, tỷ lệ hồ sơ thủ tục hành chính giải quyết trực tuyến đạt trên chín mươi phần trăm.',
  'Người đứng đầu cấp ủy chịu trách nhiệm trực tiếp về kết quả triển khai tại địa phương, đơn vị mình.',
  'Các chi bộ nâng cao chất lượng sinh hoạt, gắn việc thực hiện với nhiệm vụ chính trị của cơ sở.',
  'Ủy ban Kiểm tra các cấp tăng cường kiểm tra, giám sát việc chấp hành, kịp thời chấn chỉnh sai sót.',
  'Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội vận động nhân dân tích cực hưởng ứng.',
  'Kinh phí thực hiện được bố trí từ ngân sách nhà nước và các nguồn huy động hợp pháp khác.',
  'Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các địa phương phản ánh kịp thời để xem xét.',
  'Văn bản này có hiệu lực kể từ ngày ký và được phổ biến đến chi bộ, đảng viên.',
]

function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export type SyntheticDocument = {
  code: string
  type: string
  title: string
  issuer: string
  signer: string
  field: string
  issuedAt: Date
  expiresAt: Date | null
  /** About five pages (≈ 2,300 words) of text, as extracted from its PDF. */
  text: string
  pageCount: number
}

export const WORDS_PER_PAGE = 460

export function* syntheticDocuments(count: number): Generator<SyntheticDocument> {
  const rnd = random(20261130)
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)]
  for (let i = 0; i < count; i++) {
    const kind = kinds[i % kinds.length]
    const issuer = pick(issuers)
    const year = 2015 + Math.floor(rnd() * 12)
    const subject = pick(subjects)
    const title = `${kind.name} về ${subject} ${pick(places)} giai đoạn ${year}-${year + 5} (số ${i + 1})`
    const pages: string[] = []
    for (let page = 0; page < 5; page++) {
      let words = 0
      const lines: string[] = []
      while (words < WORDS_PER_PAGE) {
        const line = `${pick(sentences)} Về ${pick(subjects)}, ${pick(sentences).toLowerCase()}`
        words += line.split(' ').length
        lines.push(line)
      }
      pages.push(lines.join(' '))
    }
    yield {
      code: `${Math.floor(i / kinds.length) + 1}-${kind.abbr}/${issuer.abbr}`,
      type: kind.type,
      title,
      issuer: issuer.name,
      signer: pick(signers),
      field: pick(fields),
      issuedAt: new Date(Date.UTC(year, Math.floor(rnd() * 12), 1 + Math.floor(rnd() * 28), 2)),
      expiresAt: rnd() < 0.2 ? new Date(Date.UTC(year + 3, 0, 1)) : null,
      text: pages.join('\n\f\n'),
      pageCount: 5,
    }
  }
}

/** Queries a reader might type for documents: codes in several shapes, words with and without tones. */
export const documentQueries = [
  '15-NQ/TU',
  'nq 15',
  'nghi quyet 15',
  '27 ct btvtu',
  'chỉ thị 27',
  'chuyển đổi số',
  'chuyen doi so',
  'cải cách hành chính',
  'cong tac dan van',
  'giảm nghèo bền vững',
  'du lich cong dong',
  'Đảng bộ tỉnh',
  'kiểm tra, giám sát',
  'ket luan 40',
  '',
]
