import { chromium, type Browser, type Page } from 'playwright-core'

/** Debian's Chromium driven by Playwright (Playwright cannot download its own browser here). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  })
}

/** Signs in through the admin's login form. */
export async function adminLogin(page: Page, base: string, email: string, password: string) {
  await page.goto(`${base}/admin/login`, { timeout: 120_000 })
  await page.fill('#field-email', email)
  await page.fill('#field-password', password)
  await page.click('button[type=submit]')
  await page.waitForURL(/\/admin\/?$/, { timeout: 120_000 })
}
