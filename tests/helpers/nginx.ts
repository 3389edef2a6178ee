import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { renderStandaloneNginx } from '../../deploy/nginx/renderConfig'
import { getFreePort } from '../../src/launcher/ports'

export const NGINX = process.env.NGINX_PATH || '/usr/sbin/nginx'

export type RunningNginx = { base: string; port: number; stop: () => Promise<void> }

/** Debian's nginx on a free loopback port with our deploy/nginx configuration in front of `upstreams`. */
export async function startNginx(upstreams: string[], extraHttp = ''): Promise<RunningNginx> {
  if (!existsSync(NGINX)) throw new Error(`nginx không có ở ${NGINX} (apt-get install -y nginx)`)
  const prefix = mkdtempSync(path.join(os.tmpdir(), 'portal-nginx-'))
  mkdirSync(path.join(prefix, 'cache'))
  const port = await getFreePort()
  // As root, nginx's workers would drop to `nobody`, who cannot write this private directory.
  const user = process.getuid?.() === 0 ? 'user root;\n' : ''
  const conf = path.join(prefix, 'nginx.conf')
  writeFileSync(conf, user + renderStandaloneNginx({ listen: `127.0.0.1:${port}`, cacheDir: path.join(prefix, 'cache'), upstreams }, prefix, extraHttp))
  const child: ChildProcess = spawn(NGINX, ['-p', prefix, '-c', conf, '-e', path.join(prefix, 'error.log')], { stdio: ['ignore', 'ignore', 'pipe'] })
  let stderr = ''
  child.stderr?.on('data', (d) => (stderr += d))
  const base = `http://127.0.0.1:${port}`
  const deadline = Date.now() + 10_000
  for (;;) {
    if (child.exitCode !== null) throw new Error(`nginx exited ${child.exitCode}: ${stderr}`)
    const up = await fetch(base + '/nginx-ready-probe', { signal: AbortSignal.timeout(1000) }).then(() => true, () => false)
    if (up) break
    if (Date.now() > deadline) throw new Error(`nginx did not start: ${stderr}`)
    await new Promise((r) => setTimeout(r, 100))
  }
  return {
    base,
    port,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r))
        child.kill('SIGQUIT')
        await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))])
        if (child.exitCode === null) child.kill('SIGKILL')
      }
      rmSync(prefix, { recursive: true, force: true })
    },
  }
}
