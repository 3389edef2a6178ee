import os from 'node:os'
import path from 'node:path'

import { acquireInstanceLock } from '../../src/launcher/instanceLock'

/**
 * The e2e files that run `npm run dev` (launcher, life cycle) take turns: two Turbopack dev servers
 * compiling at once on two cores starved each other into timeouts. The turn is the launcher's own
 * kernel-held lock on a shared folder, so a crashed file never blocks the next one.
 */
export async function takeDevServerTurn(): Promise<() => Promise<void>> {
  const dir = path.join(os.tmpdir(), 'portal-dev-e2e-turn')
  for (;;) {
    const result = await acquireInstanceLock(dir, {
      pid: process.pid,
      command: 'test',
      state: 'busy',
    })
    if (result.lock) return result.lock.release
    await new Promise((r) => setTimeout(r, 2000))
  }
}
