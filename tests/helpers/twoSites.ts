import sharp from 'sharp'
import { createLocalReq, type Payload } from 'payload'

import { ROLES, type Role } from '../../src/access/roles'
import type { User } from '../../src/payload-types'
import { transitionArticle } from '../../src/workflow/transitionArticle'
import { login, rest } from './api'
import { PASSWORD } from './fixtures'

/**
 * The province and one commune, each with its own staff (one account per role held on that site
 * only, made over REST by a global admin as the acceptance check does), province staff with
 * global roles, and on each site: a published article with a newer unpublished edit, a reporter's
 * draft, an article in review, a pending and an approved comment, and an image.
 */
export type SiteKey = 'main' | 'commune'
export const SITE_KEYS: SiteKey[] = ['main', 'commune']
export type Scope = SiteKey | 'all'

export type Actor = {
  name: string
  role: Role
  scope: Scope
  id: number
  email: string
  token: string
  /** The account as the Local API gets it (`user` with overrideAccess: false). */
  user: User & { collection: 'users' }
}

export type SiteContent = {
  id: number
  slug: string
  domain: string
  category: number
  articles: { pub: number; draft: number; review: number }
  comments: { pending: number; approved: number }
  media: number
}

export const SECRET_EDIT = 'BẢN SỬA CHƯA DUYỆT'
export const MAIN_DOMAIN = 'vinhan.example.vn'
export const COMMUNE_DOMAIN = 'anhoa.vinhan.example.vn'

/** A 16×16 PNG made on the spot. */
export const png = async () =>
  new Uint8Array(
    await sharp({
      create: { width: 16, height: 16, channels: 3, background: { r: 200, g: 30, b: 30 } },
    })
      .png()
      .toBuffer(),
  )

export async function buildTwoSites(payload: Payload) {
  const rootEmail = 'quantri@vinhan.example.vn'
  const rootDoc = await payload.create({
    collection: 'users',
    data: { email: rootEmail, password: PASSWORD, name: 'Quản trị tỉnh', roles: ['admin'] },
  })
  const root = { id: rootDoc.id, token: await login(payload, rootEmail, PASSWORD) }
  const asRoot = (method: string, path: string, body?: unknown) =>
    rest(payload, method, path, { token: root.token, body })

  const main = (await payload.find({ collection: 'sites', where: { parent: { exists: false } } }))
    .docs[0]
  const renamed = await asRoot('PATCH', `/api/sites/${main.id}`, {
    name: 'Tỉnh ủy Vĩnh An',
    domains: [MAIN_DOMAIN],
  })
  if (renamed.status !== 200) throw new Error(`rename main: ${JSON.stringify(renamed.body)}`)
  const commune = await asRoot('POST', '/api/sites', {
    name: 'Đảng ủy xã An Hòa',
    slug: 'xa-an-hoa',
    domains: [COMMUNE_DOMAIN],
  })
  if (commune.status !== 201) throw new Error(`create commune: ${JSON.stringify(commune.body)}`)
  const siteIds: Record<SiteKey, number> = { main: main.id, commune: commune.body.doc.id }

  const actors: Actor[] = []
  for (const scope of ['main', 'commune', 'all'] as const) {
    for (const role of ROLES) {
      const email = `${role}.${scope}@vinhan.example.vn`
      const body =
        scope === 'all'
          ? { roles: [role] }
          : { roles: [], sites: [{ site: siteIds[scope], roles: [role] }] }
      const res = await asRoot('POST', '/api/users', {
        email,
        password: PASSWORD,
        name: `${role} (${scope})`,
        ...body,
      })
      if (res.status !== 201) throw new Error(`create ${email}: ${JSON.stringify(res.body)}`)
      const doc = await payload.findByID({ collection: 'users', id: res.body.doc.id, depth: 0 })
      actors.push({
        name: `${role}@${scope}`,
        role,
        scope,
        id: doc.id,
        email,
        token: await login(payload, email, PASSWORD),
        user: { ...doc, collection: 'users' },
      })
    }
  }
  const actor = (role: Role, scope: Scope) =>
    actors.find((a) => a.role === role && a.scope === scope)!

  const move = async (id: number, path: string[]) => {
    for (const to of path) {
      const req = await createLocalReq(
        { user: { ...rootDoc, collection: 'users' } as never },
        payload,
      )
      await transitionArticle({ req, id, to })
    }
  }
  /** A draft written through the Local API as `author` (their access, their site). */
  const draftBy = async (author: Actor, site: number, category: number, title: string) =>
    payload.create({
      collection: 'articles',
      user: author.user,
      overrideAccess: false,
      draft: true,
      data: { title, summary: `Tóm tắt: ${title}`, category, site, _status: 'draft' },
    })

  const image = await png()
  const content = {} as Record<SiteKey, SiteContent>
  for (const key of SITE_KEYS) {
    const site = siteIds[key]
    const label = key === 'main' ? 'tỉnh' : 'xã An Hòa'
    const category = await payload.create({
      collection: 'categories',
      data: { title: 'Tin tức - Sự kiện', site },
    })
    const pub = await draftBy(
      actor('editor-in-chief', key),
      site,
      category.id,
      `Tin đã đăng ${label}`,
    )
    await move(pub.id, ['in_review', 'published'])
    // A newer edit saved as a draft: its text must never reach anyone who may not read drafts.
    await payload.update({
      collection: 'articles',
      id: pub.id,
      draft: true,
      data: { title: `${SECRET_EDIT} ${label}` },
    })
    const draft = await draftBy(
      actor('reporter', key),
      site,
      category.id,
      `Nháp phóng viên ${label}`,
    )
    const review = await draftBy(actor('editor', key), site, category.id, `Bài chờ duyệt ${label}`)
    await move(review.id, ['in_review'])
    const comment = (status: 'pending' | 'approved', n: number) =>
      payload.create({
        collection: 'comments',
        data: {
          article: pub.id,
          site,
          content: `Bình luận ${status} ${label}`,
          authorName: 'Người đọc',
          authorEmail: `ban-doc-${key}-${n}@example.org`,
          ipHash: `hash-${key}-${n}`,
          flags: ['nhieu-lien-ket'],
          status,
        },
      })
    const media = await payload.create({
      collection: 'media',
      data: { alt: `Ảnh ${label}`, site },
      file: {
        data: Buffer.from(image),
        mimetype: 'image/png',
        name: `anh-${key}.png`,
        size: image.length,
      },
    })
    content[key] = {
      id: site,
      slug: key === 'main' ? main.slug : 'xa-an-hoa',
      domain: key === 'main' ? MAIN_DOMAIN : COMMUNE_DOMAIN,
      category: category.id,
      articles: { pub: pub.id, draft: draft.id, review: review.id },
      comments: {
        pending: (await comment('pending', 1)).id,
        approved: (await comment('approved', 2)).id,
      },
      media: media.id,
    }
  }
  return { root, rootDoc, sites: content, actors, actor, move, draftBy }
}

/** Whether the actor holds their role on `site` (site staff on their own site, province staff everywhere). */
export const holdsRoleOn = (actor: Actor, site: SiteKey) =>
  actor.scope === 'all' || actor.scope === site
