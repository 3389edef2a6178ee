import { createLocalReq, type Payload } from 'payload'

import { ROLES, type Role } from '../../src/access/roles'
import { transitionArticle } from '../../src/workflow/transitionArticle'
import { login } from './api'

export const PASSWORD = 'mat-khau-thu-nghiem-123'

export type Account = { id: number; email: string; token: string; roles: string[] }

/** One account per role (plus a second reporter), each logged in through REST. */
export async function createAccounts(payload: Payload) {
  const accounts = {} as Record<Role | 'reporter2', Account>
  for (const role of [...ROLES, 'reporter2'] as const) {
    const roles = [role === 'reporter2' ? 'reporter' : role]
    const email = `${role}@test.example.org`
    const user = await payload.create({
      collection: 'users',
      data: { email, password: PASSWORD, name: `Tài khoản ${role}`, roles: roles as never },
    })
    accounts[role] = { id: user.id, email, roles, token: await login(payload, email, PASSWORD) }
  }
  return accounts
}

export async function createCategory(payload: Payload, title = 'Tin tức - Sự kiện') {
  return payload.create({ collection: 'categories', data: { title } })
}

/** A draft written by `author`, through the Local API with that user's access. */
export async function createDraft(
  payload: Payload,
  author: Account,
  categoryId: number,
  title?: string,
) {
  return payload.create({
    collection: 'articles',
    user: { id: author.id, roles: author.roles, collection: 'users' } as never,
    overrideAccess: false,
    draft: true,
    data: {
      title: title ?? `Bài viết thử ${Math.random().toString(36).slice(2, 8)}`,
      summary: 'Tóm tắt bài viết thử nghiệm.',
      category: categoryId,
      _status: 'draft',
    },
  })
}

/** Moves an article along `path` as `actor` (the real workflow code, not a shortcut). */
export async function moveTo(payload: Payload, id: number, actor: Account, path: string[]) {
  for (const to of path) {
    const req = await createLocalReq(
      { user: { id: actor.id, roles: actor.roles, collection: 'users' } as never },
      payload,
    )
    await transitionArticle({ req, id, to, note: to === 'draft' ? 'Trả lại để sửa' : undefined })
  }
}

/** Paths from a new draft to each state, made by an admin. */
export const pathTo: Record<string, string[]> = {
  draft: [],
  in_review: ['in_review'],
  published: ['in_review', 'published'],
  unpublished: ['in_review', 'published', 'unpublished'],
}
