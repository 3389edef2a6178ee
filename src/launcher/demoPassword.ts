import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { dataDir } from './paths'

/**
 * DEMO_PASSWORD, else one generated on the first seed and kept in .data/demo-password (git-ignored)
 * so every later start can print it again.
 */
export function demoPassword(): string {
  if (process.env.DEMO_PASSWORD) return process.env.DEMO_PASSWORD
  const file = path.join(dataDir, 'demo-password')
  if (existsSync(file)) return readFileSync(file, 'utf8').trim()
  const generated = `Vn-${randomBytes(9).toString('base64url')}`
  mkdirSync(dataDir, { recursive: true })
  writeFileSync(file, `${generated}\n`, { mode: 0o600 })
  return generated
}
