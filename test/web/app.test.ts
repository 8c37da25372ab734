import { afterEach, describe, expect, it } from 'vitest'
import { lastPayload } from '../helpers/payloads.js'
import { dailyItems, seedItems } from '../helpers/seed-items.js'
import { createTestApp, type TestApp } from '../helpers/test-app.js'
import { command, user } from '../helpers/updates.js'
import { startOpsApp } from '../ops/ops-app.js'

describe('bot lists link to the web archive', () => {
  let t: TestApp
  afterEach(async () => t.close())

  it.each([
    ['/latest', 'en', 'https://archive.example.org/?lang=en', 'Open in the web archive'],
    ['/country Ресей', 'kk', 'https://archive.example.org/country/RU?lang=kk', 'Веб-мұрағатта ашу'],
    ['/search Item', 'ru', 'https://archive.example.org/search?q=Item&amp;lang=ru', 'Открыть в веб-архиве'],
  ])('%s (%s) links to the matching page when PUBLIC_URL is set', async (text, lang, href, label) => {
    t = await createTestApp({ PUBLIC_URL: 'https://archive.example.org/' })
    await seedItems(t.db, dailyItems(3, ['RU']))
    await t.bot.handleUpdate(command(user(70, lang), text))
    expect(lastPayload(t).text).toContain(`<a href="${href}">🌐 ${label.replace(/^🌐 /, '')}</a>`)
  })

  it('adds no link without PUBLIC_URL', async () => {
    t = await createTestApp()
    await seedItems(t.db, dailyItems(3, ['RU']))
    await t.bot.handleUpdate(command(user(71, 'en'), '/country RU'))
    expect(lastPayload(t).text).not.toContain('web archive')
  })
})

describe('the app serves the archive beside /healthz', () => {
  it('answers the archive, /healthz and /metrics on PORT once started, exports included', async () => {
    const ops = await startOpsApp()
    try {
      await seedItems(ops.db, dailyItems(2, ['RU']))
      const home = await fetch(ops.url('/'))
      expect(home.status).toBe(200)
      expect(await home.text()).toContain('Item 1 with RU')
      // The app's database is in memory: exports stream through kysely on the app's connection.
      expect((await (await fetch(ops.url('/country/RU.csv'))).text()).trim().split('\r\n')).toHaveLength(3)
      expect((await fetch(ops.url('/healthz'))).headers.get('content-type')).toBe('application/json')
      expect((await fetch(ops.url('/metrics'))).status).toBe(200)
    } finally {
      await ops.close()
    }
  })
})
