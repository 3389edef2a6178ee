import { workflowTransitions } from './workflowTransitions'

/** The workflow's audit trail of the "Giới thiệu" and "Liên hệ" pages. */
export const PageTransitions = workflowTransitions({
  slug: 'page-transitions',
  on: 'page',
  relationTo: 'pages',
  label: { vi: 'Lịch sử duyệt trang', en: 'Page workflow history' },
  itemLabel: { vi: 'Trang', en: 'Page' },
})
