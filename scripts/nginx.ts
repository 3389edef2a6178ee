/**
 * Runs Debian's nginx unprivileged-style on loopback for tests and benchmarks: the portal's
 * deploy/nginx configuration in front of app instances, or a plain static file server (the
 * benchmarks' baseline). Each run lives in its own temporary prefix and is stopped by its pid.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { renderNginxConfig } from '../deploy/nginx/renderConfig'
import { getFreePort } from '../src/launcher/ports'

export const NGINX = process.env.NGINX_PATH || '/usr/sbin/nginx'

export type RunningNginx = { base: string; port: number; pid: number; stop: () => Promise<void> }

/** Installs Debian's nginx when missing (as root), without letting it start a system service. */
export function ensureNginx(): void {
  if (existsSync(NGINX)) return
  if (process.getuid?.() !== 0)
    throw new Error(`nginx không có ở ${NGINX}: cài bằng "apt-get install -y nginx"`)
  const ownPolicy = !existsSync('/usr/sbin/policy-rc.d')
  if (ownPolicy) writeFileSync('/usr/sbin/policy-rc.d', '#!/bin/sh\nexit 101\n', { mode: 0o755 })
  try {
    spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit' })
    const result = spawnSync('apt-get', ['install', '-y', '-qq', 'nginx'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    })
    if (result.status !== 0) throw new Error('apt-get install nginx failed')
  } finally {
    if (ownPolicy) rmSync('/usr/sbin/policy-rc.d', { force: true })
  }
}

/** Starts nginx with `server(listen, prefix)` inside `http { }`; resolves once it answers. */
export async function runNginx(
  server: (listen: string, prefix: string) => string,
): Promise<RunningNginx> {
  if (!existsSync(NGINX)) throw new Error(`nginx không có ở ${NGINX} (apt-get install -y nginx)`)
  const prefix = mkdtempSync(path.join(os.tmpdir(), 'portal-nginx-'))
  const port = await getFreePort()
  // As root, workers would drop to `nobody`, who cannot write this private prefix.
  const user = process.getuid?.() === 0 ? 'user root;\n' : ''
  const conf = path.join(prefix, 'nginx.conf')
  writeFileSync(
    conf,
    `${user}daemon off;
worker_processes auto;
pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log warn;
events { worker_connections 4096; }
http {
    access_log off;
    client_body_temp_path ${prefix}/client_body;
    proxy_temp_path ${prefix}/proxy;
    fastcgi_temp_path ${prefix}/fastcgi;
    uwsgi_temp_path ${prefix}/uwsgi;
    scgi_temp_path ${prefix}/scgi;
    default_type application/octet-stream;
    sendfile on;
    tcp_nodelay on;
    keepalive_requests 100000;
${server(`127.0.0.1:${port}`, prefix)}
}
`,
  )
  const child: ChildProcess = spawn(
    NGINX,
    ['-p', prefix, '-c', conf, '-e', path.join(prefix, 'error.log')],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  )
  let stderr = ''
  child.stderr?.on('data', (d) => (stderr += d))
  const base = `http://127.0.0.1:${port}`
  const deadline = Date.now() + 10_000
  for (;;) {
    if (child.exitCode !== null) throw new Error(`nginx exited ${child.exitCode}: ${stderr}`)
    if (
      await fetch(base + '/nginx-probe', { signal: AbortSignal.timeout(1000) }).then(
        () => true,
        () => false,
      )
    )
      break
    if (Date.now() > deadline) throw new Error(`nginx did not start: ${stderr}`)
    await new Promise((r) => setTimeout(r, 100))
  }
  return {
    base,
    port,
    pid: child.pid!,
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

/** deploy/nginx's configuration (load balancing + micro-cache) in front of `upstreams`. */
export function startPortalNginx(upstreams: string[]): Promise<RunningNginx> {
  return runNginx((listen, prefix) => {
    mkdirSync(path.join(prefix, 'cache'))
    return renderNginxConfig({ listen, cacheDir: path.join(prefix, 'cache'), upstreams })
  })
}

/** nginx serving files from `root`: `/a/b` is `root/a/b.html`, `/` is `root/index.html`. */
export function startStaticNginx(root: string): Promise<RunningNginx> {
  return runNginx(
    (listen) => `    server {
        listen ${listen};
        root ${root};
        default_type text/html;
        location / { try_files $uri.html $uri/index.html =404; }
    }`,
  )
}
