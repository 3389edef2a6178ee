import { TenantField as TenantField_1d0591e3cf4f332c83a86da13a0de59a } from '@payloadcms/plugin-multi-tenant/client'
import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { RelationshipFeatureClient as RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ChecklistFeatureClient as ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { WorkflowPanel as WorkflowPanel_85a02c031d3996824293ffc8431c29c1 } from '../../../workflow/admin/WorkflowPanel'
import { SharePanel as SharePanel_a1a1ede1f32264706509f9174b1607b0 } from '../../../sites/sharing/admin/SharePanel'
import { ArticleCommentClosing as ArticleCommentClosing_5c78c2d4bf8d3c04214332c9d624bb81 } from '../../../comments/admin/ArticleCommentClosing'
import { ArticleNotes as ArticleNotes_40e1c86e40142b188d86d860c56f21aa } from '../../../notes/admin/ArticleNotes'
import { OverdueScheduledBanner as OverdueScheduledBanner_962408d5a40ca077626ec739ee03368f } from '../../../admin/OverdueScheduledBanner'
import { StateCounts as StateCounts_34aa2ca7d4de41b706e0a29098af4eea } from '../../../workflow/admin/StateCounts'
import { AssignTenantFieldTrigger as AssignTenantFieldTrigger_1d0591e3cf4f332c83a86da13a0de59a } from '@payloadcms/plugin-multi-tenant/client'
import { LivePublishButton as LivePublishButton_30f86c43536884c59309f6bb385c9ccd } from '../../../workflow/admin/LivePublishButton'
import { NoUnpublishButton as NoUnpublishButton_30f86c43536884c59309f6bb385c9ccd } from '../../../workflow/admin/LivePublishButton'
import { WatchTenantCollection as WatchTenantCollection_1d0591e3cf4f332c83a86da13a0de59a } from '@payloadcms/plugin-multi-tenant/client'
import { DecideProposal as DecideProposal_e3ae2128185ce52ceb0679503ab47519 } from '../../../sites/sharing/admin/DecideProposal'
import { EnglishStaleWarning as EnglishStaleWarning_282a5e5141f2e043bf7ed7a49161e401 } from '../../../localization/admin/EnglishStaleWarning'
import { EnglishStaleCell as EnglishStaleCell_74e7421dd7c9ef76e1825784bf512a02 } from '../../../localization/admin/EnglishStaleCell'
import { FeedbackPanel as FeedbackPanel_f481d36001bf53a37c905be7711a2232 } from '../../../consultations/admin/FeedbackPanel'
import { InitialsAvatar as InitialsAvatar_8bae2206eede836801541645a8f27355 } from '../../../admin/InitialsAvatar'
import { PortalIcon as PortalIcon_5a54159d36d85c4136b5e7ac3663582a } from '../../../admin/PortalIcon'
import { PortalLogo as PortalLogo_215dbc51810fe4d5f99c1a977f947436 } from '../../../admin/PortalLogo'
import { NotificationsLink as NotificationsLink_29df3d6c36607790f63371067acd1b71 } from '../../../notifications/admin/NotificationsLink'
import { PendingCommentsLink as PendingCommentsLink_14790df250cd3813612caa6ae0d460f2 } from '../../../comments/admin/PendingCommentsLink'
import { VisitStatsLink as VisitStatsLink_9d8afe8b74e07b3e1d70f339607f5d81 } from '../../../stats/admin/VisitStatsLink'
import { TwoFactorLink as TwoFactorLink_72c5c88b700a10d4b7aab3030117974f } from '../../../twoFactor/admin/TwoFactorLink'
import { TenantSelector as TenantSelector_d6d5f193a167989e2ee7d14202901e62 } from '@payloadcms/plugin-multi-tenant/rsc'
import { TenantSelectionProvider as TenantSelectionProvider_d6d5f193a167989e2ee7d14202901e62 } from '@payloadcms/plugin-multi-tenant/rsc'
import { MyWorkDashboard as MyWorkDashboard_7029e6e9a7c1920d9e118d13fdddcd5c } from '../../../mywork/admin/MyWorkDashboard'
import { NotificationsView as NotificationsView_7affd26af4c2fdd53cd9d3d7564a40ee } from '../../../notifications/admin/NotificationsView'
import { ModerationQueue as ModerationQueue_79d1511bfdc05b968c75f67acae9cc55 } from '../../../comments/admin/ModerationQueue'
import { VisitStatsView as VisitStatsView_8c2c41fc3e1da5415f8c6c0085f132ff } from '../../../stats/admin/VisitStatsView'
import { TwoFactorView as TwoFactorView_caeb69bc51b9a2242215ca568e0b0022 } from '../../../twoFactor/admin/TwoFactorView'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "@payloadcms/plugin-multi-tenant/client#TenantField": TenantField_1d0591e3cf4f332c83a86da13a0de59a,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#RelationshipFeatureClient": RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ChecklistFeatureClient": ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineCodeFeatureClient": InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "/workflow/admin/WorkflowPanel#WorkflowPanel": WorkflowPanel_85a02c031d3996824293ffc8431c29c1,
  "/sites/sharing/admin/SharePanel#SharePanel": SharePanel_a1a1ede1f32264706509f9174b1607b0,
  "/comments/admin/ArticleCommentClosing#ArticleCommentClosing": ArticleCommentClosing_5c78c2d4bf8d3c04214332c9d624bb81,
  "/notes/admin/ArticleNotes#ArticleNotes": ArticleNotes_40e1c86e40142b188d86d860c56f21aa,
  "/admin/OverdueScheduledBanner#OverdueScheduledBanner": OverdueScheduledBanner_962408d5a40ca077626ec739ee03368f,
  "/workflow/admin/StateCounts#StateCounts": StateCounts_34aa2ca7d4de41b706e0a29098af4eea,
  "@payloadcms/plugin-multi-tenant/client#AssignTenantFieldTrigger": AssignTenantFieldTrigger_1d0591e3cf4f332c83a86da13a0de59a,
  "/workflow/admin/LivePublishButton#LivePublishButton": LivePublishButton_30f86c43536884c59309f6bb385c9ccd,
  "/workflow/admin/LivePublishButton#NoUnpublishButton": NoUnpublishButton_30f86c43536884c59309f6bb385c9ccd,
  "@payloadcms/plugin-multi-tenant/client#WatchTenantCollection": WatchTenantCollection_1d0591e3cf4f332c83a86da13a0de59a,
  "/sites/sharing/admin/DecideProposal#DecideProposal": DecideProposal_e3ae2128185ce52ceb0679503ab47519,
  "/localization/admin/EnglishStaleWarning#EnglishStaleWarning": EnglishStaleWarning_282a5e5141f2e043bf7ed7a49161e401,
  "/localization/admin/EnglishStaleCell#EnglishStaleCell": EnglishStaleCell_74e7421dd7c9ef76e1825784bf512a02,
  "/consultations/admin/FeedbackPanel#FeedbackPanel": FeedbackPanel_f481d36001bf53a37c905be7711a2232,
  "/admin/InitialsAvatar#InitialsAvatar": InitialsAvatar_8bae2206eede836801541645a8f27355,
  "/admin/PortalIcon#PortalIcon": PortalIcon_5a54159d36d85c4136b5e7ac3663582a,
  "/admin/PortalLogo#PortalLogo": PortalLogo_215dbc51810fe4d5f99c1a977f947436,
  "/notifications/admin/NotificationsLink#NotificationsLink": NotificationsLink_29df3d6c36607790f63371067acd1b71,
  "/comments/admin/PendingCommentsLink#PendingCommentsLink": PendingCommentsLink_14790df250cd3813612caa6ae0d460f2,
  "/stats/admin/VisitStatsLink#VisitStatsLink": VisitStatsLink_9d8afe8b74e07b3e1d70f339607f5d81,
  "/twoFactor/admin/TwoFactorLink#TwoFactorLink": TwoFactorLink_72c5c88b700a10d4b7aab3030117974f,
  "@payloadcms/plugin-multi-tenant/rsc#TenantSelector": TenantSelector_d6d5f193a167989e2ee7d14202901e62,
  "@payloadcms/plugin-multi-tenant/rsc#TenantSelectionProvider": TenantSelectionProvider_d6d5f193a167989e2ee7d14202901e62,
  "/mywork/admin/MyWorkDashboard#MyWorkDashboard": MyWorkDashboard_7029e6e9a7c1920d9e118d13fdddcd5c,
  "/notifications/admin/NotificationsView#NotificationsView": NotificationsView_7affd26af4c2fdd53cd9d3d7564a40ee,
  "/comments/admin/ModerationQueue#ModerationQueue": ModerationQueue_79d1511bfdc05b968c75f67acae9cc55,
  "/stats/admin/VisitStatsView#VisitStatsView": VisitStatsView_8c2c41fc3e1da5415f8c6c0085f132ff,
  "/twoFactor/admin/TwoFactorView#TwoFactorView": TwoFactorView_caeb69bc51b9a2242215ca568e0b0022,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
