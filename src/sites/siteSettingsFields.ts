import type { Field } from 'payload'

/**
 * A site's name, footer and logo (what the site-settings global held for the one site), and how
 * its comments close.
 */
export const siteSettingsFields: Field[] = [
  {
    name: 'portalName',
    type: 'text',
    label: { vi: 'Tên cổng', en: 'Portal name' },
    admin: { description: { vi: 'Để trống: dùng tên đơn vị', en: 'Empty: the site name' } },
  },
  { name: 'partyCommittee', type: 'text', label: { vi: 'Cấp ủy chủ quản', en: 'Party committee' } },
  { name: 'logo', type: 'upload', relationTo: 'media', label: { vi: 'Logo', en: 'Logo' } },
  { name: 'address', type: 'text', label: { vi: 'Địa chỉ', en: 'Address' } },
  { name: 'phone', type: 'text', label: { vi: 'Điện thoại', en: 'Phone' } },
  { name: 'email', type: 'email', label: { vi: 'Thư điện tử', en: 'Email' } },
  {
    name: 'responsiblePerson',
    type: 'text',
    label: { vi: 'Chịu trách nhiệm chính', en: 'Responsible person' },
  },
  { name: 'licence', type: 'text', label: { vi: 'Giấy phép', en: 'Licence' } },
  { name: 'footerText', type: 'textarea', label: { vi: 'Chân trang', en: 'Footer text' } },
  {
    name: 'fourEyes',
    type: 'checkbox',
    defaultValue: false,
    label: { vi: 'Nguyên tắc bốn mắt', en: 'Four-eyes' },
    admin: {
      description: {
        vi: 'Người gửi duyệt hoặc sửa nội dung cuối cùng không được tự xuất bản bài đó.',
        en: 'Whoever submitted or last changed an item may not publish it.',
      },
    },
  },
  {
    name: 'commentsCloseAfterDays',
    type: 'number',
    defaultValue: 0,
    validate: (value: number | null | undefined) =>
      value == null ||
      (Number.isInteger(value) && value >= 0 && value <= 3650) ||
      'Số ngày đóng bình luận là số nguyên từ 0 đến 3650.',
    label: { vi: 'Đóng bình luận sau (ngày)', en: 'Close comments after (days)' },
    admin: {
      step: 1,
      description: {
        vi: 'Số ngày sau khi xuất bản thì bài tự đóng bình luận; 0 là không bao giờ đóng.',
        en: 'Days after publication when an article stops taking comments; 0: never.',
      },
    },
  },
]
