import { spawnSync } from 'node:child_process'
import path from 'node:path'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { rest } from './helpers/api'
import { createAccounts, createCategory, createDraft, moveTo } from './helpers/fixtures'
import { repo, tsxCli } from './helpers/launcher'
import { startTestPayload } from './helpers/testPayload'

let payload: Payload
let stop: () => Promise<void>
let databaseUrl: string
let article: number

beforeAll(async () => {
  process.env.COMMENT_IP_POINTS = '6'
  ;({ payload, stop, databaseUrl } = await startTestPayload())
  const users = await createAccounts(payload)
  const doc = await createDraft(
    payload,
    users.reporter,
    (await createCategory(payload)).id,
    'Bài cho hai phiên bản',
  )
  await moveTo(payload, doc.id, users.admin, ['in_review', 'published'])
  article = doc.id
})
afterAll(() => stop())

/** Posts 4 comments from `address` through a second Payload process; its statuses, in order. */
function runSecondInstance(address: string): number[] {
  const script = path.join(repo, 'tests/helpers/secondInstance.ts')
  const run = spawnSync(
    process.execPath,
    [tsxCli, script, databaseUrl, String(article), '4', address],
    {
      cwd: repo,
      env: { ...process.env, COMMENT_IP_POINTS: '6' },
      encoding: 'utf8',
      timeout: 100_000,
    },
  )
  // Its own output says why, should it fail (vitest shows only the message of an error).
  if (run.status !== 0)
    throw new Error(
      `second instance: exit ${run.status} ${run.signal ?? ''}\n${run.stderr.slice(-3000)}\n${run.stdout.slice(-500)}`,
    )
  return JSON.parse(run.stdout.trim().split('\n').at(-1)!) as number[]
}

describe('rate limits live in Postgres', () => {
  it(
    'two Payload instances (two processes) on one database share one budget per address',
    { timeout: 120_000 },
    () => {
      const address = '10.5.5.5'
      const post = async (i: number) =>
        (
          await rest(payload, 'POST', '/api/comments', {
            headers: { 'x-portal-socket-address': address },
            body: {
              article,
              authorName: 'Phiên bản A',
              content: `Bình luận từ phiên bản thứ nhất số ${i}`,
              consent: true,
            },
          })
        ).status
      return (async () => {
        const first = [await post(1), await post(2), await post(3), await post(4)]
        const second = runSecondInstance(address)
        expect(first).toEqual([201, 201, 201, 201])
        expect(second).toEqual([201, 201, 429, 429])
        expect(await post(5)).toBe(429)
      })()
    },
  )
})
