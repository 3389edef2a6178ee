/**
 * `npm run bench [-- name …]`: runs the benchmarks and appends their figures to bench/RESULTS.md.
 * Each figure stands beside a baseline measured in the same run (this machine is shared and noisy).
 */
import { appendFileSync, existsSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { benchAudio } from './audio'
import { benchBackup } from './backup'
import { benchComments } from './comments'
import { benchDocuments } from './documents'
import { benchPages } from './pages'
import { benchSearch } from './search'
import { benchSites } from './sites'
import { benchVisits } from './visits'

const benches: Record<string, () => Promise<string>> = {
  pages: benchPages,
  comments: benchComments,
  search: benchSearch,
  backup: benchBackup,
  sites: benchSites,
  documents: benchDocuments,
  audio: benchAudio,
  visits: benchVisits,
}
const names = process.argv.slice(2).filter((a) => a !== '--')
const chosen = names.length ? names : Object.keys(benches)
const results = path.join(import.meta.dirname, 'RESULTS.md')
if (!existsSync(results))
  writeFileSync(results, '# Benchmark results\n\nAppended by `npm run bench`; newest last.\n\n')
appendFileSync(
  results,
  `## Run ${new Date().toISOString()} — ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}\n\n`,
)
for (const name of chosen) {
  if (!benches[name])
    throw new Error(`Không có benchmark "${name}". Có: ${Object.keys(benches).join(', ')}`)
  const section = await benches[name]()
  console.log(section)
  appendFileSync(results, `${section}\n`)
}
process.exit(0)
