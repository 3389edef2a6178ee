import { spawn } from 'node:child_process'
import path from 'node:path'

import { repoRoot } from '../src/launcher/paths'

const tsx = path.join(repoRoot, 'node_modules/tsx/dist/cli.mjs')

/**
 * `npm run reindex` in its own process on the bench's data directory: wall time, and the seconds
 * an index's own timer printed (the first match of `timer`, "… trong 12,3 giây").
 */
export async function runReindex(
  dataDir: string,
  timer: RegExp,
): Promise<{ wall: number; internal: number }> {
  const started = performance.now()
  const child = spawn(process.execPath, [tsx, 'src/launcher/cli.ts', 'reindex'], {
    cwd: repoRoot,
    env: { ...process.env, PORTAL_DATA_DIR: dataDir, DATABASE_URL: '', MEILI_HOST: '' },
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  let output = ''
  child.stdout!.on('data', (d) => {
    output += d
    process.stdout.write(d)
  })
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve))
  if (code !== 0) throw new Error(`npm run reindex exited ${code}`)
  const seconds = timer.exec(output)?.[1] ?? 'NaN'
  const internal = Number(seconds.replace('.', '').replace(',', '.'))
  return { wall: (performance.now() - started) / 1000, internal }
}
