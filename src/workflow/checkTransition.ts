import type { Role } from '../access/roles'
import { rolesOnSite, type SiteUser } from '../sites/siteRoles'
import {
  TRANSITIONS,
  isWorkflowState,
  stateLabels,
  type Transition,
  type WorkflowState,
} from './states'

type Actor = ({ id: number | string } & NonNullable<SiteUser>) | null | undefined
type ArticleLike = { workflowState?: string | null; createdBy?: unknown; site?: unknown }

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
}): TransitionCheck {
  const { actor, article, to, note, noun = 'tin bài' } = args
  const from = (article.workflowState ?? 'draft') as WorkflowState
  // Roles count on the article's own site (or on every site): a commune's chief publishes there only.
  const roles = rolesOnSite(actor, article.site as never)
  const writer = roles.some((r) => r !== 'moderator')
  if (!writer)
    return { ok: false, status: 403, message: `Bạn không có quyền thao tác với ${noun}.` }
  if (!isWorkflowState(to)) {
    return { ok: false, status: 400, message: 'Trạng thái đích không hợp lệ.' }
  }
  const transition = TRANSITIONS.find((t) => t.from === from && t.to === to)
  if (!transition) {
    return {
      ok: false,
      status: 400,
      message: `Không thể chuyển ${noun} từ "${stateLabels[from]?.vi ?? from}" sang "${stateLabels[to].vi}".`,
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
  if (transition.noteRequired && (typeof note !== 'string' || note.trim() === '')) {
    return { ok: false, status: 400, message: 'Vui lòng ghi rõ lý do trả lại bài.' }
  }
  if (note !== undefined && note !== null && typeof note !== 'string') {
    return { ok: false, status: 400, message: 'Ghi chú phải là văn bản.' }
  }
  return { ok: true, transition }
}

/** Transitions this actor may make from `state` (drives the admin's buttons). */
export function availableTransitions(actor: Actor, article: ArticleLike) {
  return TRANSITIONS.filter(
    (t) =>
      t.from === (article.workflowState ?? 'draft') &&
      checkTransition({ actor, article, to: t.to, note: 'x' }).ok,
  )
}

function isOnlyRoles(mine: Role[], roles: Role[]): boolean {
  return mine.length > 0 && mine.every((r) => roles.includes(r))
}

function idOf(value: unknown): string | undefined {
  if (value && typeof value === 'object' && 'id' in value)
    return String((value as { id: unknown }).id)
  return value === undefined || value === null ? undefined : String(value)
}
