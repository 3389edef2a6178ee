import type { CollectionConfig } from 'payload'

import { isWriter } from '../../access/isWriter'
import { nobodyField } from '../../access/nobody'
import { WRITER_ROLES } from '../../access/roles'
import { publicDocumentWhere } from '../../documents/secrecy'
import { slugField } from '../../fields/slugField'
import { normalizeText } from '../../hooks/normalizeText'
import { uniqueSlug } from '../../hooks/uniqueSlug'
import { requireRoleOnSite } from '../../sites/requireRoleOnSite'
import { canDeleteEditorial } from '../../workflow/access/canDeleteEditorial'
import { canReadEditorial, canReadEditorialVersions } from '../../workflow/access/canReadEditorial'
import { canUpdateEditorial } from '../../workflow/access/canUpdateEditorial'
import { historyEndpoint } from '../../workflow/endpoints/historyEndpoint'
import { transitionEndpoint } from '../../workflow/endpoints/transitionEndpoint'
import { guardPublishing } from '../../workflow/guardPublishing'
import { guardRefusedPublishing } from '../../workflow/guardRefusedPublishing'
import { recordDirectUnpublish } from '../../workflow/recordDirectUnpublish'
import { setCreatedBy } from '../../workflow/setCreatedBy'
import { STATES, stateLabels } from '../../workflow/states'
import { documentMetadataFields } from './fields'
import { readDocumentCode } from './hooks/readDocumentCode'
import { syncFilesAfterChange, syncFilesAfterDelete } from './hooks/syncFiles'

/**
 * Party documents (Văn bản, DESIGN "Party documents"): per site, versioned, through the same
 * editorial workflow as articles. A secret (`secrecy` ≠ `thuong`) or internal document is never
 * public: publishing it is refused on every path (guardRefusedPublishing) and the public reads
 * only ordinary, public, published ones.
 */
export const Documents: CollectionConfig<'documents'> = {
  slug: 'documents',
  labels: {
    singular: { vi: 'Văn bản', en: 'Document' },
    plural: { vi: 'Văn bản', en: 'Documents' },
  },
  access: {
    create: isWriter,
    read: canReadEditorial(publicDocumentWhere),
    readVersions: canReadEditorialVersions,
    update: canUpdateEditorial,
    delete: canDeleteEditorial,
    unlock: canUpdateEditorial,
  },
  admin: {
    useAsTitle: 'code',
    defaultColumns: ['code', 'title', 'type', 'issuedAt', 'workflowState', 'secrecy', 'site'],
    listSearchableFields: ['code', 'title', 'issuer'],
    group: { vi: 'Nội dung', en: 'Content' },
    components: {
      edit: {
        PublishButton: '/workflow/admin/LivePublishButton#LivePublishButton',
        UnpublishButton: '/workflow/admin/LivePublishButton#NoUnpublishButton',
      },
    },
  },
  defaultSort: '-issuedAt',
  endpoints: [transitionEndpoint('documents'), historyEndpoint('documents')],
  hooks: {
    beforeValidate: [
      requireRoleOnSite(WRITER_ROLES, 'nhập văn bản'),
      normalizeText,
      readDocumentCode,
      uniqueSlug('documents', ['code', 'title']),
    ],
    beforeChange: [setCreatedBy, guardRefusedPublishing, guardPublishing],
    afterChange: [recordDirectUnpublish, syncFilesAfterChange],
    afterDelete: [syncFilesAfterDelete],
  },
  // Slugs are unique per site: each site has its own /van-ban/{slug}.
  indexes: [{ fields: ['site', 'slug'], unique: true }],
  versions: { drafts: true, maxPerDoc: 100 },
  fields: [
    ...documentMetadataFields,
    {
      name: 'workflowPanel',
      type: 'ui',
      admin: {
        position: 'sidebar',
        components: { Field: '/workflow/admin/WorkflowPanel#WorkflowPanel' },
      },
    },
    {
      name: 'workflowState',
      type: 'select',
      options: STATES.map((value) => ({ value, label: stateLabels[value] })),
      defaultValue: 'draft',
      required: true,
      index: true,
      label: { vi: 'Trạng thái', en: 'State' },
      access: { create: nobodyField, update: nobodyField },
      admin: { position: 'sidebar', readOnly: true },
    },
    slugField(),
    {
      name: 'publishedAt',
      type: 'date',
      index: true,
      label: { vi: 'Thời điểm xuất bản', en: 'Published at' },
      admin: {
        position: 'sidebar',
        date: { pickerAppearance: 'dayAndTime', displayFormat: 'dd/MM/yyyy HH:mm' },
        description: {
          vi: 'Để thời điểm trong tương lai để hẹn giờ xuất bản',
          en: 'A future time schedules publication',
        },
      },
    },
    {
      name: 'createdBy',
      type: 'relationship',
      relationTo: 'users',
      index: true,
      label: { vi: 'Người tạo', en: 'Created by' },
      access: { create: nobodyField, update: nobodyField },
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'history',
      type: 'join',
      collection: 'document-transitions',
      on: 'document',
      label: { vi: 'Lịch sử duyệt văn bản', en: 'Workflow history' },
      defaultSort: '-at',
      admin: { defaultColumns: ['from', 'to', 'byName', 'at', 'note'], allowCreate: false },
    },
  ],
}
