/**
 * Lighthouse 12 (pinned 12.2.3: 13 wants Node 22) on Debian's Chromium, mobile defaults
 * (simulated slow 4G, 4× CPU slowdown): the four scores of each page, the median of a few runs
 * by performance (the simulation still samples this shared machine's CPU), and what the browser
 * logged as console errors.
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { repoRoot } from '../src/launcher/paths'

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium'
// tests/helpers/browser.ts's flags, headless.
const CHROME_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]
export const LIGHTHOUSE_RUNS = Number(process.env.LIGHTHOUSE_RUNS || 3)

export type Scores = {
  performance: number
  accessibility: number
  bestPractices: number
  seo: number
  fcp: number
  lcp: number
  tbt: number
  cls: number
  consoleErrors: string[]
}

type Lhr = {
  categories: Record<string, { score: number | null }>
  audits: Record<
    string,
    {
      numericValue?: number
      details?: { items?: { description?: string; source?: string; url?: string }[] }
    }
  >
  runtimeError?: { message: string }
}

async function runOnce(url: string): Promise<Scores> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'portal-lighthouse-'))
  const out = path.join(dir, 'report.json')
  try {
    const cli = path.join(repoRoot, 'node_modules/lighthouse/cli/index.js')
    const args = [
      cli,
      url,
      '--quiet',
      '--output=json',
      `--output-path=${out}`,
      `--chrome-flags=${CHROME_FLAGS.join(' ')}`,
    ]
    await new Promise<void>((resolve, reject) => {
      const child = spawn(process.execPath, args, {
        env: { ...process.env, CHROME_PATH: CHROMIUM },
        stdio: ['ignore', 'inherit', 'inherit'],
      })
      child.once('error', reject)
      child.once('exit', (code) =>
        code === 0 ? resolve() : reject(new Error(`lighthouse exited ${code} on ${url}`)),
      )
    })
    const lhr = JSON.parse(readFileSync(out, 'utf8')) as Lhr
    if (lhr.runtimeError) throw new Error(`lighthouse: ${lhr.runtimeError.message}`)
    const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100)
    const value = (id: string) => lhr.audits[id]?.numericValue ?? NaN
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      seo: score('seo'),
      fcp: value('first-contentful-paint'),
      lcp: value('largest-contentful-paint'),
      tbt: value('total-blocking-time'),
      cls: value('cumulative-layout-shift'),
      consoleErrors: (lhr.audits['errors-in-console']?.details?.items ?? []).map((i) =>
        `${i.source ?? ''} ${i.url ?? ''} ${i.description ?? ''}`.trim(),
      ),
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** The run with the median performance score out of `runs`. */
export async function lighthouse(url: string, runs = LIGHTHOUSE_RUNS): Promise<Scores> {
  const all: Scores[] = []
  for (let i = 0; i < runs; i++) all.push(await runOnce(url))
  all.sort((a, b) => a.performance - b.performance)
  return all[Math.floor(all.length / 2)]
}

export const lighthouseHeader = [
  '| page | performance | accessibility | best practices | SEO | FCP ms | LCP ms | TBT ms | CLS | console errors |',
  '|---|---|---|---|---|---|---|---|---|---|',
]

export const lighthouseRow = (name: string, s: Scores) =>
  `| ${name} | ${s.performance} | ${s.accessibility} | ${s.bestPractices} | ${s.seo} | ${s.fcp.toFixed(0)} | ${s.lcp.toFixed(0)} | ${s.tbt.toFixed(0)} | ${s.cls.toFixed(3)} | ${s.consoleErrors.length ? s.consoleErrors.join('; ') : 'none'} |`
