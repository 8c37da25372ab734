import { afterEach, beforeEach, expect, it } from 'vitest'
import { insertSource } from '../../src/db/sources.js'
import { FixtureServer } from '../helpers/fixture-server.js'
import { createTestApp, type TestApp } from '../helpers/test-app.js'
import { command, user } from '../helpers/updates.js'
import { rss } from './attacks.js'

let t: TestApp
let server: FixtureServer
beforeEach(async () => {
  t = await createTestApp()
  server = new FixtureServer()
  await server.start()
})
afterEach(async () => {
  await t.close()
  await server.stop()
})

/** About 3 MB of article page: seconds of parsing and extraction, on the worker thread. */
const heavyPage = `<html><body><article><h1>Тяжёлая страница</h1>${'<div class="text"><p>Казахстан и Франция обсудили сотрудничество музеев и театров.</p></div>'.repeat(30_000)}</article></body></html>`

it('answers an update that arrives while a hostile page is being read (issue 13.1)', async () => {
  let isPageSent = false
  server.route('/heavy', (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
    res.end(heavyPage, () => {
      isPageSent = true
    })
  })
  server.text('/feed.xml', rss([{ title: 'Тяжёлая страница', link: server.url('/heavy') }]), 200, { 'content-type': 'application/rss+xml' })
  await insertSource(t.db, { name: 'heavy', url: server.url('/feed.xml'), type: 'rss', lang: 'ru', isEnabled: true, list: null, project: null }, 'file', t.clock.now())
  let isPollDone = false
  const polling = t.app.poller.runOnce().then(() => {
    isPollDone = true
  })
  // Once the page is out, reading it begins: on the thread answering users, no update could be handled before it ends.
  await expect.poll(() => isPageSent, { timeout: 60_000 }).toBe(true)
  await t.bot.handleUpdate(command(user(40, 'en'), '/start'))
  expect(t.api.sent().at(-1)?.payload).toMatchObject({ chat_id: 40 })
  expect(isPollDone).toBe(false)
  await polling
  expect(await t.db.selectFrom('article').select('title').execute()).toEqual([{ title: 'Тяжёлая страница' }])
}, 120_000)
