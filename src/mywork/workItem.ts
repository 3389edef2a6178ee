import type { Article } from '../payload-types'
import { idOf } from '../sites/siteRoles'

/** One article in a "Việc của tôi" list, and a list with its full count. */
export type WorkItem = {
  id: number
  title: string
  site: number | null
  workflowState: string
  dueDate?: string | null
  note?: string | null
}
export type Bucket = { count: number; items: WorkItem[] }

export const toWorkItem = (
  a: Pick<Article, 'id' | 'title' | 'site' | 'workflowState' | 'dueDate'>,
): WorkItem => ({
  id: a.id,
  title: a.title,
  site: idOf(a.site),
  workflowState: a.workflowState,
  dueDate: a.dueDate ?? null,
})
