import { mkdtempSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Payload } from 'payload'
import type { Pool } from 'pg'
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest'

import { bootPayload, shutdownPayload } from '../src/launcher/bootPayload'
import { ensureDatabase } from '../src/launcher/postgres'
import { migrations } from '../src/migrations'
import { rest } from './helpers/api'

/**
 * A portal from before sites (schema up to 20261129_200117_comment_lookalike_flag), filled with
 * SQL as it would be in production, then migrated: everything lands on one main site named from
 * the old settings, nothing is lost, and a second site can reuse the same slugs.
 */
const LAST_SINGLE_SITE = '20261129_200117_comment_lookalike_flag'

let payload: Payload
let pool: Pool
const TABLES = [
  'users',
  'users_roles',
  'categories',
  'media',
  'articles',
  '_articles_v',
  'banners',
  'comments',
  'comments_flags',
  'article_transitions',
]
const before: Record<string, number> = {}

const count = async (table: string, where = 'true') =>
  Number((await pool.query(`SELECT count(*) AS n FROM "${table}" WHERE ${where}`)).rows[0].n)

async function fillSingleSite() {
  await pool.query(`
    INSERT INTO users (id, name, email) VALUES
      (1, 'Quản trị viên', 'quantri@vinhan.example.vn'),
      (2, 'Phóng viên', 'phongvien@vinhan.example.vn');
    INSERT INTO users_roles ("order", parent_id, value) VALUES (1, 1, 'admin'), (1, 2, 'reporter');
    INSERT INTO media (id, alt, filename, mime_type, url) VALUES
      (1, 'Logo Tỉnh ủy', 'logo.png', 'image/png', '/api/media/file/logo.png'),
      (2, 'Ảnh hội nghị', 'hoi-nghi.webp', 'image/webp', '/api/media/file/hoi-nghi.webp');
    INSERT INTO site_settings (portal_name, party_committee, logo_id, address, phone, email,
      responsible_person, licence, footer_text) VALUES
      ('Cổng thông tin điện tử Tỉnh ủy Vĩnh An', 'Tỉnh ủy Vĩnh An', 1, 'Số 1 đường Trần Phú',
       '0290 3812 345', 'banbientap@vinhan.example.vn', 'Nguyễn Văn An',
       'Giấy phép số 12/GP-TTĐT', 'Ghi rõ nguồn khi phát hành lại thông tin.');
    INSERT INTO categories (id, title, slug, "order") VALUES
      (1, 'Tin tức - Sự kiện', 'tin-tuc-su-kien', 1),
      (2, 'Xây dựng Đảng', 'xay-dung-dang', 2);
    UPDATE categories SET parent_id = 1 WHERE id = 2;
    INSERT INTO articles (id, title, summary, slug, category_id, cover_id, workflow_state, _status,
      published_at, created_by_id) VALUES
      (1, 'Hội nghị Tỉnh ủy lần thứ 5', 'Tóm tắt.', 'hoi-nghi-tinh-uy-lan-thu-5', 1, 2,
       'published', 'published', '2026-03-02T02:00:00Z', 2),
      (2, 'Bản nháp về chuyển đổi số', 'Nháp.', 'ban-nhap-chuyen-doi-so', 2, NULL,
       'draft', 'draft', NULL, 2),
      (3, 'Tin chờ duyệt', 'Chờ.', 'tin-cho-duyet', 2, NULL, 'in_review', 'draft', NULL, 2);
    INSERT INTO _articles_v (parent_id, version_title, version_slug, version_category_id,
      version_workflow_state, version__status, latest) VALUES
      (1, 'Hội nghị Tỉnh ủy (bản đầu)', 'hoi-nghi-tinh-uy-lan-thu-5', 1, 'draft', 'draft', false),
      (1, 'Hội nghị Tỉnh ủy lần thứ 5', 'hoi-nghi-tinh-uy-lan-thu-5', 1, 'published', 'published', true),
      (2, 'Bản nháp về chuyển đổi số', 'ban-nhap-chuyen-doi-so', 2, 'draft', 'draft', true),
      (3, 'Tin chờ duyệt', 'tin-cho-duyet', 2, 'in_review', 'draft', true);
    INSERT INTO banners (title, image_id, placement) VALUES ('Mừng Đảng, mừng Xuân', 2, 'header');
    INSERT INTO comments (id, content, article_id, author_name, author_email, status, ip_hash) VALUES
      (1, 'Bài viết rất hay.', 1, 'Trần Thị Bình', 'binh@example.org', 'approved', 'h1'),
      (2, 'Xem tại http://a.example http://b.example', 1, 'Lê Văn C', NULL, 'pending', 'h2');
    INSERT INTO comments_flags ("order", parent_id, value) VALUES (1, 2, 'nhieu-lien-ket');
    INSERT INTO article_transitions (article_id, "from", "to", by_id, by_name, at) VALUES
      (1, 'in_review', 'published', 1, 'Quản trị viên', now());
    SELECT setval('users_id_seq', 2), setval('media_id_seq', 2), setval('categories_id_seq', 2),
      setval('articles_id_seq', 3), setval('comments_id_seq', 2);
  `)
}

