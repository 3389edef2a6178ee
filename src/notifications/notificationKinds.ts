/** What a notification tells (DESIGN: "Notifications"): one kind per event that reaches someone. */
export const NOTIFICATION_KINDS = [
  { value: 'submitted', label: { vi: 'Bài gửi duyệt', en: 'Submitted for review' } },
  { value: 'returned', label: { vi: 'Bài bị trả lại', en: 'Returned' } },
  { value: 'published', label: { vi: 'Bài đã xuất bản', en: 'Published' } },
  { value: 'comments', label: { vi: 'Bình luận chờ duyệt', en: 'Pending comments' } },
] as const

export type NotificationKind = (typeof NOTIFICATION_KINDS)[number]['value']
