/**
 * Run by the launcher as a short-lived child before the web server starts: applies the committed
 * migrations and seeds an empty embedded database. Payload is loaded here and freed when this
 * process exits, so the long-lived launcher never holds a copy of it (the web server, which runs
 * the jobs worker, holds the only one).
 */
import { demoPassword } from './demoPassword'
import { applyMigrations, bootPayload, shutdownPayload } from './bootPayload'

const log = (message: string) => console.log(`[launcher] ${message}`)

const payload = await bootPayload({})
let code = 1
try {
  await applyMigrations(payload)
  const { totalDocs: users } = await payload.count({ collection: 'users' })
  if (users === 0 && process.env.PORTAL_SEED_IF_EMPTY === '1') {
    log('Cơ sở dữ liệu trống: tạo nội dung mẫu…')
    const { seedDemo } = await import('../seed')
    const report = await seedDemo(payload, { password: demoPassword() })
    log(
      `Đã tạo ${report.users} tài khoản, ${report.categories} chuyên mục, ${report.articles} tin bài, ${report.pages} trang giới thiệu, ${report.leaders} lãnh đạo, ${report.links} liên kết, ${report.consultations} dự thảo lấy ý kiến, ${report.questions} câu hỏi`,
    )
  }
  code = 0
} catch (error) {
  console.error('[launcher] Không chuẩn bị được cơ sở dữ liệu:', error)
} finally {
  await shutdownPayload(payload)
}
process.exit(code)
