import { existsSync, readdirSync } from 'node:fs'
import path from 'node:path'

/** Every file under `dir` (relative paths, sorted), .gitkeep included so a restore keeps it. */
export function listMediaFiles(dir: string): string[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort()
}

/** Uploads people made: dotfiles such as .gitkeep are not. */
export const countUploads = (files: string[]) =>
  files.filter((f) => !path.basename(f).startsWith('.')).length
