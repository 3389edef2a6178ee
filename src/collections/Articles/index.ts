import type { CollectionConfig } from 'payload'

import { isWriter } from '../../access/isWriter'
import { WRITER_ROLES } from '../../access/roles'
import { requireRoleOnSite } from '../../sites/requireRoleOnSite'
import { idOf } from '../../sites/siteRoles'
import { normalizeText } from '../../hooks/normalizeText'
import { uniqueSlug } from '../../hooks/uniqueSlug'
import { guardPublishing } from '../../workflow/guardPublishing'
import { deleteShareProposals } from '../../sites/sharing/deleteShareProposals'
import { guardAlsoOn } from '../../sites/sharing/guardAlsoOn'
import { recordDirectUnpublish } from '../../workflow/recordDirectUnpublish'
import { workflowFields } from '../../workflow/workflowFields'
import { rememberDraftSave } from '../../workflow/draftSave'
import { recordContentEditor } from '../../workflow/recordContentEditor'
import { refuseStaleSave } from '../../workflow/refuseStaleSave'
import { requireCategoryRight } from '../../workflow/requireCategoryRight'
import { ownCategoriesFilter, scopeToCategories } from '../../workflow/access/scopeToCategories'
import { canDeleteEditorial } from '../../workflow/access/canDeleteEditorial'
import { canReadLiveItems, canReadEditorialVersions } from '../../workflow/access/canReadEditorial'
import { canUpdateEditorial } from '../../workflow/access/canUpdateEditorial'
import { historyEndpoint } from '../../workflow/endpoints/historyEndpoint'
import { transitionEndpoint } from '../../workflow/endpoints/transitionEndpoint'
import { ratingEndpoint } from './endpoints/rating'
import { viewEndpoint } from './endpoints/view'
import { proposeEndpoint, shareEndpoint, unshareEndpoint } from './endpoints/share'
import { deleteReaderData } from './hooks/deleteReaderData'
import { setCreatedBy } from '../../workflow/setCreatedBy'
import { syncSearchAfterChange, syncSearchAfterDelete } from './hooks/syncSearchIndex'
import { revalidateArticle, revalidateSiteAfterDelete } from '../../site/revalidateHooks'
import { slugField } from '../../fields/slugField'
import { assignmentFields } from '../../assignments/assignmentFields'
import { notesField } from '../../notes/notesField'
import { deleteArticleNotes } from '../../notes/deleteArticleNotes'
import { audioField } from '../../audio/audioField'
import { deleteGeneratedAudio } from '../../audio/deleteGeneratedAudio'
import { queueArticleAudio } from '../../audio/queueArticleAudio'

// The workflow's fields, placed among the article's own sidebar fields (category, alsoOn).
const [workflowPanel, workflowState, publishedAt, ...recordsAndHistory] = workflowFields({
  transitions: 'article-transitions',
  on: 'article',
  historyLabel: { vi: 'Lịch sử duyệt bài', en: 'Workflow history' },
})

