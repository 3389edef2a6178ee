/**
 * Holds the instance lock of the data directory given as argument, as a launcher would, until
 * killed (run by tests/launcher.test.ts to show that the kernel frees it on death).
 */
import { acquireInstanceLock } from '../../src/launcher/instanceLock'

const result = await acquireInstanceLock(process.argv[2], {
  pid: process.pid,
  command: 'dev',
  state: 'serving',
  url: 'http://localhost:1',
})
console.log(result.lock ? 'held' : 'refused')
setInterval(() => {}, 60_000)
