import { spawn } from 'node:child_process'

import { repoRoot } from './paths'

/**
 * Migrations and the first seed, in a child process (prepareDatabaseChild.ts) that exits when
 * done: the launcher stays a small supervisor without Payload in its memory. Stopping the
 * launcher meanwhile stops the child too.
 */
export async function prepareDatabase(
  engineEnv: Record<string, string>,
  embeddedDatabase: boolean,
  cleanups: Array<[string, () => Promise<void>]>,
): Promise<void> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'src/launcher/prepareDatabaseChild.ts'],
    {
      cwd: repoRoot,
      env: {
        ...process.env,
        ...engineEnv,
        PORTAL_SEED_IF_EMPTY: embeddedDatabase ? '1' : '0',
      },
      stdio: 'inherit',
    },
  )
  const exited = new Promise<number>((resolve) =>
    child.once('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0))),
  )
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM')
    await exited
  }
  cleanups.push(['migrations', stop])
  const code = await exited
  if (code !== 0) throw new Error(`chuẩn bị cơ sở dữ liệu thất bại (mã ${code})`)
}