beforeAll(async () => {
  const adminUrl = inject('pgAdminUrl')
  const database = `t_mig_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 6)}`
  await ensureDatabase(adminUrl, database)
  payload = await bootPayload({
    DATABASE_URL: adminUrl.replace(/\/postgres$/, `/${database}`),
    PAYLOAD_SECRET: 'test-secret-not-for-production',
    MEDIA_DIR: mkdtempSync(path.join(os.tmpdir(), 'portal-media-')),
  })
  pool = (payload.db as unknown as { pool: Pool }).pool
  const last = migrations.findIndex((m) => m.name === LAST_SINGLE_SITE)
  expect(last).toBeGreaterThan(0)
  await payload.db.migrate({ migrations: migrations.slice(0, last + 1) as never })
  expect(await count('payload_migrations', `name = '${LAST_SINGLE_SITE}'`)).toBe(1)
  await fillSingleSite()
  for (const table of TABLES) before[table] = await count(table)
  await payload.db.migrate({ migrations: migrations as never })
})
afterAll(() => shutdownPayload(payload))

describe('migrating a single-site portal into sites', () => {
  it('makes one main site, named and configured from the old settings', async () => {
    const { docs } = await payload.find({ collection: 'sites', depth: 0 })
    expect(docs).toHaveLength(1)
    expect(docs[0]).toMatchObject({
      name: 'Tỉnh ủy Vĩnh An',
      slug: 'trang-chinh',
      settings: {
        portalName: 'Cổng thông tin điện tử Tỉnh ủy Vĩnh An',
        partyCommittee: 'Tỉnh ủy Vĩnh An',
        logo: 1,
        address: 'Số 1 đường Trần Phú',
        phone: '0290 3812 345',
        email: 'banbientap@vinhan.example.vn',
        responsiblePerson: 'Nguyễn Văn An',
        licence: 'Giấy phép số 12/GP-TTĐT',
        footerText: 'Ghi rõ nguồn khi phát hành lại thông tin.',
      },
    })
    expect(docs[0].parent ?? null).toBeNull()
    expect(await count('pg_tables', `tablename = 'site_settings'`)).toBe(0)
  })

  it('keeps every row and puts each on the main site', async () => {
    for (const table of TABLES) expect(await count(table), table).toBe(before[table])
    const { id } = (await payload.find({ collection: 'sites', depth: 0 })).docs[0]
    for (const [table, column] of [
      ['articles', 'site_id'],
      ['_articles_v', 'version_site_id'],
      ['categories', 'site_id'],
      ['media', 'site_id'],
      ['banners', 'site_id'],
      ['comments', 'site_id'],
    ])
      expect(await count(table, `${column} IS DISTINCT FROM ${id}`), table).toBe(0)
    const admin = await payload.findByID({ collection: 'users', id: 1, depth: 0 })
    expect(admin.roles).toEqual(['admin'])
    expect(admin.sites ?? []).toEqual([])
  })

  it('still resolves the old slugs, and keeps versions, drafts and comments readable', async () => {
    const article = await rest(
      payload,
      'GET',
      '/api/articles?where[slug][equals]=hoi-nghi-tinh-uy-lan-thu-5&depth=1',
    )
    expect(article.body.totalDocs).toBe(1)
    expect(article.body.docs[0]).toMatchObject({
      id: 1,
      title: 'Hội nghị Tỉnh ủy lần thứ 5',
      category: { slug: 'tin-tuc-su-kien' },
      site: { slug: 'trang-chinh' },
    })
    const category = await rest(payload, 'GET', '/api/categories?where[slug][equals]=xay-dung-dang')
    expect(category.body.docs.map((c: { id: number }) => c.id)).toEqual([2])
    const versions = await payload.findVersions({
      collection: 'articles',
      where: { parent: { equals: 1 } },
      limit: 0,
    })
    expect(versions.totalDocs).toBe(2)
    const drafts = await payload.find({ collection: 'articles', draft: true, depth: 0 })
    expect(drafts.docs.map((d) => d.workflowState).sort()).toEqual([
      'draft',
      'in_review',
      'published',
    ])
    const comments = await payload.find({ collection: 'comments', depth: 0, sort: 'id' })
    expect(comments.docs.map((c) => [c.status, c.flags])).toEqual([
      ['approved', []],
      ['pending', ['nhieu-lien-ket']],
    ])
  })

  it('lets a second site be created and reuse the same slugs', async () => {
    const commune = await payload.create({
      collection: 'sites',
      data: { name: 'Đảng ủy xã An Hòa', slug: 'xa-an-hoa' },
    })
    expect(commune.parent).toMatchObject({ slug: 'trang-chinh' })
    const category = await payload.create({
      collection: 'categories',
      data: { title: 'Tin tức - Sự kiện', slug: 'tin-tuc-su-kien', site: commune.id },
    })
    expect(category.slug).toBe('tin-tuc-su-kien')
    const article = await payload.create({
      collection: 'articles',
      draft: true,
      data: {
        title: 'Hội nghị Tỉnh ủy lần thứ 5',
        slug: 'hoi-nghi-tinh-uy-lan-thu-5',
        category: category.id,
        site: commune.id,
        _status: 'draft',
      },
    })
    expect(article.slug).toBe('hoi-nghi-tinh-uy-lan-thu-5')
    // On the same site the slug stays unique (the database says so too).
    await expect(
      pool.query(
        `INSERT INTO categories (title, slug, site_id) VALUES ('Trùng', 'tin-tuc-su-kien', $1)`,
        [commune.id],
      ),
    ).rejects.toThrow(/duplicate key/)
  })
})
