import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

import { repoRoot } from '../launcher/paths'

/** The portal's version (package.json) and the Payload it runs, for the manifest. */
export function appVersions(): { appVersion: string; payloadVersion: string } {
  const require = createRequire(import.meta.url)
  const read = (file: string) => JSON.parse(readFileSync(file, 'utf8')).version as string
  return {
    appVersion: read(path.join(repoRoot, 'package.json')),
    payloadVersion: read(require.resolve('payload/package.json')),
  }
}
