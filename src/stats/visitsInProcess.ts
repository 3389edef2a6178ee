import type { Pool } from 'pg'

import type { VisitBuffer } from './visitBuffer'

/**
 * This process's one visit buffer, shared by the Next route and Payload's endpoint (both live in
 * the web server's process, src/launcher/webServer.ts), created on the first beacon. globalThis,
 * because Next bundles route modules apart from the launcher that stops it.
 */
const holder = globalThis as typeof globalThis & { portalVisitBuffer?: VisitBuffer }

export async function processVisitBuffer(pool: Pool): Promise<VisitBuffer> {
  if (!holder.portalVisitBuffer) {
    const { createVisitBuffer } = await import('./visitBuffer')
    holder.portalVisitBuffer ??= createVisitBuffer(pool)
  }
  return holder.portalVisitBuffer
}

/** On SIGTERM, after the server stopped taking requests: writes what is still buffered. */
export async function stopVisitBuffer(): Promise<void> {
  await holder.portalVisitBuffer?.stop()
}
