import type { Payload } from 'payload'

import type { JobWorker } from './worker'

/** Where webServer.ts finds the worker to stop it before the process leaves. */
const holder = globalThis as typeof globalThis & { portalJobWorker?: Promise<JobWorker | null> }

/**
 * The jobs worker inside the web server's process, on the Payload the API routes already hold
 * (started through POST /api/worker/start by webServer.ts, src/launcher/workerEndpoint.ts): one
 * Node process and no second copy of Payload. Starting it from Next's instrumentation hook
 * instead loaded a second copy (+330 MB PSS, bench/RESULTS.md 2026-11-29T22:39).
 */
export function startWorkerInWebServer(payload: Payload): void {
  holder.portalJobWorker ??= import('./worker')
    .then(({ startJobWorker }) => startJobWorker(payload))
    .catch((error) => {
      console.error('[worker] Không khởi động được hàng đợi công việc:', error)
      return null
    })
}

/** Lets a running job finish (bounded by the caller), so none is left "processing". */
export async function stopWorkerInWebServer(): Promise<void> {
  const worker = await holder.portalJobWorker
  await worker?.stop()
}
