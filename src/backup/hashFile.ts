import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { Transform } from 'node:stream'

export type Digest = { sha256: string; bytes: number }

/** sha256 and size of a file on disk, streamed (dumps can be large). */
export async function hashFile(file: string): Promise<Digest> {
  const hash = createHash('sha256')
  let bytes = 0
  for await (const chunk of createReadStream(file)) {
    hash.update(chunk as Buffer)
    bytes += (chunk as Buffer).length
  }
  return { sha256: hash.digest('hex'), bytes }
}

/** A pass-through that hashes what flows through it; `digest()` once the stream has ended. */
export function hashingTap(): Transform & { digest: () => Digest } {
  const hash = createHash('sha256')
  let bytes = 0
  const tap = new Transform({
    transform(chunk: Buffer, _enc, done) {
      hash.update(chunk)
      bytes += chunk.length
      done(null, chunk)
    },
  }) as Transform & { digest: () => Digest }
  tap.digest = () => ({ sha256: hash.digest('hex'), bytes })
  return tap
}
