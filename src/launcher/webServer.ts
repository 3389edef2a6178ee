/**
 * The web server: Next.js behind a plain node:http server, so the app can know the socket's
 * address. `next start` fills X-Forwarded-For with it only when the client sent none, so a client
 * could choose its own address; here every request carries the real one in
 * `x-portal-socket-address` (whatever the client sent under that name is replaced). The rate
 * limits read it (src/visitors/clientAddress.ts), or the right-most X-Forwarded-For entry when
 * TRUST_PROXY=1.
 */
// First: before Next or anything else loads (see the file).
import './withoutSourceMaps'

import { createServer } from 'node:http'
import next from 'next'

import { secureResponse } from '../security/secureResponse'
import { pageCopyKeeper, servePageCopy } from '../site/pageCopies'
import { SOCKET_ADDRESS_HEADER } from '../visitors/clientAddress'
import { answerBeaconInServer, beaconPrefix } from '../stats/beaconInServer'
import { stopVisitBuffer } from '../stats/visitsInProcess'
import { repoRoot } from './paths'
import { watchParents } from './watchParents'
import { stopWorkerInWebServer } from './workerInWebServer'
import { workerToken } from './workerToken'

const dev = process.env.NODE_ENV !== 'production'
const port = Number(process.env.PORT || 3000)
const hostname = process.env.HOST || '127.0.0.1'

// Next builds the URL the proxy (src/proxy.ts) sees and the one it compares a rewrite with from
// this name, in two places that default differently: with any other name every rewrite looked
// external and was proxied over HTTP to itself. The socket still listens on `hostname`.
const app = next({ dev, dir: repoRoot, hostname: 'localhost', port })
const handle = app.getRequestHandler()
await app.prepare()

const server = createServer((req, res) => {
  req.headers[SOCKET_ADDRESS_HEADER] = req.socket.remoteAddress ?? ''
  // A public page rendered less than a second ago is sent as it was (src/site/pageCopies.ts).
  if (!dev && servePageCopy(req, res)) return
  secureResponse(req, res, dev, dev ? undefined : pageCopyKeeper(req))
  const beacon = beaconPrefix(req.method, req.url)
  if (beacon !== null) return void answerBeaconInServer(req, res, beacon)
  void handle(req, res)
})
server.listen(port, hostname, () => {
  console.log(`▲ Next.js ${dev ? 'dev' : 'production'} on http://${hostname}:${port}`)
  if (process.env.PORTAL_RUN_WORKER === '1') void askForWorker()
})

/**
 * The jobs worker runs in this process on the Payload the API routes hold: ask our own API to
 * start it (src/launcher/workerEndpoint.ts), retrying while the first compile (dev) is under way.
 */
async function askForWorker() {
  const host = hostname === '0.0.0.0' ? '127.0.0.1' : hostname
  for (let attempt = 0; attempt < 60; attempt++) {
    const res = await fetch(`http://${host}:${port}/api/worker/start`, {
      method: 'POST',
      headers: { 'x-worker-token': workerToken() },
    }).catch(() => null)
    if (res?.ok) return
    await new Promise((resolve) => setTimeout(resolve, 2000))
  }
  console.error('[worker] Máy chủ web không khởi động được hàng đợi công việc')
}

// Stop taking requests, drop idle keep-alive sockets, let the jobs worker finish its job, write
// the visits still buffered once no more can come (src/stats/visitsInProcess.ts), give them 5 s,
// then leave.
const stop = () => {
  const closed = new Promise((resolve) => server.on('close', resolve))
  const visitsWritten = closed.then(() => stopVisitBuffer()).catch(() => {})
  void Promise.all([closed, visitsWritten, stopWorkerInWebServer().catch(() => {})])
    .then(() => app.close())
    .finally(() => process.exit(0))
  server.close()
  server.closeIdleConnections()
  setTimeout(() => {
    server.closeAllConnections()
    process.exit(0)
  }, 5000).unref()
}
process.once('SIGTERM', stop)
process.once('SIGINT', stop)

// The launcher stops us (our whole process group) itself; killed without doing so (SIGKILL,
// OOM), it leaves us serving with no engines and holding the port the next launcher needs.
// Then stop our group: this process (SIGTERM → stop above) and whatever Next forked.
watchParents(() => {
  try {
    process.kill(-process.pid, 'SIGTERM')
  } catch {
    stop()
  }
})
