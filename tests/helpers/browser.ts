import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'

import { within } from '../../src/lib/within'

/** Debian's Chromium driven by Playwright (Playwright cannot download its own browser here). */
export async function launchChromium(extraArgs: string[] = []): Promise<Browser> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      ...extraArgs,
    ],
  })
  // Every page of this browser reports its CSP violations into `cspViolations`.
  const newContext = browser.newContext.bind(browser)
  browser.newContext = async (...args) => {
    const context = await newContext(...args)
    context.on('page', watchCsp)
    boundClose(context)
    return context
  }
  const newPage = browser.newPage.bind(browser)
  browser.newPage = async (...args) => watchCsp(await newPage(...args))
  return browser
}

/**
 * Chromium may never answer `context.close()` while one of its pages is reloading (seen under
 * load in admin.e2e: the test then sat until its own timeout, naming no step). Bounded, the close
 * fails saying so; a test should wait for what the page shows before closing it.
 */
function boundClose(context: BrowserContext, ms = 30_000) {
  const close = context.close.bind(context)
  context.close = (options) =>
    within(close(options), ms).catch((error: Error) => {
      throw new Error(`closing a browser context: ${error.message}`)
    })
}

/** What the browser refused under the Content-Security-Policy, on any page it opened. */
export const cspViolations: string[] = []

const watched = new WeakSet<Page>()

function watchCsp(page: Page): Page {
  if (watched.has(page)) return page
  watched.add(page)
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text()))
      cspViolations.push(`${page.url()}: ${message.text().slice(0, 300)}`)
  })
  return page
}

/** Signs in through the admin's login form. */
export async function adminLogin(page: Page, base: string, email: string, password: string) {
  await page.goto(`${base}/admin/login`, { timeout: 120_000 })
  await page.fill('#field-email', email)
  await page.fill('#field-password', password)
  await page.click('button[type=submit]')
  await page.waitForURL(/\/admin\/?$/, { timeout: 120_000 })
}

/** The workflow state the article's edit view shows (null while it is not rendered yet). */
export const workflowStateOf = (page: Page) =>
  page
    .getByTestId('workflow-state')
    .textContent({ timeout: 20_000 })
    .catch(() => null)

/**
 * Clicks a workflow button until `done` holds: right after navigation the server-rendered button
 * may not be hydrated yet, and a click then does nothing.
 */
export async function clickUntil(page: Page, name: string, done: () => Promise<boolean>) {
  const deadline = Date.now() + 180_000
  while (!(await done())) {
    if (Date.now() > deadline) throw new Error(`"${name}" did not take effect within 180 s`)
    await page
      .getByRole('button', { name, exact: true })
      .click({ timeout: 60_000 })
      .catch(() => {})
    await page.waitForTimeout(1000)
  }
}
