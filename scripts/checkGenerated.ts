/**
 * `npm run check:generated`: fails when the committed generated files are not what the config
 * produces now (dev no longer regenerates them on every start, see payload.config.ts):
 * src/payload-types.ts and the admin import map. Leaves the working tree as it found it.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '..')
const payloadBin = path.join(root, 'node_modules/payload/bin.js')
const typesFile = path.join(root, 'src/payload-types.ts')
const importMapFile = path.join(root, 'src/app/(payload)/admin/importMap.js')

/**
 * Runs the payload bin until `produced()` holds, at most three times: about one run in ten on
 * this machine exits 0 having done nothing (a dynamic import under tsx's off-thread loader never
 * settles and the event loop drains; seen since the sites plugin added modules to the config).
 */
function payload(args: string[], env: Record<string, string> = {}, produced = () => true) {
  for (let attempt = 1; ; attempt++) {
    runPayload(args, env)
    if (produced()) return
    if (attempt === 3) throw new Error(`payload ${args.join(' ')} không tạo ra kết quả`)
    console.error(`payload ${args.join(' ')} dừng mà không làm gì; chạy lại (lần ${attempt + 1})`)
  }
}

function runPayload(args: string[], env: Record<string, string>) {
  const result = spawnSync(process.execPath, [payloadBin, ...args], {
    cwd: root,
    env: {
      ...process.env,
      PAYLOAD_SECRET: process.env.PAYLOAD_SECRET || 'check-generated',
      ...env,
    },
    encoding: 'utf8',
  })
  if (result.status !== 0) {
    console.error(result.stdout, result.stderr)
    throw new Error(`payload ${args.join(' ')} thất bại (mã ${result.status})`)
  }
}

const stale: string[] = []
const temp = mkdtempSync(path.join(os.tmpdir(), 'portal-generated-'))
try {
  const freshTypes = path.join(temp, 'payload-types.ts')
  payload(['generate:types'], { PAYLOAD_TS_OUTPUT_PATH: freshTypes }, () => existsSync(freshTypes))
  if (readFileSync(freshTypes, 'utf8') !== readFileSync(typesFile, 'utf8'))
    stale.push('src/payload-types.ts (npm run generate:types)')

  // The import map has no output option: regenerate in place (removed first, so a run that did
  // nothing shows), compare, put the original back.
  const committed = readFileSync(importMapFile, 'utf8')
  try {
    rmSync(importMapFile)
    payload(['generate:importmap'], {}, () => existsSync(importMapFile))
    if (readFileSync(importMapFile, 'utf8') !== committed)
      stale.push('src/app/(payload)/admin/importMap.js (npm run generate:importmap)')
  } finally {
    writeFileSync(importMapFile, committed)
  }
} finally {
  rmSync(temp, { recursive: true, force: true })
}

if (stale.length) {
  console.error(
    `Tệp sinh tự động đã cũ, chạy lại lệnh tương ứng rồi commit:\n  ${stale.join('\n  ')}`,
  )
  process.exit(1)
}
console.log('Tệp sinh tự động (kiểu Payload, import map) khớp với cấu hình.')
