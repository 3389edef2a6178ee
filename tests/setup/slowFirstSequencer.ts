import { BaseSequencer, type TestSpecification } from 'vitest/node'

/**
 * Two files run at a time. A fresh clone has no timings, so vitest started the largest files
 * first and the slowest ones (several minutes each, below) came mid-run; the suite then ended
 * with one worker finishing a long file alone. These start first, longest first, by the
 * durations of the last CI runs; every other file follows in vitest's own order.
 */
const SLOWEST = [
  'launcher.e2e',
  'admin.e2e',
  'production.e2e',
  'pages.e2e',
  'lifecycle.e2e',
  'scaleOut.e2e',
  'backup.int',
  'faults.e2e',
  'sites.routing.e2e',
]

const rank = (file: string) => {
  const i = SLOWEST.findIndex((name) => file.endsWith(`/${name}.test.ts`))
  return i === -1 ? SLOWEST.length : i
}

export class SlowFirstSequencer extends BaseSequencer {
  async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files)
    return sorted
      .map((spec, i) => ({ spec, i }))
      .sort((a, b) => rank(a.spec.moduleId) - rank(b.spec.moduleId) || a.i - b.i)
      .map(({ spec }) => spec)
  }
}
