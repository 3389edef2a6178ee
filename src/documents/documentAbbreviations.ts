/**
 * The abbreviations of document codes: Party documents follow Hướng dẫn 36-HD/VPTW
 * ("15-NQ/TU"), State documents Nghị định 30/2020/NĐ-CP, Phụ lục III ("42/2022/NĐ-CP").
 * Spelling is canonical as written here (QĐi, CTr, TTr, TTg keep their small letters).
 * A type outside DESIGN's list (thông tri, nghị định, thông tư…) is `khac` with its own name.
 */

export const documentTypes = [
  'nghi-quyet',
  'chi-thi',
  'ket-luan',
  'quy-dinh',
  'quy-che',
  'quyet-dinh',
  'huong-dan',
  'ke-hoach',
  'chuong-trinh',
  'thong-bao',
  'bao-cao',
  'cong-van',
  'to-trinh',
  'de-an',
  'khac',
] as const

export type DocumentType = (typeof documentTypes)[number]

export type TypeEntry = { type: DocumentType; name: string }

const t = (type: DocumentType, name: string): TypeEntry => ({ type, name })

/** Kinds of documents that both formats share, with the same abbreviation. */
const sharedTypes: Record<string, TypeEntry> = {
  NQ: t('nghi-quyet', 'nghị quyết'),
  QĐ: t('quyet-dinh', 'quyết định'),
  CT: t('chi-thi', 'chỉ thị'),
  QC: t('quy-che', 'quy chế'),
  HD: t('huong-dan', 'hướng dẫn'),
  KH: t('ke-hoach', 'kế hoạch'),
  CTr: t('chuong-trinh', 'chương trình'),
  TB: t('thong-bao', 'thông báo'),
  BC: t('bao-cao', 'báo cáo'),
  TTr: t('to-trinh', 'tờ trình'),
  ĐA: t('de-an', 'đề án'),
  DA: t('khac', 'dự án'),
  PA: t('khac', 'phương án'),
  BB: t('khac', 'biên bản'),
  TC: t('khac', 'thông cáo'),
  CĐ: t('khac', 'công điện'),
  GM: t('khac', 'giấy mời'),
  GGT: t('khac', 'giấy giới thiệu'),
  PG: t('khac', 'phiếu gửi'),
  PC: t('khac', 'phiếu chuyển'),
  PB: t('khac', 'phiếu báo'),
}

export const partyTypes: Record<string, TypeEntry> = {
  ...sharedTypes,
  KL: t('ket-luan', 'kết luận'),
  QĐi: t('quy-dinh', 'quy định'),
  CV: t('cong-van', 'công văn'),
  TT: t('khac', 'thông tri'),
  GCN: t('khac', 'giấy chứng nhận'),
}

export const stateTypes: Record<string, TypeEntry> = {
  ...sharedTypes,
  QyĐ: t('quy-dinh', 'quy định'),
  NĐ: t('khac', 'nghị định'),
  TT: t('khac', 'thông tư'),
  TTLT: t('khac', 'thông tư liên tịch'),
  PL: t('khac', 'pháp lệnh'),
  HĐ: t('khac', 'hợp đồng'),
  BGN: t('khac', 'bản ghi nhớ'),
  BTT: t('khac', 'bản thỏa thuận'),
  GUQ: t('khac', 'giấy ủy quyền'),
  GNP: t('khac', 'giấy nghỉ phép'),
}

/** Party bodies; the province's own are "…TU" (Tỉnh ủy), the centre's "…TW". */
export const partyIssuers: Record<string, string> = {
  TW: 'Ban Chấp hành Trung ương',
  BCT: 'Bộ Chính trị',
  BBT: 'Ban Bí thư',
  VPTW: 'Văn phòng Trung ương Đảng',
  BTCTW: 'Ban Tổ chức Trung ương',
  BTGTW: 'Ban Tuyên giáo Trung ương',
  BTGDVTW: 'Ban Tuyên giáo và Dân vận Trung ương',
  BDVTW: 'Ban Dân vận Trung ương',
  UBKTTW: 'Ủy ban Kiểm tra Trung ương',
  TU: 'Tỉnh ủy',
  BTVTU: 'Ban Thường vụ Tỉnh ủy',
  VPTU: 'Văn phòng Tỉnh ủy',
  BTCTU: 'Ban Tổ chức Tỉnh ủy',
  BTGTU: 'Ban Tuyên giáo Tỉnh ủy',
  BTGDVTU: 'Ban Tuyên giáo và Dân vận Tỉnh ủy',
  BDVTU: 'Ban Dân vận Tỉnh ủy',
  UBKTTU: 'Ủy ban Kiểm tra Tỉnh ủy',
  BNCTU: 'Ban Nội chính Tỉnh ủy',
  ĐU: 'Đảng ủy',
  ĐUK: 'Đảng ủy Khối',
  BTVĐU: 'Ban Thường vụ Đảng ủy',
  UBKTĐU: 'Ủy ban Kiểm tra Đảng ủy',
  CB: 'Chi bộ',
}

export const stateIssuers: Record<string, string> = {
  QH: 'Quốc hội',
  UBTVQH: 'Ủy ban Thường vụ Quốc hội',
  CP: 'Chính phủ',
  TTg: 'Thủ tướng Chính phủ',
  VPCP: 'Văn phòng Chính phủ',
  UBND: 'Ủy ban nhân dân',
  HĐND: 'Hội đồng nhân dân',
  BNV: 'Bộ Nội vụ',
  BTC: 'Bộ Tài chính',
  BCA: 'Bộ Công an',
  BQP: 'Bộ Quốc phòng',
  BTP: 'Bộ Tư pháp',
  BYT: 'Bộ Y tế',
  BXD: 'Bộ Xây dựng',
  BCT: 'Bộ Công Thương',
  BNG: 'Bộ Ngoại giao',
  BGDĐT: 'Bộ Giáo dục và Đào tạo',
  BKHCN: 'Bộ Khoa học và Công nghệ',
  BTTTT: 'Bộ Thông tin và Truyền thông',
  BVHTTDL: 'Bộ Văn hóa, Thể thao và Du lịch',
  BNNMT: 'Bộ Nông nghiệp và Môi trường',
  NHNN: 'Ngân hàng Nhà nước Việt Nam',
  SNV: 'Sở Nội vụ',
  VP: 'Văn phòng',
}
