/** Grounds for rejecting a comment, after the Cybersecurity Law (Luật An ninh mạng 2018, Điều 8, 16), plus "khác". */
export const REJECTION_REASONS = [
  { value: 'chong-nha-nuoc', label: 'Chống Nhà nước, xuyên tạc, phỉ báng chính quyền' },
  { value: 'kich-dong', label: 'Kích động bạo loạn, gây rối an ninh, trật tự công cộng' },
  { value: 'xuc-pham', label: 'Xúc phạm danh dự, nhân phẩm, uy tín của người khác' },
  { value: 'sai-su-that', label: 'Thông tin sai sự thật, gây hoang mang trong Nhân dân' },
  { value: 'chia-re', label: 'Gây chia rẽ dân tộc, tôn giáo, kỳ thị, phân biệt đối xử' },
  { value: 'thuan-phong', label: 'Trái thuần phong mỹ tục, dâm ô, đồi trụy' },
  { value: 'quang-cao', label: 'Quảng cáo, rác, không liên quan đến bài viết' },
  { value: 'khac', label: 'Khác (ghi rõ lý do)' },
] as const

export const COMMENT_STATUSES = [
  { value: 'pending', label: { vi: 'Chờ duyệt', en: 'Pending' } },
  { value: 'approved', label: { vi: 'Đã duyệt', en: 'Approved' } },
  { value: 'rejected', label: { vi: 'Từ chối', en: 'Rejected' } },
  { value: 'spam', label: { vi: 'Thư rác', en: 'Spam' } },
] as const
