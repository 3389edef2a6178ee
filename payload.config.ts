import { postgresAdapter } from '@payloadcms/db-postgres'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { vi } from '@payloadcms/translations/languages/vi'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { isAdmin } from './src/access/isAdmin'
import { dailyBackupTask } from './src/backup/dailyBackupTask'
import { emailAdapter } from './src/email/emailAdapter'
import { ArticleAudio } from './src/collections/ArticleAudio'
import { ArticleStats } from './src/collections/ArticleStats'
import { AuditLog } from './src/collections/AuditLog'
import { auditFailedSignIn } from './src/audit/auditSignIns'
import { ArticleTransitions } from './src/collections/ArticleTransitions'
import { Articles } from './src/collections/Articles'
import { Banners } from './src/collections/Banners'
import { Categories } from './src/collections/Categories'
import { Comments } from './src/collections/Comments'
import { ConsultationFeedback } from './src/collections/ConsultationFeedback'
import { Consultations } from './src/collections/Consultations'
import { DocumentDownloads } from './src/collections/DocumentDownloads'
import { DocumentFiles } from './src/collections/DocumentFiles'
import { Documents } from './src/collections/Documents'
import { DocumentTransitions } from './src/collections/DocumentTransitions'
import { Leaders } from './src/collections/Leaders'
import { Links } from './src/collections/Links'
import { Media } from './src/collections/Media'
import { Pages } from './src/collections/Pages'
import { Questions } from './src/collections/Questions'
import { PageTransitions } from './src/collections/PageTransitions'
import { Ratings } from './src/collections/Ratings'
import { Users } from './src/collections/Users'
import { visitCollections } from './src/collections/VisitCounters'
import { ModerationSettings } from './src/globals/ModerationSettings'
import { Sites } from './src/collections/Sites'
import { ShareProposals } from './src/collections/ShareProposals'
import { sitesPlugin } from './src/sites/sitesPlugin'
import { revalidateEndpoint } from './src/site/revalidateEndpoint'
import { migrations } from './src/migrations'
import { s3StoragePlugin } from './src/media/s3StoragePlugin'
import { publishScheduledArticle } from './src/workflow/publishScheduledArticle'
import { searchEndpoint } from './src/search/searchEndpoint'
import { workerEndpoint } from './src/launcher/workerEndpoint'
import { syncToSearch } from './src/search/syncToSearchTask'
import { extractDocumentFileText } from './src/documents/extractFileTextTask'
import { sendQuestionAnswer } from './src/questions/sendAnswerTask'
import { notifyCommenter } from './src/comments/notify/notifyCommenterTask'
import { CommentClosures } from './src/collections/CommentClosures'
import { EmailOptOuts } from './src/collections/EmailOptOuts'
import { ArticleNotes } from './src/collections/ArticleNotes'
import { Notifications } from './src/collections/Notifications'
import { commentDigestTask } from './src/notifications/commentDigestTask'
import { sendNotificationEmail } from './src/notifications/sendNotificationEmailTask'
import { myWorkEndpoint } from './src/mywork/myWorkEndpoint'
import { makeArticleAudioTask } from './src/audio/makeArticleAudioTask'
import { statsHitEndpoint, statsSummaryEndpoint } from './src/stats/endpoints/statsEndpoints'
import { statsReportEndpoint } from './src/stats/endpoints/reportEndpoint'
import { countFailedCode } from './src/twoFactor/countFailedCode'

const dirname = path.dirname(fileURLToPath(import.meta.url))

// @payloadcms/storage-s3 is published only up to 3.90.1 (package.json overrides point its payload
// and ui at ours, 3.90.2); Payload's dev-time version check would refuse that pair.
process.env.PAYLOAD_DISABLE_DEPENDENCY_CHECKER ??= 'true'

