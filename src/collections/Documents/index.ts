import type { CollectionConfig } from 'payload'

import { isWriter } from '../../access/isWriter'
import { WRITER_ROLES } from '../../access/roles'
import { publicDocumentWhere } from '../../documents/secrecy'
import { slugField } from '../../fields/slugField'
import { normalizeText } from '../../hooks/normalizeText'
import { uniqueSlug } from '../../hooks/uniqueSlug'
import { revalidateArticle, revalidateSiteAfterDelete } from '../../site/revalidateHooks'
import { syncDocumentAfterChange, syncDocumentAfterDelete } from '../../search/syncDocumentSearch'
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
import { workflowFields } from '../../workflow/workflowFields'
import { rememberDraftSave } from '../../workflow/draftSave'
import { recordContentEditor } from '../../workflow/recordContentEditor'
import { refuseStaleSave } from '../../workflow/refuseStaleSave'
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
    beforeOperation: [rememberDraftSave()],
    beforeChange: [
      refuseStaleSave,
      setCreatedBy,
      recordContentEditor,
      guardRefusedPublishing,
      guardPublishing,
    ],
    afterChange: [
      recordDirectUnpublish,
      syncFilesAfterChange,
      syncDocumentAfterChange,
      revalidateArticle,
    ],
    afterDelete: [syncFilesAfterDelete, syncDocumentAfterDelete, revalidateSiteAfterDelete],
  },
  // Slugs are unique per site: each site has its own /van-ban/{slug}.
  indexes: [{ fields: ['site', 'slug'], unique: true }],
  versions: { drafts: true, maxPerDoc: 100 },
  fields: [
    ...documentMetadataFields,
    slugField(),
    ...workflowFields({
      transitions: 'document-transitions',
      on: 'document',
      historyLabel: { vi: 'Lịch sử duyệt văn bản', en: 'Workflow history' },
    }),
  ],
}
