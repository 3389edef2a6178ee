import type { Role } from '../access/roles'

export const STATES = ['draft', 'in_review', 'published', 'unpublished'] as const
export type WorkflowState = (typeof STATES)[number]

export const stateLabels: Record<WorkflowState, { vi: string; en: string }> = {
  draft: { vi: 'Nháp', en: 'Draft' },
  in_review: { vi: 'Chờ duyệt', en: 'In review' },
  published: { vi: 'Đã xuất bản', en: 'Published' },
  unpublished: { vi: 'Đã gỡ', en: 'Unpublished' },
}

export type Transition = {
  from: WorkflowState
  to: WorkflowState
  /** Button label in the admin. */
  label: string
  roles: Role[]
  noteRequired: boolean
  /** A reporter may only move articles they created. */
  ownOnlyFor?: Role[]
  /** A move of the correction pending on a live item, not of the item itself. */
  correction?: boolean
}

/** The editorial workflow as data: every allowed move, who may make it, and whether a note is due. */
export const TRANSITIONS: Transition[] = [
  {
    from: 'draft',
    to: 'in_review',
    label: 'Gửi duyệt',
    roles: ['admin', 'editor-in-chief', 'editor', 'reporter'],
    noteRequired: false,
    ownOnlyFor: ['reporter'],
  },
  {
    from: 'in_review',
    to: 'draft',
    label: 'Trả lại',
    roles: ['admin', 'editor-in-chief', 'editor'],
    noteRequired: true,
  },
  {
    from: 'in_review',
    to: 'published',
    label: 'Xuất bản',
    roles: ['admin', 'editor-in-chief'],
    noteRequired: false,
  },
  {
    from: 'published',
    to: 'unpublished',
    label: 'Gỡ bài',
    roles: ['admin', 'editor-in-chief'],
    noteRequired: false,
  },
  {
    from: 'unpublished',
    to: 'in_review',
    label: 'Gửi duyệt lại',
    roles: ['admin', 'editor-in-chief', 'editor'],
    noteRequired: false,
  },
]

/** A correction's own states, kept on its draft version while the live item stays published. */
export const CORRECTION_STATES = ['draft', 'in_review'] as const
export type CorrectionState = (typeof CORRECTION_STATES)[number]

export const correctionLabels: Record<CorrectionState, string> = {
  draft: 'Bản đính chính đang soạn',
  in_review: 'Bản đính chính chờ duyệt',
}

/**
 * Corrections to a live item (DESIGN "Corrections to a live article"): staff save a draft version,
 * submit it, the chief returns it with a note or publishes it. The live item is untouched until then.
 */
export const CORRECTION_TRANSITIONS: Transition[] = [
  {
    from: 'draft',
    to: 'in_review',
    label: 'Gửi duyệt bản đính chính',
    roles: ['admin', 'editor-in-chief', 'editor', 'reporter'],
    noteRequired: false,
    ownOnlyFor: ['reporter'],
    correction: true,
  },
  {
    from: 'in_review',
    to: 'draft',
    label: 'Trả lại bản đính chính',
    roles: ['admin', 'editor-in-chief', 'editor'],
    noteRequired: true,
    correction: true,
  },
  {
    from: 'in_review',
    to: 'published',
    label: 'Xuất bản bản đính chính',
    roles: ['admin', 'editor-in-chief'],
    noteRequired: false,
    correction: true,
  },
]

export const isCorrectionState = (value: unknown): value is CorrectionState =>
  value === 'draft' || value === 'in_review'

export function isWorkflowState(value: unknown): value is WorkflowState {
  return typeof value === 'string' && (STATES as readonly string[]).includes(value)
}