export default buildConfig({
  secret: process.env.PAYLOAD_SECRET || '',
  serverURL: process.env.SERVER_URL || undefined,
  admin: {
    user: Users.slug,
    importMap: { baseDir: path.resolve(dirname, 'src') },
    meta: { titleSuffix: ' — Quản trị cổng thông tin' },
    dateFormat: 'dd/MM/yyyy HH:mm',
    // Initials drawn locally: Payload's default avatar asks gravatar.com (unreachable offline).
    avatar: { Component: '/admin/InitialsAvatar#InitialsAvatar' },
    components: {
      // The portal's own name and logo (site-settings, else the committed emblem), not Payload's.
      graphics: { Logo: '/admin/PortalLogo#PortalLogo', Icon: '/admin/PortalIcon#PortalIcon' },
      afterNavLinks: [
        '/notifications/admin/NotificationsLink#NotificationsLink',
        '/comments/admin/PendingCommentsLink#PendingCommentsLink',
        '/stats/admin/VisitStatsLink#VisitStatsLink',
        '/twoFactor/admin/TwoFactorLink#TwoFactorLink',
      ],
      views: {
        // "Việc của tôi" in place of Payload's grid of cards (it shows the overdue banner too).
        dashboard: { Component: '/mywork/admin/MyWorkDashboard#MyWorkDashboard' },
        notifications: {
          Component: '/notifications/admin/NotificationsView#NotificationsView',
          path: '/thong-bao',
        },
        moderationQueue: {
          Component: '/comments/admin/ModerationQueue#ModerationQueue',
          path: '/binh-luan-cho-duyet',
        },
        visitStats: {
          Component: '/stats/admin/VisitStatsView#VisitStatsView',
          path: '/thong-ke',
        },
        twoFactor: {
          Component: '/twoFactor/admin/TwoFactorView#TwoFactorView',
          path: '/xac-thuc-hai-lop',
        },
      },
    },
  },
  i18n: {
    supportedLanguages: { vi, en },
    fallbackLanguage: 'vi',
  },
  // Content in Vietnamese and English (Decree 42: key pages in English). Only fields marked
  // `localized: true` (pages' title and content) differ per locale; English falls back to Vietnamese.
  localization: {
    locales: [
      { code: 'vi', label: 'Tiếng Việt' },
      { code: 'en', label: 'English' },
    ],
    defaultLocale: 'vi',
    fallback: true,
  },
  collections: [
    Articles,
    Categories,
    Media,
    ArticleAudio,
    Banners,
    Comments,
    Users,
    ArticleTransitions,
    ArticleStats,
    CommentClosures,
    EmailOptOuts,
    Ratings,
    Sites,
    ShareProposals,
    Documents,
    DocumentFiles,
    DocumentTransitions,
    DocumentDownloads,
    Pages,
    PageTransitions,
    Leaders,
    Links,
    Consultations,
    ConsultationFeedback,
    Questions,
    AuditLog,
    ArticleNotes,
    Notifications,
    ...visitCollections,
  ],
  // A refused sign-in ends in an error before any users hook: recorded here (audit log).
  hooks: { afterError: [auditFailedSignIn, countFailedCode] },
  endpoints: [
    revalidateEndpoint,
    searchEndpoint,
    workerEndpoint,
    myWorkEndpoint,
    statsHitEndpoint,
    statsSummaryEndpoint,
    statsReportEndpoint,
  ],
  globals: [ModerationSettings],
  editor: lexicalEditor(),
  // SMTP when SMTP_HOST is set, otherwise every mail is written to the log.
  email: emailAdapter(),
  // The sites plugin last: it adds the `site` field to what the others have set up.
  plugins: [...s3StoragePlugin(), sitesPlugin()],
  db: postgresAdapter({
    pool: {
      connectionString: process.env.DATABASE_URL,
      max: Number(process.env.DATABASE_POOL_MAX || 10),
      // While Postgres is away, waiting for a connection ends in an error (→ 503), not a hang.
      connectionTimeoutMillis: 5000,
    },
    // Reads may go to replicas (comma-separated URLs); writes and reads right after them stay on the primary.
    ...(process.env.DATABASE_READ_REPLICAS
      ? { readReplicas: process.env.DATABASE_READ_REPLICAS.split(',').map((u) => u.trim()) }
      : {}),
    // The schema comes from committed migrations everywhere (dev, production, tests), so dev
    // never pushes a schema that `payload migrate` would later refuse.
    push: false,
    migrationDir: path.resolve(dirname, 'src/migrations'),
    prodMigrations: migrations,
  }),
  jobs: {
    tasks: [
      publishScheduledArticle,
      syncToSearch,
      dailyBackupTask,
      extractDocumentFileText,
      sendQuestionAnswer,
      notifyCommenter,
      sendNotificationEmail,
      commentDigestTask,
      makeArticleAudioTask,
    ],
    // Search sync jobs of one article collapse and never run side by side (concurrencyKey column).
    enableConcurrencyControl: true,
    // Completed jobs stay a week as an audit trail (what reached the index, when a scheduled
    // article went live, that each ran once); the worker's hourly pass deletes older ones.
    deleteJobOnComplete: false,
    // The launcher's worker runs the queue; only admins may trigger it over HTTP.
    access: { run: ({ req }) => Boolean(isAdmin({ req })) },
    jobsCollectionOverrides: ({ defaultJobsCollection }) => ({
      ...defaultJobsCollection,
      admin: { ...defaultJobsCollection.admin, hidden: true },
    }),
  },
  // An idle pooled connection cut by a Postgres restart emits 'error' on the pool; unhandled,
  // that would crash the web server. The pool drops the client and reconnects on demand.
  onInit: (payload) => {
    const pool = (
      payload.db as unknown as {
        pool?: { on: (event: string, listener: (err: Error) => void) => void }
      }
    ).pool
    pool?.on('error', (err) => payload.logger.warn(`Mất một kết nối Postgres: ${err.message}`))
  },
  sharp,
  // No generation on start or HMR reload: Payload spawns a `payload generate:types` process each
  // time, one per request while Postgres is unreachable in dev (36 at once, 120–230 MB each seen).
  // `npm run generate:types` regenerates on demand; `npm run check:generated` fails when stale.
  typescript: { outputFile: path.resolve(dirname, 'src/payload-types.ts'), autoGenerate: false },
  graphQL: { disablePlaygroundInProduction: true },
  // PAYLOAD_LOG_LEVEL=silent keeps test output readable (refused requests log at error level).
  ...(process.env.PAYLOAD_LOG_LEVEL
    ? { logger: { options: { level: process.env.PAYLOAD_LOG_LEVEL } } }
    : {}),
})
