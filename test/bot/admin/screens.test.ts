import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { listCountryAliases } from '../../../src/db/country-aliases.js'
import { getItemsByIds } from '../../../src/db/items.js'
import { plain } from '../../helpers/payloads.js'
import { ADMIN_ID, createTestApp, type TestApp } from '../../helpers/test-app.js'
import { callback, command, message, user } from '../../helpers/updates.js'
import { lastMessageId, lastText, seedFlagged } from './helpers.js'

describe('admin screens say what they mean', () => {
  let t: TestApp
  beforeEach(async () => {
    t = await createTestApp()
    t.api.chats.set(ADMIN_ID, { id: ADMIN_ID, type: 'private', first_name: 'Aigerim', last_name: 'Sadykova', username: 'aigerim_s' })
  })
  afterEach(async () => t.close())

  it.each([
    ['en', /Labels set by Aigerim Sadykova \(@aigerim_s\): relevant · Talks/, /Aigerim Sadykova \(@aigerim_s\) · kind edited/],
    ['ru', /Метки поставил\(а\) Aigerim Sadykova \(@aigerim_s\): по теме · Переговоры/, /Aigerim Sadykova \(@aigerim_s\) · тип изменён/],
    ['kk', /Белгілерді Aigerim Sadykova \(@aigerim_s\) қойды: тақырыпқа сай · Келіссөздер/, /Aigerim Sadykova \(@aigerim_s\) · түрі өзгертілді/],
  ])('shows an admin\'s label as the admin\'s, and names admins in the history (%s)', async (lang, label, history) => {
    const admin = user(ADMIN_ID, lang)
    const [id] = await seedFlagged(t.db, [{ title: 'Встреча министров', partners: ['BY'], kind: 'event' }])
    await t.bot.handleUpdate(callback(admin, `rv:k:${id}`))
    await t.bot.handleUpdate(callback(admin, 'cv:kind:meeting', undefined, lastMessageId(t.api, ADMIN_ID)))
    const card = plain(lastText(t.api))
    expect(card).toMatch(label)
    expect(card).not.toMatch(/Classifier|Классификатор|Жіктеуіш/)
    await t.bot.handleUpdate(command(admin, '/review history'))
    const entries = plain(lastText(t.api))
    expect(entries).toMatch(history)
    expect(entries).not.toContain(String(ADMIN_ID))
  })

  it('heads an item judged not relevant with "no partner country", not domestic cooperation', async () => {
    await seedFlagged(t.db, [{ title: 'Прогноз погоды', partners: [], kind: null }])
    await t.db.updateTable('classification').set({ is_relevant: 0 }).execute()
    await t.bot.handleUpdate(command(user(ADMIN_ID, 'en'), '/review'))
    const card = plain(lastText(t.api))
    expect(card).toMatch(/— no partner country/)
    expect(card).not.toMatch(/Domestic cooperation/)
  })

  it('takes «Казахстан» for a Kazakh institution: remembered, and never a partner', async () => {
    const admin = user(ADMIN_ID, 'ru')
    const [id] = await seedFlagged(t.db, [{ title: 'Музей подписал меморандум', partners: ['BY'], kind: 'agreement' }])
    await t.bot.handleUpdate(callback(admin, `rv:p:${id}`))
    await t.bot.handleUpdate(message(admin, 'Франция, Музей Кастеева'))
    expect(lastText(t.api)).toMatch(/казахстанского учреждения напишите «Казахстан»/)
    await t.bot.handleUpdate(message(admin, 'Казахстан'))
    const summary = plain(lastText(t.api))
    expect(summary).toMatch(/^Я понял: 🇫🇷 Франция\./)
    expect(summary).toMatch(/Запомню «Музей Кастеева» как 🇰🇿 Казахстан: это наша страна, поэтому партнёром она не станет/)
    await t.bot.handleUpdate(callback(admin, 'cv:ok', undefined, lastMessageId(t.api, ADMIN_ID)))
    expect((await getItemsByIds(t.db, [id!]))[0]?.partners).toEqual(['FR'])
    expect(await listCountryAliases(t.db)).toEqual([{ alias: 'Музей Кастеева', country: 'KZ' }])
  })

  it('fits what it understood in one message however many unknown names were typed', async () => {
    const admin = user(ADMIN_ID, 'en')
    const [id] = await seedFlagged(t.db, [{ title: 'Museums sign a memorandum', partners: ['BY'], kind: 'agreement' }])
    await t.bot.handleUpdate(callback(admin, `rv:p:${id}`))
    // A pasted list of the signatories: Telegram takes up to 4096 characters from the admin.
    const pasted = ['France', ...Array.from({ length: 300 }, (_, i) => `Museum of local history ${i}`)].join(', ').slice(0, 4096)
    await t.bot.handleUpdate(message(admin, pasted))
    for (let asked = 0; asked < 3; asked++) await t.bot.handleUpdate(callback(admin, 'cv:skip', undefined, lastMessageId(t.api, ADMIN_ID)))
    const summary = plain(lastText(t.api))
    expect(summary).toMatch(/^I understood: 🇫🇷 France\.\nIgnored: «Museum of local history 0», .* and \d+ more\.\nSave these partners\?$/)
    expect(summary.length).toBeLessThanOrEqual(4096)
    await t.bot.handleUpdate(callback(admin, 'cv:ok', undefined, lastMessageId(t.api, ADMIN_ID)))
    expect((await getItemsByIds(t.db, [id!]))[0]?.partners).toEqual(['FR'])
  })

  it('shows the time of the last success and the last error in /sources', async () => {
    const at = '2026-11-21T08:05:00.000Z'
    await t.db
      .insertInto('source')
      .values({ name: 'Kazinform', url: 'https://www.inform.kz/rss/rus.xml', type: 'rss', lang: 'ru', list_selectors: null, project: null, etag: null, last_modified: null, first_polled_at: at, last_polled_at: at, last_success_at: at, last_error: null, last_error_at: null, created_at: at, updated_at: at })
      .execute()
    await t.bot.handleUpdate(command(user(ADMIN_ID, 'en'), '/sources'))
    expect(plain(lastText(t.api))).toMatch(/Last success: 21 Nov 2026 13:05/)
  })
})
