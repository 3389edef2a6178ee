/**
 * A second, separate Payload process on the same database (run by tests/rateLimits.int.test.ts):
 * posts comments from one address through the REST handler and prints the status codes as JSON.
 */
import { handleEndpoints } from 'payload'

import { bootPayload, shutdownPayload } from '../../src/launcher/bootPayload'

const [databaseUrl, article, count, address] = process.argv.slice(2)
// Where it got to, for the test's error should it fail: a promise that never settles ends a tsx
// process with exit 13 and nothing else said.
const reached = (stage: string) => process.stderr.write(`second instance: ${stage}\n`)
const payload = await bootPayload({
  DATABASE_URL: databaseUrl,
  PAYLOAD_SECRET: 'test-secret-not-for-production',
  PAYLOAD_LOG_LEVEL: 'silent',
})
reached('booted')
const statuses: number[] = []
for (let i = 0; i < Number(count); i++) {
  const request = new Request('http://localhost/api/comments', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'x-portal-socket-address': address },
    body: JSON.stringify({
      article: Number(article),
      authorName: 'Phiên bản B',
      content: `Bình luận từ phiên bản thứ hai số ${i}`,
      consent: true,
    }),
  })
  statuses.push((await handleEndpoints({ config: payload.config, request })).status)
}
console.log(JSON.stringify(statuses))
reached('posted')
await shutdownPayload(payload)
reached('shut down')
process.exit(0)
