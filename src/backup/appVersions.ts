import { readFileSync } from 'node:fs'
import path from 'node:path'

import { repoRoot } from '../launcher/paths'

/** The portal's version (package.json) and the Payload it runs, for the manifest. */
export function appVersions(): { appVersion: string; payloadVersion: string } {
  const read = (file: string) => JSON.parse(readFileSync(file, 'utf8')).version as string
  return {
    appVersion: read(path.join(repoRoot, 'package.json')),
    // payload's exports do not expose its package.json: read it from node_modules.
    payloadVersion: read(path.join(repoRoot, 'node_modules/payload/package.json')),
  }
}
