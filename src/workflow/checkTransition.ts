import type { Role } from '../access/roles'
import { rolesOnSite, type SiteUser } from '../sites/siteRoles'
import { breaksFourEyes, FOUR_EYES_MESSAGE } from './fourEyes'
import { outsideCategories } from './categoryRights'
import {
  CORRECTION_TRANSITIONS,
  TRANSITIONS,
  isCorrectionState,
  isWorkflowState,
  stateLabels,
  type Transition,
  type WorkflowState,
} from './states'

type Actor =
  ({ id: number | string; categories?: unknown } & NonNullable<SiteUser>) | null | undefined
type ArticleLike = {
  workflowState?: string | null
  createdBy?: unknown
  site?: unknown
  /** The pending correction's state (on the latest draft version of a live item). */
  correction?: string | null
  submittedBy?: unknown
  lastContentEditor?: unknown
  category?: unknown
}

export type TransitionCheck =
  { ok: true; transition: Transition } | { ok: false; status: 400 | 403; message: string }

/**
 * The guard of the editorial workflow (articles and documents), shared by the REST endpoints, the
 * admin buttons and scheduled jobs. Pure: it decides from the actor, the article and the request alone.
 */
export function checkTransition(args: {
  actor: Actor
  article: ArticleLike
  to: unknown
  note?: unknown
  /** What the message calls the thing moved ("tin bài", "văn bản"). */
  noun?: string
  /** The site's `settings.fourEyes`. */
  fourEyes?: boolean
}): TransitionCheck {
  const { actor, article, to, note, noun = 'tin bài' } = args
  const from = (article.workflowState ?? 'draft') as WorkflowState
  // A live item with a pending correction: the correction moves; the live item can still be taken down.
  const correction =
    from === 'published' && isCorrectionState(article.correction) ? article.correction : null
  // Roles count on the article's own site (or on every site): a commune's chief publishes there only.
  const roles = rolesOnSite(actor, article.site as never)
  const writer = roles.some((r) => r !== 'moderator')
  if (!writer)
    return { ok: false, status: 403, message: `Bạn không có quyền thao tác với ${noun}.` }
  if (!isWorkflowState(to)) {
    return { ok: false, status: 400, message: 'Trạng thái đích không hợp lệ.' }
  }
  const transition = correction
    ? (CORRECTION_TRANSITIONS.find((t) => t.from === correction && t.to === to) ??
      TRANSITIONS.find((t) => t.from === from && t.to === to && to === 'unpublished'))
    : TRANSITIONS.find((t) => t.from === from && t.to === to)
  if (!transition) {
    const shown = correction
      ? `bản đính chính ${stateLabels[correction].vi}`
      : stateLabels[from]?.vi
    return {
      ok: false,
      status: 400,
      message: `Không thể chuyển ${noun} từ "${shown ?? from}" sang "${stateLabels[to].vi}".`,
    }
  }
  if (outsideCategories(actor, article.category)) {
    return {
      ok: false,
      status: 403,
      message: `Bạn chỉ được thao tác với ${noun} thuộc chuyên mục được giao.`,
    }
  }
  if (!roles.some((r) => transition.roles.includes(r))) {
    return { ok: false, status: 403, message: 'Vai trò của bạn không được thực hiện thao tác này.' }
  }
  if (transition.ownOnlyFor && isOnlyRoles(roles, transition.ownOnlyFor)) {
    if (idOf(article.createdBy) !== String(actor?.id)) {
      return { ok: false, status: 403, message: `Bạn chỉ được gửi duyệt ${noun} của chính mình.` }
    }
  }
  if (transition.to === 'published' && args.fourEyes && breaksFourEyes(actor?.id, article)) {
    return { ok: false, status: 403, message: FOUR_EYES_MESSAGE }
  }
  if (transition.noteRequired && (typeof note !== 'string' || note.trim() === '')) {
    return { ok: false, status: 400, message: 'Vui lòng ghi rõ lý do trả lại bài.' }
  }
  if (note !== undefined && note !== null && typeof note !== 'string') {
    return { ok: false, status: 400, message: 'Ghi chú phải là văn bản.' }
  }
  return { ok: true, transition }
}

/** Transitions this actor may make from the item's state (drives the admin's buttons). */
export function availableTransitions(actor: Actor, article: ArticleLike, fourEyes = false) {
  return [...CORRECTION_TRANSITIONS, ...TRANSITIONS].filter((t) => {
    const check = checkTransition({ actor, article, to: t.to, note: 'x', fourEyes })
    return check.ok && check.transition === t
  })
}

/** Whether four-eyes alone keeps this actor from publishing (the admin says so in a sentence). */
export function blockedByFourEyes(actor: Actor, article: ArticleLike, fourEyes: boolean): boolean {
  if (!fourEyes) return false
  const check = checkTransition({ actor, article, to: 'published', fourEyes })
  return !check.ok && check.message === FOUR_EYES_MESSAGE
}

function isOnlyRoles(mine: Role[], roles: Role[]): boolean {
  return mine.length > 0 && mine.every((r) => roles.includes(r))
}

function idOf(value: unknown): string | undefined {
  if (value && typeof value === 'object' && 'id' in value)
    return String((value as { id: unknown }).id)
  return value === undefined || value === null ? undefined : String(value)
}
