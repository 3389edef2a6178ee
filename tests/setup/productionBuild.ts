import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import path from 'node:path'

import { freshEnv, repo, tsxCli } from '../helpers/launcher'

export type BuildResult = { status: number | null; touchedDataDir: boolean; output: string }

/**
 * Files whose servers run `npm start` (every e2e file but launcher.e2e, which runs `npm run dev`)
 * share one `next build`, made here before any file starts, with a data dir that must stay unused
 * (the build needs no database). A run filtered to other files skips it.
 */
export function needsProductionBuild(argv = process.argv): boolean {
  const filters = argv
    .slice(2)
    .filter((a) => !a.startsWith('-') && a !== 'run' && !a.endsWith('vitest.mjs'))
  return (
    filters.length === 0 ||
    filters.some(
      (f) => /production|faults|scaleOut|lifecycle|e2e/.test(f) && !/launcher\.e2e/.test(f),
    )
  )
}

export function runProductionBuild(scratch: string): BuildResult {
  const unused = path.join(scratch, 'must-not-be-used')
  const result = spawnSync(process.execPath, [tsxCli, 'src/launcher/cli.ts', 'build'], {
    cwd: repo,
    env: freshEnv({ PORTAL_DATA_DIR: unused }),
    encoding: 'utf8',
    timeout: 600_000,
  })
  return {
    status: result.status,
    touchedDataDir: existsSync(unused),
    output: `${result.stdout}\n${result.stderr}`.slice(-4000),
  }
}
