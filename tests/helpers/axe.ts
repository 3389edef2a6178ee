import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { Page } from 'playwright-core'

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
)

type AxeResult = { violations: { id: string; impact: string; nodes: unknown[] }[] }

/**
 * axe-core's serious and critical findings on the page. axe is evaluated through the DevTools
 * protocol, not added as a <script>: the page's CSP rightly refuses scripts it does not list.
 */
export async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource)
  const result = await page.evaluate(() =>
    (window as unknown as { axe: { run: () => Promise<AxeResult> } }).axe.run(),
  )
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}, ${v.nodes.length})`)
}
