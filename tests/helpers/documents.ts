import { createLocalReq, type Payload } from 'payload'

import type { Document } from '../../src/payload-types'
import { transitionWorkflow } from '../../src/workflow/transitionWorkflow'
import { rest, graphql } from './api'
import type { Account } from './fixtures'

let serial = 0

/** A draft document written by `author` through the Local API with that user's access. */
export async function createDocument(
  payload: Payload,
  author: Account,
  data: Partial<Document> = {},
): Promise<Document> {
  serial += 1
  return payload.create({
    collection: 'documents',
    user: { id: author.id, roles: author.roles, collection: 'users' } as never,
    overrideAccess: false,
    draft: true,
    data: {
      code: `${serial}-NQ/TU`,
      title: `Nghị quyết thử nghiệm số ${serial} về xây dựng Đảng tỉnh Vĩnh An`,
      issuedAt: '2026-03-02T00:00:00.000Z',
      _status: 'draft',
      ...data,
    } as never,
  })
}

/** Moves a document along `path` as `actor` (the real workflow code). */
export async function moveDocument(payload: Payload, id: number, actor: Account, path: string[]) {
  for (const to of path) {
    const req = await createLocalReq(
      { user: { id: actor.id, roles: actor.roles, collection: 'users' } as never },
      payload,
    )
    await transitionWorkflow('documents', {
      req,
      id,
      to,
      note: to === 'draft' ? 'Trả lại để sửa' : undefined,
    })
  }
}

/** Whether an anonymous reader sees the document over REST (list and by id) and GraphQL, which must agree. */
export async function publicSeesDocument(payload: Payload, id: number): Promise<boolean> {
  const list = await rest(payload, 'GET', `/api/documents?where[id][equals]=${id}&depth=0`)
  const one = await rest(payload, 'GET', `/api/documents/${id}?depth=0`)
  const gql = await graphql(
    payload,
    `query { Documents(where: { id: { equals: ${id} } }) { totalDocs } }`,
  )
  const seen = [
    list.body.totalDocs === 1,
    one.status === 200,
    gql.body.data?.Documents?.totalDocs === 1,
  ]
  if (new Set(seen).size !== 1) throw new Error(`REST and GraphQL disagree: ${seen.join(', ')}`)
  return seen[0]
}
