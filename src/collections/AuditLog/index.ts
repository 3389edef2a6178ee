import type { CollectionConfig } from 'payload'

import { isAdmin } from '../../access/isAdmin'
import { nobody } from '../../access/nobody'
import { auditActionLabels, auditActions } from '../../audit/auditActions'
import { refuseAuditDelete, refuseAuditUpdate } from '../../audit/protectAuditLog'
import { exportCsvEndpoint } from './exportCsvEndpoint'

/**
 * `audit-log` (DESIGN.md, "Security hardening"): who signed in, failed, was locked out, signed
 * out, changed roles, published, decided on comments, backed up or restored. Admins read and
 * filter it; nobody edits or deletes it, not even admins or server code.
 */
export const AuditLog: CollectionConfig<'audit-log'> = {
  slug: 'audit-log',
  labels: {
    singular: { vi: 'Nhật ký kiểm tra', en: 'Audit log' },
    plural: { vi: 'Nhật ký kiểm tra', en: 'Audit log' },
  },
  access: { read: isAdmin, create: nobody, update: nobody, delete: nobody },
  admin: {
    group: { vi: 'Hệ thống', en: 'System' },
    defaultColumns: ['at', 'action', 'user', 'email', 'target', 'ipHash'],
    useAsTitle: 'action',
    description: {
      vi: 'Chỉ đọc. Tải về CSV: /api/audit-log/export.csv?from=YYYY-MM-DD&to=YYYY-MM-DD',
      en: 'Read only. CSV: /api/audit-log/export.csv?from=YYYY-MM-DD&to=YYYY-MM-DD',
    },
  },
  defaultSort: '-at',
  disableDuplicate: true,
  hooks: { beforeChange: [refuseAuditUpdate], beforeDelete: [refuseAuditDelete] },
  endpoints: [exportCsvEndpoint],
  fields: [
    {
      name: 'at',
      type: 'date',
      required: true,
      index: true,
      label: { vi: 'Thời điểm', en: 'At' },
      admin: { date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'action',
      type: 'select',
      required: true,
      index: true,
      options: auditActions.map((value) => ({ value, label: auditActionLabels[value] })),
      label: { vi: 'Hành động', en: 'Action' },
    },
    {
      name: 'user',
      type: 'relationship',
      relationTo: 'users',
      label: { vi: 'Tài khoản', en: 'User' },
    },
    // The e-mail at the time: also the name typed at a failed sign-in (no account then).
    { name: 'email', type: 'text', label: { vi: 'Thư điện tử', en: 'Email' } },
    { name: 'target', type: 'text', label: { vi: 'Đối tượng', en: 'Target' } },
    // The client address only as a keyed hash (src/visitors/clientAddress.ts).
    { name: 'ipHash', type: 'text', label: { vi: 'Mã địa chỉ', en: 'Address hash' } },
  ],
}
