import type { Field } from 'payload'

import { canAssign, canReadAssignment } from './assignmentAccess'
import { checkAssignee } from './checkAssignee'

const access = { read: canReadAssignment, create: canAssign, update: canAssign }

/**
 * Who an article is assigned to and by when (the sidebar of the article): set by the chief or an
 * editor of its site, to a person who holds a role there (checkAssignee); never public (field access), never in
 * search (src/search/toSearchDocument.ts maps its own fields). "Việc của tôi" lists them.
 */
export const assignmentFields: Field[] = [
  {
    name: 'assignee',
    type: 'relationship',
    relationTo: 'users',
    index: true,
    access,
    label: { vi: 'Người được giao', en: 'Assignee' },
    hooks: { beforeChange: [checkAssignee] },
    admin: { position: 'sidebar' },
  },
  {
    name: 'dueDate',
    type: 'date',
    index: true,
    access,
    label: { vi: 'Hạn hoàn thành', en: 'Due date' },
    admin: {
      position: 'sidebar',
      date: { pickerAppearance: 'dayAndTime', displayFormat: 'dd/MM/yyyy HH:mm' },
    },
  },
]
