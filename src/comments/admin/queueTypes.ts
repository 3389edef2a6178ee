/** What the moderation queue lists (`?loai=`): comments, feedback on drafts, citizens' questions. */
export const QUEUE_TYPES = [
  { value: 'binh-luan', label: 'Bình luận', collection: 'comments' },
  { value: 'gop-y', label: 'Góp ý dự thảo', collection: 'consultation-feedback' },
  { value: 'cau-hoi', label: 'Câu hỏi', collection: 'questions' },
] as const

export type QueueType = (typeof QUEUE_TYPES)[number]

export const queueType = (value: unknown): QueueType =>
  QUEUE_TYPES.find((t) => t.value === value) ?? QUEUE_TYPES[0]

/** One comment as the queue's client part shows it (no more than the moderator may read). */
export type QueueRow = {
  id: number
  content: string
  matchedWords: unknown
  authorName: string
  authorEmail: string
  /** ISO date, and how long it has waited ("3 giờ"). */
  createdAt: string
  age: string
  flags: string[]
  reason: string
  articleTitle: string
  articleHref: string | null
  siteName: string
  isReply: boolean
}
