import { workflowTransitions } from './workflowTransitions'

/** The workflow's audit trail of Party documents. */
export const DocumentTransitions = workflowTransitions({
  slug: 'document-transitions',
  on: 'document',
  relationTo: 'documents',
  label: { vi: 'Lịch sử duyệt văn bản', en: 'Document workflow history' },
  itemLabel: { vi: 'Văn bản', en: 'Document' },
})
