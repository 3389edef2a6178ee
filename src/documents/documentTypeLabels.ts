import type { DocumentType } from './documentAbbreviations'

/** How the portal names each type of document (admin options, public pages, filters). */
export const documentTypeLabels: Record<DocumentType, string> = {
  'nghi-quyet': 'Nghị quyết',
  'chi-thi': 'Chỉ thị',
  'ket-luan': 'Kết luận',
  'quy-dinh': 'Quy định',
  'quy-che': 'Quy chế',
  'quyet-dinh': 'Quyết định',
  'huong-dan': 'Hướng dẫn',
  'ke-hoach': 'Kế hoạch',
  'chuong-trinh': 'Chương trình',
  'thong-bao': 'Thông báo',
  'bao-cao': 'Báo cáo',
  'cong-van': 'Công văn',
  'to-trinh': 'Tờ trình',
  'de-an': 'Đề án',
  khac: 'Khác',
}
