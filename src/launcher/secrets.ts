import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { dataDir } from './paths'

export type LocalSecrets = {
  payloadSecret: string
  meiliMasterKey: string
  postgresPassword: string
  ipHashKey: string
}

/**
 * Secrets for the embedded engines, generated once and kept beside their data (git-ignored),
 * so a second start reuses the same database password, sessions and index key.
 */
export function loadLocalSecrets(dir = dataDir): LocalSecrets {
  const file = path.join(dir, 'secrets.json')
  const existing: Partial<LocalSecrets> = existsSync(file)
    ? JSON.parse(readFileSync(file, 'utf8'))
    : {}
  const make = () => randomBytes(24).toString('base64url')
  const secrets: LocalSecrets = {
    payloadSecret: existing.payloadSecret ?? make(),
    meiliMasterKey: existing.meiliMasterKey ?? make(),
    postgresPassword: existing.postgresPassword ?? make(),
    ipHashKey: existing.ipHashKey ?? make(),
  }
  if (JSON.stringify(secrets) !== JSON.stringify(existing)) {
    mkdirSync(dir, { recursive: true })
    writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 })
  }
  return secrets
}
