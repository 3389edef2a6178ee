import type { CollectionConfig } from 'payload'

import { isWriter } from '../../access/isWriter'
import { nobodyField } from '../../access/nobody'
import { WRITER_ROLES } from '../../access/roles'
import { slugField } from '../../fields/slugField'
import { normalizeText } from '../../hooks/normalizeText'
import { uniqueSlug } from '../../hooks/uniqueSlug'
import { stampLocaleChange } from '../../localization/stampLocaleChange'
import { revalidatePublished, revalidateSiteAfterDelete } from '../../site/revalidateHooks'
import { requireRoleOnSite } from '../../sites/requireRoleOnSite'
import { canDeleteEditorial } from '../../workflow/access/canDeleteEditorial'
import { canReadLiveItems, canReadEditorialVersions } from '../../workflow/access/canReadEditorial'
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
import { localeStampFields } from './localeStampFields'

/**
 * The "Giới thiệu" and "Liên hệ" pages Decree 42 asks for (DESIGN "What the law asks"): per site,
 * Vietnamese and English side by side (title and content localized), through the editorial
 * workflow of articles. The public reads only published ones; the admin flags an English version
 * older than the Vietnamese.
 */
export const Pages: CollectionConfig<'pages'> = {
  slug: 'pages',
  labels: {
    singular: { vi: 'Trang giới thiệu', en: 'Page' },
    plural: { vi: 'Trang giới thiệu', en: 'Pages' },
  },
  access: {
    create: isWriter,
    read: canReadLiveItems,
    readVersions: canReadEditorialVersions,
    update: canUpdateEditorial,
    delete: canDeleteEditorial,
    unlock: canUpdateEditorial,
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'slug', 'workflowState', 'englishStale', 'site', 'updatedAt'],
    group: { vi: 'Nội dung', en: 'Content' },
    components: {
      edit: {
        PublishButton: '/workflow/admin/LivePublishButton#LivePublishButton',
        UnpublishButton: '/workflow/admin/LivePublishButton#NoUnpublishButton',
      },
    },
  },
  defaultSort: 'order',
  endpoints: [transitionEndpoint('pages'), historyEndpoint('pages')],
  hooks: {
    beforeValidate: [
      requireRoleOnSite(WRITER_ROLES, 'viết trang giới thiệu'),
      normalizeText,
      uniqueSlug('pages'),
    ],
    beforeOperation: [rememberDraftSave()],
    beforeChange: [
      refuseStaleSave,
      setCreatedBy,
      recordContentEditor,
      guardRefusedPublishing,
      guardPublishing,
      stampLocaleChange,
    ],
    afterChange: [recordDirectUnpublish, revalidatePublished],
    afterDelete: [revalidateSiteAfterDelete],
  },
  // Slugs are unique per site: each site has its own /gioi-thieu/{slug}.
  indexes: [{ fields: ['site', 'slug'], unique: true }],
  versions: { drafts: true, maxPerDoc: 100 },
  fields: [
    {
      name: 'englishStaleWarning',
      type: 'ui',
      admin: {
        components: { Field: '/localization/admin/EnglishStaleWarning#EnglishStaleWarning' },
      },
    },
    {
      name: 'title',
      type: 'text',
      required: true,
      localized: true,
      label: { vi: 'Tiêu đề', en: 'Title' },
    },
    // The editor of articles (the config's default lexicalEditor).
    {
      name: 'content',
      type: 'richText',
      localized: true,
      label: { vi: 'Nội dung', en: 'Content' },
    },
    {
      name: 'orgChart',
      type: 'upload',
      relationTo: 'media',
      label: { vi: 'Sơ đồ tổ chức (ảnh, không bắt buộc)', en: 'Organisation chart (optional)' },
    },
    slugField(),
    {
      name: 'order',
      type: 'number',
      defaultValue: 0,
      label: { vi: 'Thứ tự trong trình đơn', en: 'Menu order' },
      admin: { position: 'sidebar' },
    },
    ...workflowFields({
      transitions: 'page-transitions',
      on: 'page',
      historyLabel: { vi: 'Lịch sử duyệt trang', en: 'Workflow history' },
    }),
    ...localeStampFields(nobodyField),
  ],
}
