import { notifyTransition } from '../notifications/notifyTransition'
import { workflowTransitions } from './workflowTransitions'

/** The workflow's audit trail of articles; each new row notifies who it concerns. */
export const ArticleTransitions = workflowTransitions({
  slug: 'article-transitions',
  on: 'article',
  relationTo: 'articles',
  label: { vi: 'Lịch sử duyệt bài', en: 'Workflow history' },
  itemLabel: { vi: 'Tin bài', en: 'Article' },
  afterChange: [notifyTransition],
})
