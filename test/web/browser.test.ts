import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { type BrowserContext, chromium, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { LANGS } from '../../src/classify/types.js'
import { type ArchiveServer, seedArchive, startArchiveServer, TITLES } from './web-fixtures.js'

/** Debian's chromium package (`apt-get install -y chromium`; .ci/run installs it). */
const CHROMIUM = '/usr/bin/chromium'
const ARTIFACTS = fileURLToPath(new URL('./artifacts', import.meta.url))
const isMissing = !existsSync(CHROMIUM)
// Locally, and only when asked, a machine without Chromium may skip; CI never does.
const isSkipped = isMissing && process.env.CI !== 'true' && process.env.COOPWATCH_SKIP_BROWSER_TEST === '1'
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

/** What the browser saw go wrong on a page: console errors, page errors, failed or refused requests. */
interface Trouble {
  errors: string[]
}

function watch(page: Page): Trouble {
  const trouble: Trouble = { errors: [] }
  page.on('console', (m) => {
    if (m.type() === 'error') trouble.errors.push(`console: ${m.text()}`)
  })
  page.on('pageerror', (e) => trouble.errors.push(`page error: ${e.message}`))
  page.on('requestfailed', (r) => trouble.errors.push(`request failed: ${r.url()} ${r.failure()?.errorText ?? ''}`))
  page.on('response', (r) => {
    if (r.status() >= 400) trouble.errors.push(`HTTP ${r.status()}: ${r.url()}`)
  })
  return trouble
}

interface AxeViolation {
  id: string
  impact: string | null
  help: string
  nodes: { target: string[] }[]
}

/** axe-core run inside the page (evaluated through the DevTools protocol, so the page's CSP stays on). */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource)
  const violations = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<{ violations: AxeViolation[] }> } }).axe
    return (await axe.run(document, { resultTypes: ['violations'] })).violations
  })
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)
}

describe.skipIf(isSkipped)('web archive in a real browser (headless Chromium)', () => {
  let s: ArchiveServer
  let context: BrowserContext
  let profile: string
  const checkedLinks = new Map<string, number>()

  beforeAll(async () => {
    if (isMissing) {
      throw new Error(
        `Chromium not found at ${CHROMIUM}: install Debian's package (apt-get install -y chromium; .ci/run does). ` +
          'Outside CI, COOPWATCH_SKIP_BROWSER_TEST=1 skips this test.',
      )
    }
    s = await startArchiveServer({ HOME_COUNTRY: 'KZ' })
    await seedArchive(s)
    profile = mkdtempSync(join(tmpdir(), 'coopwatch-chromium-'))
    mkdirSync(ARTIFACTS, { recursive: true })
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
      viewport: { width: 1100, height: 900 },
    })
  }, 60_000)

  afterAll(async () => {
    await context?.close()
    if (profile) rmSync(profile, { recursive: true, force: true })
    await s?.close()
  })

  /** Every same-origin link on the page answers below 400 (after redirects). */
  async function expectLinksResolve(page: Page): Promise<void> {
    // getAttribute: an SVG link's href is not a string property.
    const hrefs = await page.$$eval('a[href]', (links) => links.map((a) => new URL(a.getAttribute('href')!, document.baseURI).href))
    const own = [...new Set(hrefs.filter((h) => h.startsWith(s.origin)).map((h) => h.split('#')[0]!))]
    expect(own.length).toBeGreaterThan(0)
    for (const href of own) {
      if (!checkedLinks.has(href)) checkedLinks.set(href, (await context.request.get(href, { maxRedirects: 5 })).status())
      expect(checkedLinks.get(href), href).toBeLessThan(400)
    }
  }

  /**
   * Clicks a map shape where it really is: Russia's bounding box spans the map (Chukotka lies
   * past 180°), so its centre is sea. Looks for a point whose topmost element is the shape.
   */
  async function clickShape(page: Page, selector: string): Promise<void> {
    const point = await page.$eval(selector, (shape) => {
      const box = shape.getBoundingClientRect()
      for (let fy = 0.1; fy < 1; fy += 0.1) {
        for (let fx = 0.1; fx < 1; fx += 0.05) {
          const x = box.left + box.width * fx
          const y = box.top + box.height * fy
          if (document.elementFromPoint(x, y) === shape) return { x, y }
        }
      }
      return null
    })
    expect(point, `a visible point of ${selector}`).not.toBeNull()
    await page.mouse.click(point!.x, point!.y)
  }

  async function visit(page: Page, trouble: Trouble): Promise<void> {
    await page.waitForLoadState('load')
    expect(trouble.errors).toEqual([])
    expect(await seriousViolations(page)).toEqual([])
    await expectLinksResolve(page)
  }

  it.each(LANGS.map((lang) => [lang]))(
    'shows home, a filtered country page, an item and a search in %s',
    async (lang) => {
      const page = await context.newPage()
      const trouble = watch(page)
      try {
        await page.goto(`${s.origin}/?lang=${lang}`)
        expect(await page.getAttribute('html', 'lang')).toBe(lang)
        // The map shades the four partner countries that have items; the timeline has a bar per month with items.
        expect(await page.locator('svg.world-map path.has-items').count()).toBe(4)
        expect(await page.locator('svg.world-map a').count()).toBe(4)
        expect(await page.locator('svg.timeline g.bar').count()).toBe(6)
        const mapBox = await page.locator('svg.world-map').boundingBox()
        expect(mapBox?.width).toBeGreaterThan(500)
        await visit(page, trouble)
        await page.screenshot({ path: join(ARTIFACTS, `home-${lang}.png`) })
        await page.screenshot({ path: join(ARTIFACTS, `home-${lang}-full.png`), fullPage: true })

        // From the map to Russia, then narrowed with the filter form.
        await page.locator('svg.world-map path[data-country="RU"]').scrollIntoViewIfNeeded()
        await clickShape(page, 'svg.world-map path[data-country="RU"]')
        await page.waitForURL(/\/country\/RU\?lang=/)
        expect(await page.locator('svg.timeline g.bar').count()).toBe(3)
        await page.selectOption('select[name="kind"]', 'meeting')
        await page.selectOption('select[name="year"]', '2024')
        await page.locator('form.filters button[type="submit"]').click()
        await page.waitForURL(`${s.origin}/country/RU?lang=${lang}&kind=meeting&year=2024`)
        expect(await page.locator('.items h3').allTextContents()).toEqual([TITLES.tricky])
        await visit(page, trouble)

        await page.locator('.items h3 a').first().click()
        await page.waitForURL(/\/item\/\d+\?lang=/)
        expect(await page.locator('h1').textContent()).toBe(TITLES.tricky)
        await visit(page, trouble)

        await page.fill('.header-search input[name="q"]', lang === 'kk' ? 'ынтымақтастығы' : lang === 'ru' ? 'музейное' : 'culture')
        await page.locator('.header-search button').click()
        await page.waitForURL(/\/search\?/)
        expect(await page.locator('.items h3').allTextContents()).toEqual([lang === 'kk' ? TITLES.kazakh : lang === 'ru' ? TITLES.museums : TITLES.france])
        await visit(page, trouble)
      } finally {
        await page.close()
      }
    },
    120_000,
  )
})
