import type { Role } from '../access/roles'

/** Topics of citizens' questions (Hỏi đáp), a fixed list the /hoi-dap filter offers. */
export const QUESTION_TOPICS = [
  { value: 'xay-dung-dang', label: 'Công tác xây dựng Đảng' },
  { value: 'dang-vien', label: 'Đảng viên, kết nạp Đảng' },
  { value: 'chinh-sach', label: 'Chủ trương, chính sách' },
  { value: 'thu-tuc', label: 'Thủ tục, hồ sơ' },
  { value: 'khac', label: 'Khác' },
]

export const QUESTION_STATUSES = [
  { value: 'pending', label: { vi: 'Chờ trả lời', en: 'Pending' } },
  { value: 'answered', label: { vi: 'Đã trả lời (chưa công bố)', en: 'Answered' } },
  { value: 'published', label: { vi: 'Đã công bố', en: 'Published' } },
  { value: 'rejected', label: { vi: 'Không trả lời', en: 'Rejected' } },
  { value: 'spam', label: { vi: 'Thư rác', en: 'Spam' } },
]

/** Read every question of their site, assign and answer: the editorial board and moderators. */
export const QUESTION_STAFF: Role[] = ['admin', 'editor-in-chief', 'editor', 'moderator']
/** Publish an answer: chiefs and admins of the site. */
export const QUESTION_PUBLISHERS: Role[] = ['admin', 'editor-in-chief']
