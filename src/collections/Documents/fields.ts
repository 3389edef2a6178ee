import type { Field, Where } from 'payload'

import { documentTypes, type DocumentType } from '../../documents/documentAbbreviations'
import { SCOPES, SECRECY, scopeLabels, secrecyLabels } from '../../documents/secrecy'

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

const day = { date: { pickerAppearance: 'dayOnly' as const, displayFormat: 'dd/MM/yyyy' } }

/** The metadata Decree 42/2022 asks a published document to carry (DESIGN "Party documents"). */
export const documentMetadataFields: Field[] = [
  {
    type: 'row',
    fields: [
      {
        name: 'code',
        type: 'text',
        required: true,
        index: true,
        label: { vi: 'Số, ký hiệu', en: 'Code' },
        admin: {
          placeholder: '15-NQ/TU hoặc 42/2022/NĐ-CP',
          description: {
            vi: 'Theo mẫu của Đảng (15-NQ/TU) hoặc Nhà nước (42/2022/NĐ-CP); loại văn bản và cơ quan ban hành được gợi ý từ ký hiệu nếu để trống.',
            en: 'Party (15-NQ/TU) or State (42/2022/NĐ-CP) format; type and issuer are suggested from it',
          },
        },
      },
      {
        name: 'type',
        type: 'select',
        index: true,
        label: { vi: 'Loại văn bản', en: 'Type' },
        options: documentTypes.map((value) => ({ value, label: documentTypeLabels[value] })),
      },
    ],
  },
  {
    name: 'codeParts',
    type: 'group',
    label: { vi: 'Ký hiệu đọc được', en: 'Parsed code' },
    admin: {
      readOnly: true,
      description: {
        vi: 'Tự đọc từ số, ký hiệu khi lưu. Nếu có dòng "Cần kiểm tra", ký hiệu không đúng mẫu: văn bản vẫn được lưu, hãy kiểm tra lại.',
        en: 'Read from the code on save; a problem means the code is kept but should be checked',
      },
    },
    fields: [
      {
        name: 'problem',
        type: 'text',
        label: { vi: 'Cần kiểm tra', en: 'Problem' },
        admin: { readOnly: true, condition: (_, sibling) => Boolean(sibling?.problem) },
      },
      {
        type: 'row',
        fields: [
          { name: 'readable', type: 'checkbox', label: { vi: 'Đúng mẫu', en: 'Readable' } },
          { name: 'number', type: 'number', label: { vi: 'Số', en: 'Number' } },
          { name: 'year', type: 'number', label: { vi: 'Năm', en: 'Year' } },
          { name: 'typeAbbr', type: 'text', label: { vi: 'Loại (viết tắt)', en: 'Type abbr.' } },
          {
            name: 'issuerAbbr',
            type: 'text',
            label: { vi: 'Cơ quan (viết tắt)', en: 'Issuer abbr.' },
          },
        ],
      },
    ],
  },
  {
    name: 'title',
    type: 'textarea',
    required: true,
    label: { vi: 'Trích yếu', en: 'Title (summary)' },
  },
  {
    type: 'row',
    fields: [
      {
        name: 'issuer',
        type: 'text',
        index: true,
        label: { vi: 'Cơ quan ban hành', en: 'Issuer' },
      },
      { name: 'signer', type: 'text', label: { vi: 'Người ký', en: 'Signer' } },
      {
        name: 'field',
        type: 'text',
        index: true,
        label: { vi: 'Lĩnh vực', en: 'Field' },
        admin: { placeholder: 'Xây dựng Đảng' },
      },
    ],
  },
  {
    type: 'row',
    fields: [
      {
        name: 'issuedAt',
        type: 'date',
        required: true,
        index: true,
        label: { vi: 'Ngày ban hành', en: 'Issued' },
        admin: day,
      },
      {
        name: 'effectiveAt',
        type: 'date',
        label: { vi: 'Ngày hiệu lực', en: 'Effective' },
        admin: day,
      },
      {
        name: 'expiresAt',
        type: 'date',
        index: true,
        label: { vi: 'Ngày hết hiệu lực', en: 'Expires' },
        admin: day,
      },
    ],
  },
  {
    name: 'files',
    type: 'upload',
    relationTo: 'document-files',
    hasMany: true,
    label: { vi: 'Tệp văn bản', en: 'Files' },
    // Files of the document's own site only.
    filterOptions: ({ data }): Where | true =>
      data?.site ? { site: { equals: data.site } } : true,
    admin: {
      description: {
        vi: 'PDF, DOC/DOCX, ODT, XLSX. Tệp của văn bản mật, nội bộ hoặc chưa xuất bản không bao giờ được phục vụ công khai.',
        en: 'PDF, DOC/DOCX, ODT, XLSX; files of secret, internal or unpublished documents are never public',
      },
    },
  },
  {
    type: 'row',
    fields: [
      {
        name: 'secrecy',
        type: 'select',
        required: true,
        defaultValue: 'thuong',
        index: true,
        label: { vi: 'Độ mật', en: 'Secrecy' },
        options: SECRECY.map((value) => ({ value, label: secrecyLabels[value] })),
        admin: {
          description: {
            vi: 'Văn bản Mật, Tối mật, Tuyệt mật không bao giờ được xuất bản.',
            en: 'Secret documents are never published',
          },
        },
      },
      {
        name: 'scope',
        type: 'select',
        required: true,
        defaultValue: 'public',
        index: true,
        label: { vi: 'Phạm vi', en: 'Scope' },
        options: SCOPES.map((value) => ({ value, label: scopeLabels[value] })),
        admin: {
          description: {
            vi: 'Văn bản "Nội bộ" chỉ cán bộ xem được, không xuất bản.',
            en: 'Internal documents are for staff only',
          },
        },
      },
    ],
  },
  {
    name: 'replaces',
    type: 'relationship',
    relationTo: 'documents',
    hasMany: true,
    index: true,
    label: { vi: 'Thay thế văn bản', en: 'Replaces' },
    filterOptions: ({ id, data }): Where => ({
      and: [
        { id: { not_equals: id ?? 0 } },
        ...(data?.site ? [{ site: { equals: data.site } } as Where] : []),
      ],
    }),
  },
  {
    name: 'related',
    type: 'relationship',
    relationTo: 'documents',
    hasMany: true,
    label: { vi: 'Văn bản liên quan', en: 'Related' },
    filterOptions: ({ id }) => ({ id: { not_equals: id ?? 0 } }),
  },
  {
    name: 'replacedBy',
    type: 'join',
    collection: 'documents',
    on: 'replaces',
    label: { vi: 'Bị thay thế bởi', en: 'Replaced by' },
    admin: { allowCreate: false, defaultColumns: ['code', 'title', 'issuedAt'] },
  },
]
