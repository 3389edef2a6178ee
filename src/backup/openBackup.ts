import { existsSync, mkdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { extract } from 'tar'

import { BackupError } from './backupError'
import { hashFile } from './hashFile'
import { listMediaFiles } from './listMediaFiles'
import { MANIFEST_FORMAT, type Manifest } from './manifest'

/**
 * Unpacks an archive into `into` and checks it before anything is restored: the manifest parses,
 * every part it lists is there with its sha256, and nothing unlisted came along.
 */
export async function openBackup(file: string, into: string): Promise<Manifest> {
  if (!existsSync(file)) throw new BackupError(`Không tìm thấy tệp sao lưu: ${file}`)
  mkdirSync(into, { recursive: true })
  const corrupt = (why: string) =>
    new BackupError(
      `Tệp sao lưu ${path.basename(file)} bị hỏng hoặc không đầy đủ (${why}); không khôi phục gì cả.`,
    )
  try {
    // Plain files and folders only: a link in an archive could point outside `into`.
    await extract({
      file,
      cwd: into,
      strict: true,
      filter: (_path, entry) =>
        'type' in entry && (entry.type === 'File' || entry.type === 'Directory'),
    })
  } catch (error) {
    throw corrupt(error instanceof Error ? error.message : String(error))
  }
  let manifest: Manifest
  try {
    manifest = JSON.parse(readFileSync(path.join(into, 'manifest.json'), 'utf8'))
  } catch {
    throw corrupt('thiếu hoặc không đọc được manifest.json')
  }
  if (manifest.format !== MANIFEST_FORMAT)
    throw corrupt(`định dạng "${manifest.format}" không được hỗ trợ`)
  for (const [part, expected] of Object.entries(manifest.parts)) {
    const actual = existsSync(path.join(into, part)) ? await hashFile(path.join(into, part)) : null
    if (!actual) throw corrupt(`thiếu ${part}`)
    if (actual.sha256 !== expected.sha256) throw corrupt(`${part} sai mã kiểm tra sha256`)
  }
  const found = listMediaFiles(into).filter((f) => f !== 'manifest.json')
  const extra = found.filter((f) => !(f in manifest.parts))
  if (extra.length) throw corrupt(`có tệp không được liệt kê: ${extra.slice(0, 3).join(', ')}`)
  return manifest
}

/**
 * An archive is restorable when every migration it had applied is one this code knows; then the
 * code's later migrations bring it up to date. A migration we do not know means a newer schema.
 */
export function checkSchema(manifest: Manifest, codeMigrations: string[]): void {
  const unknown = manifest.migrations.filter((name) => !codeMigrations.includes(name))
  if (unknown.length) {
    throw new BackupError(
      `Bản sao lưu có lược đồ mới hơn phiên bản này của cổng thông tin (migration không có trong mã: ${unknown.join(', ')}). ` +
        `Hãy cập nhật cổng thông tin lên phiên bản ${manifest.appVersion} trở lên rồi khôi phục lại; cơ sở dữ liệu chưa bị thay đổi.`,
    )
  }
}
