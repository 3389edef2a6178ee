import type { DocumentType } from '../documents/documentAbbreviations'

/**
 * Demo documents of the fictional Tỉnh ủy Vĩnh An: invented text in the shapes Party committees
 * publish (never a copy of a real document). One is secret and one internal, to show that they
 * stay in the admin; one replaces an older one, to show "Bị thay thế bởi …".
 */
export type SeedDocument = {
  code: string
  type?: DocumentType
  title: string
  signer: string
  issuedAt: string
  effectiveAt?: string
  expiresAt?: string
  field: string
  secrecy?: 'thuong' | 'mat'
  scope?: 'public' | 'internal'
  state: 'published' | 'in_review' | 'draft'
  /** Code of the document this one replaces. */
  replaces?: string
  /** Lines of the PDF, one list per page. */
  pages: string[][]
}

export const seedDocuments: SeedDocument[] = [
  {
    code: '08-NQ/TU',
    title:
      'Nghị quyết về đẩy mạnh chuyển đổi số trong các cơ quan Đảng tỉnh Vĩnh An giai đoạn 2021 - 2025',
    signer: 'Trần Minh Đức',
    issuedAt: '2021-09-15',
    effectiveAt: '2021-09-15',
    field: 'Chuyển đổi số',
    state: 'published',
    pages: [
      [
        'TỈNH ỦY VĨNH AN',
        'Số 08-NQ/TU',
        'NGHỊ QUYẾT',
        'về đẩy mạnh chuyển đổi số trong các cơ quan Đảng',
      ],
      ['Mục tiêu đến năm 2025: 100% văn bản được trao đổi dưới dạng điện tử.'],
    ],
  },
  {
    code: '15-NQ/TU',
    title: 'Nghị quyết về chuyển đổi số và phát triển kinh tế số tỉnh Vĩnh An đến năm 2030',
    signer: 'Trần Minh Đức',
    issuedAt: '2025-03-20',
    effectiveAt: '2025-04-01',
    field: 'Chuyển đổi số',
    state: 'published',
    replaces: '08-NQ/TU',
    pages: [
      [
        'TỈNH ỦY VĨNH AN',
        'Số 15-NQ/TU',
        'NGHỊ QUYẾT',
        'về chuyển đổi số và phát triển kinh tế số đến năm 2030',
      ],
      ['I. Tình hình và nguyên nhân', 'Hội nghị không giấy tờ được triển khai ở 100% xã, phường.'],
      ['II. Mục tiêu', 'Kinh tế số chiếm 20% GRDP của tỉnh vào năm 2030.'],
    ],
  },
  {
    code: '05-CT/TU',
    title: 'Chỉ thị về tăng cường sự lãnh đạo của Đảng đối với công tác dân vận ở cơ sở',
    signer: 'Lê Thị Hồng',
    issuedAt: '2025-06-02',
    field: 'Dân vận',
    state: 'published',
    pages: [['TỈNH ỦY VĨNH AN', 'Số 05-CT/TU', 'CHỈ THỊ', 'về công tác dân vận ở cơ sở']],
  },
  {
    code: '12-KH/TU',
    title: 'Kế hoạch tổ chức đại hội chi bộ trực thuộc Đảng bộ xã nhiệm kỳ 2025 - 2027',
    signer: 'Lê Thị Hồng',
    issuedAt: '2024-11-05',
    expiresAt: '2025-06-30',
    field: 'Xây dựng Đảng',
    state: 'published',
    pages: [
      ['TỈNH ỦY VĨNH AN', 'Số 12-KH/TU', 'KẾ HOẠCH', 'tổ chức đại hội chi bộ nhiệm kỳ 2025 - 2027'],
    ],
  },
  {
    code: '03-KL/TU',
    title: 'Kết luận của Ban Thường vụ Tỉnh ủy về sắp xếp tổ chức bộ máy xã, phường sau hợp nhất',
    signer: 'Trần Minh Đức',
    issuedAt: '2025-08-12',
    field: 'Tổ chức bộ máy',
    state: 'in_review',
    pages: [['TỈNH ỦY VĨNH AN', 'Số 03-KL/TU', 'KẾT LUẬN', 'về sắp xếp tổ chức bộ máy xã, phường']],
  },
  {
    code: '21-CV/TU',
    title: 'Công văn về bảo đảm an toàn thông tin trong hội nghị trực tuyến (văn bản mật)',
    signer: 'Lê Thị Hồng',
    issuedAt: '2025-09-01',
    field: 'Bảo vệ bí mật nhà nước',
    secrecy: 'mat',
    state: 'draft',
    pages: [['TỈNH ỦY VĨNH AN', 'Số 21-CV/TU', 'MẬT']],
  },
  {
    code: '30-TB/VPTU',
    title: 'Thông báo lịch công tác nội bộ của Thường trực Tỉnh ủy tháng 10',
    signer: 'Phạm Quốc Bảo',
    issuedAt: '2025-09-28',
    field: 'Văn phòng',
    scope: 'internal',
    state: 'draft',
    pages: [['TỈNH ỦY VĨNH AN', 'Số 30-TB/VPTU', 'THÔNG BÁO', 'Lịch công tác nội bộ']],
  },
]