export const Articles: CollectionConfig<'articles'> = {
  slug: 'articles',
  labels: {
    singular: { vi: 'Tin bài', en: 'Article' },
    plural: { vi: 'Tin bài', en: 'Articles' },
  },
  // Per-category rights (users' `categories`) narrow every rule; published articles stay public.
  access: {
    create: isWriter,
    read: scopeToCategories(canReadLiveItems, { alsoPublic: { _status: { equals: 'published' } } }),
    readVersions: scopeToCategories(canReadEditorialVersions, { field: 'version.category' }),
    update: scopeToCategories(canUpdateEditorial),
    delete: scopeToCategories(canDeleteEditorial),
    unlock: scopeToCategories(canUpdateEditorial),
  },
  // Two editors on one article: the second is told who is editing (Payload's document lock,
  // translated); a stale save is refused with 409 (refuseStaleSave).
  lockDocuments: { duration: 600 },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'workflowState', 'category', 'site', 'publishedAt', 'updatedAt'],
    group: { vi: 'Nội dung', en: 'Content' },
    baseFilter: ownCategoriesFilter,
    components: {
      beforeListTable: [
        '/admin/OverdueScheduledBanner#OverdueScheduledBanner',
        '/workflow/admin/StateCounts#StateCounts',
      ],
      edit: {
        PublishButton: '/workflow/admin/LivePublishButton#LivePublishButton',
        UnpublishButton: '/workflow/admin/LivePublishButton#NoUnpublishButton',
      },
    },
  },
  defaultSort: '-updatedAt',
  endpoints: [
    transitionEndpoint('articles'),
    historyEndpoint('articles'),
    viewEndpoint,
    ratingEndpoint,
    shareEndpoint,
    unshareEndpoint,
    proposeEndpoint,
  ],
  hooks: {
    beforeValidate: [
      requireRoleOnSite(WRITER_ROLES, 'viết tin bài'),
      requireCategoryRight,
      normalizeText,
      uniqueSlug('articles'),
    ],
    beforeOperation: [rememberDraftSave()],
    beforeChange: [
      refuseStaleSave,
      setCreatedBy,
      recordContentEditor,
      guardPublishing,
      guardAlsoOn,
    ],
    afterChange: [
      recordDirectUnpublish,
      syncSearchAfterChange,
      revalidateArticle,
      queueArticleAudio,
    ],
    beforeDelete: [
      deleteReaderData,
      deleteShareProposals,
      deleteArticleNotes,
      deleteGeneratedAudio,
    ],
    afterDelete: [syncSearchAfterDelete, revalidateSiteAfterDelete],
  },
  // Slugs are unique per site: each site has its own /tin-tuc/{slug}.
  indexes: [{ fields: ['site', 'slug'], unique: true }],
  versions: {
    drafts: true,
    maxPerDoc: 100,
  },
  fields: [
    { name: 'title', type: 'text', required: true, label: { vi: 'Tiêu đề', en: 'Title' } },
    {
      name: 'summary',
      type: 'textarea',
      label: { vi: 'Sapo (tóm tắt)', en: 'Summary' },
    },
    {
      name: 'cover',
      type: 'upload',
      relationTo: 'media',
      label: { vi: 'Ảnh đại diện', en: 'Cover image' },
    },
    { name: 'content', type: 'richText', label: { vi: 'Nội dung', en: 'Content' } },
    {
      type: 'row',
      fields: [
        {
          name: 'byline',
          type: 'text',
          label: { vi: 'Tác giả (bút danh)', en: 'Byline' },
          admin: { placeholder: 'Bài, ảnh: …' },
        },
        { name: 'source', type: 'text', label: { vi: 'Nguồn', en: 'Source' } },
      ],
    },
    { name: 'tags', type: 'text', hasMany: true, label: { vi: 'Từ khóa', en: 'Tags' } },
    audioField,
    workflowPanel,
    workflowState,
    slugField(),
    {
      name: 'category',
      type: 'relationship',
      relationTo: 'categories',
      required: true,
      index: true,
      label: { vi: 'Chuyên mục', en: 'Category' },
      admin: { position: 'sidebar' },
    },
    publishedAt,
    {
      name: 'alsoOn',
      type: 'relationship',
      relationTo: 'sites',
      hasMany: true,
      index: true,
      label: { vi: 'Đăng cả trên trang', en: 'Also on' },
      // A copy is a new article of its own site: it is not shared anywhere until someone shares it.
      hooks: { beforeDuplicate: [() => []] },
      // The origin is never in its own list (guardAlsoOn drops it anyway).
      filterOptions: ({ data }) => {
        const origin = idOf(data?.site)
        return origin === null ? true : { id: { not_equals: origin } }
      },
      admin: {
        position: 'sidebar',
        description: {
          vi: 'Các trang đơn vị khác cũng hiện tin này (liên kết về bài gốc). Cần quyền xuất bản trên trang đó.',
          en: 'Other sites that also list this article (linking to the origin)',
        },
      },
    },
    {
      name: 'sharePanel',
      type: 'ui',
      admin: {
        position: 'sidebar',
        components: { Field: '/sites/sharing/admin/SharePanel#SharePanel' },
      },
    },
    {
      name: 'featured',
      type: 'checkbox',
      defaultValue: false,
      label: { vi: 'Tin nổi bật', en: 'Featured' },
      admin: { position: 'sidebar' },
    },
    {
      name: 'allowComments',
      type: 'checkbox',
      defaultValue: true,
      label: { vi: 'Cho phép bình luận', en: 'Allow comments' },
      admin: { position: 'sidebar' },
    },
    {
      // Moderators close or reopen comments here without editing the article (comment_closures).
      name: 'commentClosing',
      type: 'ui',
      admin: {
        position: 'sidebar',
        components: { Field: '/comments/admin/ArticleCommentClosing#ArticleCommentClosing' },
      },
    },
    {
      name: 'allowRating',
      type: 'checkbox',
      defaultValue: true,
      label: { vi: 'Cho phép đánh giá', en: 'Allow rating' },
      admin: { position: 'sidebar' },
    },
    ...recordsAndHistory,
    ...assignmentFields,
    notesField,
  ],
}
