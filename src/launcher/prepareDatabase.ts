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
  for (let attempt = 1; ; attempt++) {
    const code = await runChild(engineEnv, embeddedDatabase, cleanups)
    if (code === 0) return
    // 13: Node's "unsettled top-level await": a dynamic import under tsx's off-thread loader
    // that never settled (seen about once in ten runs of a Payload CLI here). Nothing ran yet,
    // and migrations are transactional: run the child again.
    if (code !== 13 || attempt === 3)
      throw new Error(`chuẩn bị cơ sở dữ liệu thất bại (mã ${code})`)
    console.log(
      `[launcher] Tiến trình chuẩn bị dừng giữa chừng (mã 13); chạy lại lần ${attempt + 1}`,
    )
  }
}

async function runChild(
  engineEnv: Record<string, string>,
  embeddedDatabase: boolean,
  cleanups: Array<[string, () => Promise<void>]>,
): Promise<number> {
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
  return exited
}
