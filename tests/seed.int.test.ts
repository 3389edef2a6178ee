import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { seedDemo } from '../src/seed'
import { seedArticles, seedCategories } from '../src/seed/content'
import { demoAccounts } from '../src/seed/demoAccounts'
import { seedDocuments } from '../src/seed/documentContent'
import { seedLeaders, seedLinks, seedPages } from '../src/seed/pageContent'
import { login, rest } from './helpers/api'
import { startTestPayload } from './helpers/testPayload'

let payload: Payload
let stop: () => Promise<void>
const password = 'mat-khau-demo-456'

beforeAll(async () => {
  ;({ payload, stop } = await startTestPayload())
})
afterAll(() => stop())

async function snapshot() {
  const count = async (
    collection:
      | 'users'
      | 'categories'
      | 'articles'
      | 'media'
      | 'article-transitions'
      | 'documents'
      | 'document-files'
      | 'pages'
      | 'page-transitions'
      | 'consultations'
      | 'questions',
  ) => (await payload.count({ collection })).totalDocs
  const { docs } = await payload.find({ collection: 'articles', limit: 0, sort: 'id', draft: true })
  return {
    users: await count('users'),
    categories: await count('categories'),
    articles: await count('articles'),
    media: await count('media'),
    transitions: await count('article-transitions'),
    documents: await count('documents'),
    documentFiles: await count('document-files'),
    pages: await count('pages'),
    pageTransitions: await count('page-transitions'),
    consultations: await count('consultations'),
    questions: await count('questions'),
    versions: (await payload.countVersions({ collection: 'articles' })).totalDocs,
    updatedAt: docs.map((d) => d.updatedAt),
  }
}

describe('demo seed', () => {
  // About a minute alone; more beside other test files.
  it(
    'creates the accounts, categories and articles, each article through the workflow',
    { timeout: 240_000 },
    async () => {
      const report = await seedDemo(payload, { password })
      expect(report).toEqual({
        users: 5,
        categories: seedCategories.length,
        articles: seedArticles.length,
        documents: seedDocuments.length,
        pages: seedPages.length,
        leaders: seedLeaders.length,
        links: seedLinks.length,
        consultations: 2,
        questions: 4,
      })

      const published = seedArticles.filter((a) => a.state === 'published').length
      const anonymous = await rest(payload, 'GET', '/api/articles?limit=0&depth=0')
      expect(anonymous.body.totalDocs).toBe(published)
      const inReview = await payload.count({
        collection: 'articles',
        where: { workflowState: { equals: 'in_review' } },
      })
      expect(inReview.totalDocs).toBe(seedArticles.filter((a) => a.state === 'in_review').length)
      const { docs: media } = await payload.find({ collection: 'media', limit: 1 })
      for (const size of ['thumbnail', 'card', 'hero'] as const) {
        expect(media[0].sizes?.[size]?.mimeType).toBe('image/webp')
      }
      expect(media[0].alt.length).toBeGreaterThan(0)
      const { docs: sites } = await payload.find({ collection: 'sites' })
      expect(sites).toHaveLength(1)
      expect(sites[0].parent ?? null).toBeNull()
      expect(sites[0].settings?.portalName).toMatch(/Cổng thông tin điện tử/)
    },
  )

  it('seeds the documents through the workflow: the public sees only the published ordinary ones', async () => {
    const anonymous = await rest(payload, 'GET', '/api/documents?limit=0&depth=0&sort=code')
    expect(anonymous.body.docs.map((d: { code: string }) => d.code)).toEqual(
      seedDocuments
        .filter((d) => d.state === 'published')
        .map((d) => d.code)
        .sort(),
    )
    const all = await payload.find({ collection: 'documents', draft: true, limit: 0, depth: 1 })
    expect(all.totalDocs).toBe(seedDocuments.length)
    const nq = all.docs.find((d) => d.code === '15-NQ/TU')!
    expect(nq).toMatchObject({ type: 'nghi-quyet', issuer: 'Tỉnh ủy Vĩnh An', slug: '15-nq-tu' })
    expect(nq.replaces).toHaveLength(1)
    const secret = all.docs.find((d) => d.code === '21-CV/TU')!
    expect(secret).toMatchObject({ secrecy: 'mat', _status: 'draft' })
    const files = await payload.find({ collection: 'document-files', limit: 0 })
    expect(files.totalDocs).toBe(seedDocuments.length)
    expect(files.docs.every((f) => f.mimeType === 'application/pdf')).toBe(true)
    const publicFiles = files.docs.filter((f) => f.isPublic).length
    expect(publicFiles).toBe(seedDocuments.filter((d) => d.state === 'published').length)
  })

  it('publishes the Giới thiệu and Liên hệ pages in Vietnamese and English, none stale; leaders and links are public', async () => {
    const vi = await rest(payload, 'GET', '/api/pages?limit=0&depth=0&sort=order')
    expect(vi.body.docs.map((p: { slug: string }) => p.slug)).toEqual([
      'co-cau-to-chuc',
      'chuc-nang-nhiem-vu',
      'lanh-dao',
      'lien-he',
    ])
    expect(vi.body.docs.every((p: { englishStale: boolean }) => p.englishStale === false)).toBe(
      true,
    )
    const en = await rest(payload, 'GET', '/api/pages?limit=0&depth=0&sort=order&locale=en')
    expect(en.body.docs.map((p: { title: string }) => p.title)).toEqual(
      seedPages.map((p) => p.en.title),
    )
    const history = await payload.count({ collection: 'page-transitions' })
    expect(history.totalDocs).toBe(seedPages.length * 2)
    expect((await rest(payload, 'GET', '/api/leaders?limit=0')).body.totalDocs).toBe(
      seedLeaders.length,
    )
    expect((await rest(payload, 'GET', '/api/links?limit=0')).body.totalDocs).toBe(seedLinks.length)
  })

  it('gives every role its demo account, and each can log in', async () => {
    for (const account of demoAccounts) {
      const token = await login(payload, account.email, password)
      const me = await rest(payload, 'GET', '/api/users/me', { token })
      expect(me.body.user.roles).toEqual(account.roles)
    }
  })

  it('opens one consultation on a document and shows one closed; three answered questions are public, one pending is not', async () => {
    const res = await rest(payload, 'GET', '/api/consultations?sort=closesAt&depth=0')
    expect(res.body.docs.map((c: { status: string }) => c.status)).toEqual(['closed', 'open'])
    expect(res.body.docs[1].document).toEqual(expect.any(Number))
    const questions = await rest(payload, 'GET', '/api/questions?limit=0')
    expect(questions.body.totalDocs).toBe(3)
    expect(await payload.count({ collection: 'questions' })).toMatchObject({ totalDocs: 4 })
  })

  it('running it twice changes nothing', async () => {
    const before = await snapshot()
    const report = await seedDemo(payload, { password: 'a-different-password' })
    expect(report).toEqual({
      users: 0,
      categories: 0,
      articles: 0,
      documents: 0,
      pages: 0,
      leaders: 0,
      links: 0,
      consultations: 0,
      questions: 0,
    })
    expect(await snapshot()).toEqual(before)
    // Existing passwords are kept.
    await expect(login(payload, 'admin@example.org', password)).resolves.toBeTruthy()
  })
})
