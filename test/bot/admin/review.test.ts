import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createBot } from '../../../src/bot/create-bot.js'
import { claimsWithAliases, createCountryIndex, findCountryMentions, listCountryCodes } from '../../../src/classify/countries.js'
import { listCountryAliases, teachCountryAlias } from '../../../src/db/country-aliases.js'
import { enqueueAlerts } from '../../../src/alerts/enqueue.js'
import { getItemsByIds } from '../../../src/db/items.js'
import { type CurationResult, setItemPartners } from '../../../src/db/review.js'
import { telegramLength } from '../../../src/telegram/length.js'
import { ADMIN_ID, createTestApp, testConfig, type TestApp } from '../../helpers/test-app.js'
import { callback, command, groupChat, message, user } from '../../helpers/updates.js'
import { auditRows, lastButtons, lastMessageId, lastText, seedFlagged, subscribe } from './helpers.js'
import { seedItems } from '../../helpers/seed-items.js'
import { plain } from '../../helpers/payloads.js'

const SUBSCRIBER = 700_001

describe('/review in English: approve, alerts, undo', () => {
  let t: TestApp
  const admin = user(ADMIN_ID, 'en')
  beforeEach(async () => {
    t = await createTestApp()
  })
  afterEach(async () => t.close())

  it('shows the newest flagged item with counter, guess, evidence and buttons; approve publishes and queues alerts; undo reverts both', async () => {
    const [, newer] = await seedFlagged(t.db, [
      { title: 'Older <b>item</b> about Belarus', partners: ['BY'], publishedAt: '2026-11-20T06:00:00.000Z', kind: 'meeting', body: 'First paragraph of the text.\nSecond paragraph.' },
      { title: 'Kazakhstan and Russia sign a memorandum on museums', partners: ['RU'], publishedAt: '2026-11-21T06:00:00.000Z', kind: 'agreement', sectors: ['museums'], evidence: ['signed a memorandum', 'Russian side'] },
    ])
    await subscribe(t.db, SUBSCRIBER, ['RU'])

    await t.bot.handleUpdate(command(admin, '/review'))
    const card = t.api.sent().at(-1)!.payload
    expect(card).toMatchObject({ chat_id: ADMIN_ID, parse_mode: 'HTML' })
    expect(card.text).toMatch(/1 of 2/)
    expect(card.text).toContain('Kazakhstan and Russia sign a memorandum on museums')
    expect(card.text).toMatch(/confidence 0\.41/)
    expect(card.text).toContain('«signed a memorandum», «Russian side»')
    expect(card.text).toContain('Russia')
    expect(lastButtons(t.api).map((b) => b.data)).toEqual([`rv:a:${newer}:0`, `rv:r:${newer}:0`, `rv:p:${newer}`, `rv:k:${newer}`, `rv:s:${newer}`])

    await t.bot.handleUpdate(callback(admin, `rv:a:${newer}`, undefined, lastMessageId(t.api, ADMIN_ID)))
    const [item] = await getItemsByIds(t.db, [newer!])
    expect(item?.status).toBe('published')
    const outbox = await t.db.selectFrom('alert_outbox').select(['article_id', 'chat_id', 'state']).execute()
    expect(outbox).toEqual([{ article_id: newer, chat_id: SUBSCRIBER, state: 'pending' }])
    expect(t.api.sent('answerCallbackQuery').at(-1)?.payload.text).toMatch(/Approved.*1 alert queued/)
    expect(await t.deps.metrics.registry.getSingleMetricAsString('coopwatch_items_published_total')).toMatch(/coopwatch_items_published_total 1$/m)
    expect(lastText(t.api, 'editMessageText')).toMatch(/Approved/)
    const undoData = lastButtons(t.api, 'editMessageText')[0]!.data
    expect(undoData).toMatch(/^rv:u:\d+$/)
    // The next item follows at once, now "1 of 1" since the queue shrank.
    expect(lastText(t.api)).toMatch(/1 of 1/)
    expect(lastText(t.api)).toContain('Older &lt;b&gt;item&lt;/b&gt; about Belarus')

    const classification = await t.db.selectFrom('classification').select(['curated_by', 'curated_at', 'status_changed_at']).where('article_id', '=', newer!).executeTakeFirstOrThrow()
    expect(classification).toEqual({ curated_by: ADMIN_ID, curated_at: '2026-11-21T09:00:00.000Z', status_changed_at: '2026-11-21T09:00:00.000Z' })
    const [approval] = await auditRows(t.db)
    expect(approval).toMatchObject({
      admin_id: ADMIN_ID, action: 'approve', article_id: newer, created_at: '2026-11-21T09:00:00.000Z',
      before: { status: 'flagged', relevant: true, kind: 'agreement', partners: ['RU'], sectors: ['museums'] },
      after: { status: 'published', relevant: true, kind: 'agreement', partners: ['RU'] },
    })

    t.clock.advance(60_000)
    await t.bot.handleUpdate(callback(admin, undoData))
    expect((await getItemsByIds(t.db, [newer!]))[0]?.status).toBe('flagged')
    expect(await t.db.selectFrom('alert_outbox').select('state').execute()).toEqual([])
    expect(t.api.sent().at(-2)?.payload.text).toMatch(/Undone.*#1.*\n.*published.*→.*waiting for review[\s\S]*withdrawn: 1/)
    // The labels are the classifier's again, as the card says.
    expect(await t.db.selectFrom('classification').select(['curated_by', 'curated_at']).where('article_id', '=', newer!).executeTakeFirstOrThrow()).toEqual({ curated_by: null, curated_at: null })
    expect(lastText(t.api)).toMatch(/of 2/)
    const undo = (await auditRows(t.db))[1]
    expect(undo).toMatchObject({ action: 'undo', article_id: newer, undoes_id: approval!.id, before: { status: 'published' }, after: { status: 'flagged' }, created_at: '2026-11-21T09:01:00.000Z' })

    // The same undo twice is refused, and changes nothing.
    await t.bot.handleUpdate(callback(admin, undoData))
    expect(t.api.sent('answerCallbackQuery').at(-1)?.payload).toMatchObject({ text: expect.stringMatching(/already undone/), show_alert: true })
    expect(await auditRows(t.db)).toHaveLength(2)

    await t.bot.handleUpdate(command(admin, '/review history'))
    const history = lastText(t.api)
    expect(history).toMatch(/#2.*undo/)
    expect(history).toMatch(/#1.*approved[\s\S]*undone by #2/)
    expect(lastButtons(t.api)).toEqual([])

    // Approved again, the item queues the alert its undo withdrew.
    t.clock.advance(60_000)
    await t.bot.handleUpdate(callback(admin, `rv:a:${newer}`))
    expect(t.api.sent('answerCallbackQuery').at(-1)?.payload.text).toMatch(/Approved.*1 alert queued/)
    expect(await t.db.selectFrom('alert_outbox').select(['chat_id', 'state']).execute()).toEqual([{ chat_id: SUBSCRIBER, state: 'pending' }])
  })

  it.each([
    ['en', 'Alerts queued again: 1.'],
    ['ru', 'Оповещений снова в очереди: 1.'],
    ['kk', 'Қайта кезекке қойылған хабарламалар: 1.'],
  ])('says, in the admin\'s language (%s), how many alerts an undo queued again', async (lang, said) => {
    const [id] = await seedFlagged(t.db, [{ title: 'Kazakhstan and Russia sign a memorandum', partners: ['RU'], publishedAt: '2026-11-21T06:00:00.000Z', kind: 'agreement' }])
    await subscribe(t.db, SUBSCRIBER, ['RU'])
    const admin = user(ADMIN_ID, lang)
    await t.bot.handleUpdate(callback(admin, `rv:a:${id}`))
    // Another admin's edit moves the item away from the subscriber, whose alert is withdrawn as it is about to leave.
    const policy = { now: t.clock.now(), maxAgeHours: t.deps.config.alertMaxAgeHours }
    const edit = await setItemPartners(t.db, { articleId: id!, adminId: ADMIN_ID, now: t.clock.now(), partners: ['FR'] }, (trx, articleId) => enqueueAlerts(trx, articleId, policy))
    await t.app.alerts.sender.runOnce()
    expect(await t.db.selectFrom('alert_outbox').select(['chat_id', 'state']).execute()).toEqual([{ chat_id: SUBSCRIBER, state: 'skipped' }])

    t.clock.advance(60_000)
    await t.bot.handleUpdate(callback(admin, `rv:u:${(edit as Extract<CurationResult, { ok: true }>).auditId}`))
    expect(lastText(t.api)).toContain(said)
    expect(await t.db.selectFrom('alert_outbox').select(['chat_id', 'state']).execute()).toEqual([{ chat_id: SUBSCRIBER, state: 'pending' }])
  })

  it.each<[string, 'en' | 'ru' | 'kk', RegExp]>([
    ['English', 'en', /^✅ <b>Approved<\/b> and published\. No alerts were due\.\n📎 These labels now hold for the whole story: its copy from another source alerts only the chats they match/],
    ['Russian', 'ru', /^✅ <b>Одобрено<\/b> и опубликовано\. Оповещений не требуется\.\n📎 Эти метки теперь действуют для всей новости: её 1 копия из другого источника оповещает только те чаты/],
    ['Kazakh', 'kk', /^✅ <b>Мақұлданды<\/b> және жарияланды\. Жіберілетін хабарлама жоқ\.\n📎 Бұл белгілер енді бүкіл жаңалыққа қолданылады: оның басқа дереккөздердегі 1 нұсқасы/],
  ])('tells the admin, in %s, that an approval leaving the labels as they were rules the story\'s copies from other sources too, and says nothing of copies a story has not', async (_, lang, ruling) => {
    const [story, lone] = await seedFlagged(t.db, [
      { title: 'Memorandum with Russia (ministry)', partners: ['RU'], kind: 'agreement' },
      { title: 'Days of culture in Minsk', partners: ['BY'], kind: 'event' },
    ])
    const [copy] = await seedItems(t.db, [{ title: 'Memorandum with Russia (agency)', partners: ['RU'], source: 'Kazinform' }])
    await t.db.updateTable('article').set({ story_key: 'kz-ru-memorandum' }).where('id', 'in', [story!, copy!]).execute()
    const admin = user(ADMIN_ID, lang)

    await t.bot.handleUpdate(callback(admin, `rv:a:${story}`, undefined, 1))
    expect(lastText(t.api, 'editMessageText')).toMatch(ruling)
    await t.bot.handleUpdate(callback(admin, `rv:a:${lone}`, undefined, 1))
    expect(lastText(t.api, 'editMessageText').split('\n')).toHaveLength(2)
  })

  it.each<[string, 'en' | 'ru' | 'kk', string, RegExp, RegExp]>([
    ['English', 'en', 'France', /^🏷 Kind set to <b>Talks<\/b>\.\n📎 These labels now hold for the whole story: its 2 copies from other sources alert only the chats they match/, /^🌍 Partners saved\.\n📎 These labels now hold for the whole story: its 2 copies/],
    ['Russian', 'ru', 'Франция', /^🏷 Тип: <b>Переговоры<\/b>\.\n📎 Эти метки теперь действуют для всей новости: её 2 копии из других источников оповещают/, /^🌍 Партнёры сохранены\.\n📎 Эти метки теперь действуют для всей новости: её 2 копии/],
    ['Kazakh', 'kk', 'Франция', /^🏷 Түрі: <b>Келіссөздер<\/b>\.\n📎 Бұл белгілер енді бүкіл жаңалыққа қолданылады: оның басқа дереккөздердегі 2 нұсқасы/, /^🌍 Серіктестер сақталды\.\n📎 Бұл белгілер енді бүкіл жаңалыққа қолданылады: оның басқа дереккөздердегі 2 нұсқасы/],
  ])('tells the admin, in %s, that an edit of a published copy\'s kind or partners rules the story\'s copies from other sources, as an approval does', async (_, lang, country, kindSaved, partnersSaved) => {
    const [story, copy, later] = await seedItems(t.db, [
      { title: 'Memorandum with Russia (ministry)', partners: ['RU'], kind: 'agreement', publishedAt: '2026-11-20T06:00:00.000Z' },
      { title: 'Memorandum with Russia (agency)', partners: ['RU'], source: 'Kazinform', publishedAt: '2026-11-20T08:00:00.000Z' },
      { title: 'Memorandum with Russia (newspaper)', partners: ['RU'], source: 'Egemen', publishedAt: '2026-11-21T06:00:00.000Z' },
    ])
    await t.db.updateTable('article').set({ story_key: 'kz-ru-memorandum' }).where('id', 'in', [story!, copy!, later!]).execute()
    const admin = user(ADMIN_ID, lang)
    const savedText = () => String(t.api.sent().filter((c) => c.payload.chat_id === ADMIN_ID).at(-2)?.payload.text)

    await t.bot.handleUpdate(callback(admin, `rv:k:${story}`))
    await t.bot.handleUpdate(callback(admin, 'cv:kind:meeting', undefined, lastMessageId(t.api, ADMIN_ID)))
    expect(savedText()).toMatch(kindSaved)

    await t.bot.handleUpdate(callback(admin, `rv:p:${story}`))
    await t.bot.handleUpdate(message(admin, country))
    await t.bot.handleUpdate(callback(admin, 'cv:ok', undefined, lastMessageId(t.api, ADMIN_ID)))
    expect(savedText()).toMatch(partnersSaved)
    expect((await getItemsByIds(t.db, [story!]))[0]).toMatchObject({ kind: 'meeting', partners: ['FR'], status: 'published' })
  })

  it('counts in an approval\'s reply only the copies its ruling holds for: not one dated more than the story window after the item, nor one an admin labelled', async () => {
    const [story] = await seedFlagged(t.db, [{ title: 'Memorandum with Russia (ministry)', partners: ['RU'], kind: 'agreement', publishedAt: '2026-11-10T06:00:00.000Z' }])
    const copies = await seedItems(t.db, [
      { title: 'Memorandum with Russia (agency)', partners: ['RU'], source: 'Kazinform', publishedAt: '2026-11-12T06:00:00.000Z' },
      { title: 'Memorandum with Russia, a look back', partners: ['RU'], source: 'Egemen', publishedAt: '2026-11-18T06:00:00.000Z' },
      { title: 'Memorandum with Russia (weekly)', partners: ['FR'], source: 'Weekly', publishedAt: '2026-11-11T06:00:00.000Z' },
    ])
    await t.db.updateTable('article').set({ story_key: 'kz-ru-memorandum' }).where('id', 'in', [story!, ...copies]).execute()
    await t.db.updateTable('classification').set({ curated_by: ADMIN_ID + 1, curated_at: '2026-11-11T07:00:00.000Z' }).where('article_id', '=', copies[2]!).execute()

    await t.bot.handleUpdate(callback(admin, `rv:a:${story}`, undefined, 1))
    expect(lastText(t.api, 'editMessageText')).toMatch(/\n📎 These labels now hold for the whole story: its copy from another source alerts only/)
  })

  it('sends a history without buttons with no keyboard, and one of a page with no empty row under its Undo', async () => {
    const admin = user(ADMIN_ID, 'en')
    await t.bot.handleUpdate(command(admin, '/review history'))
    expect(t.api.sent('sendMessage').at(-1)?.payload.reply_markup).toBeUndefined()
    const [id] = await seedFlagged(t.db, [{ title: 'Flagged' }])
    await t.bot.handleUpdate(callback(admin, `rv:a:${id}`))
    await t.bot.handleUpdate(command(admin, '/review history'))
    const rows = t.api.sent('sendMessage').at(-1)?.payload.reply_markup.inline_keyboard as unknown[][]
    expect(rows.length).toBeGreaterThan(0)
    expect(rows.filter((row) => row.length === 0)).toEqual([])
  })

  it('redraws the message an Undo was pressed under, so the action undone offers Undo no more', async () => {
    const ids = await seedFlagged(t.db, Array.from({ length: 10 }, (_, i) => ({ title: `Item ${i}`, publishedAt: `2026-11-1${i}T06:00:00.000Z`, kind: 'agreement' as const })))
    for (const id of ids) await t.bot.handleUpdate(callback(admin, `rv:a:${id}`))
    const undoButtons = () => lastButtons(t.api, 'editMessageText').filter((b) => b.data.startsWith('rv:u:')).map((b) => b.text)

    // The page keeps its lines: the undo is a newer entry, one ◀ away.
    await t.bot.handleUpdate(command(admin, '/review history'))
    const historyId = lastMessageId(t.api, ADMIN_ID)
    const undo3 = lastButtons(t.api).find((b) => b.text.includes('#3'))!.data
    const edits = t.api.sent('editMessageText').length
    await t.bot.handleUpdate(callback(admin, undo3, undefined, historyId))
    expect(t.api.sent('answerCallbackQuery').at(-1)?.payload.text).toBe('Undone.')
    expect(t.api.sent('editMessageText')).toHaveLength(edits + 1)
    expect(t.api.sent('editMessageText').at(-1)?.payload).toMatchObject({ chat_id: ADMIN_ID, message_id: historyId })
    const redrawn = lastText(t.api, 'editMessageText')
    expect(redrawn).toMatch(/^🗂 <b>Review history[\s\S]*#10<\/b>[\s\S]*#3<\/b>.*approved\nItem 2\n.*\n↩️ undone by #11\n\nPage 2 of 3$/)
    expect(redrawn).not.toMatch(/#11<\/b>/)
    expect(undoButtons()).toEqual(['↩️ Undo #10', '↩️ Undo #9', '↩️ Undo #8', '↩️ Undo #7', '↩️ Undo #6', '↩️ Undo #5', '↩️ Undo #4'])
    expect(lastButtons(t.api, 'editMessageText').map((b) => b.text).slice(-2)).toEqual(['◀', '▶'])

    // An older page stays the page it was, its undone line without its button.
    await t.bot.handleUpdate(callback(admin, lastButtons(t.api, 'editMessageText').find((b) => b.text === '▶')!.data, undefined, historyId))
    expect(lastText(t.api, 'editMessageText')).toMatch(/#2<\/b>[\s\S]*#1<\/b>/)
    const undo1 = lastButtons(t.api, 'editMessageText').find((b) => b.text.includes('#1'))!.data
    await t.bot.handleUpdate(callback(admin, undo1, undefined, historyId))
    const older = lastText(t.api, 'editMessageText')
    expect(older).toMatch(/^🗂 <b>Review history[\s\S]*#2<\/b>[\s\S]*#1<\/b>.*approved\nItem 0\n.*\n↩️ undone by #12/)
    expect(older).not.toMatch(/#3<\/b>/)
    expect(undoButtons()).toEqual(['↩️ Undo #2'])

    // A second press (a message drawn before the undo) is refused, and that message is redrawn too.
    await t.bot.handleUpdate(callback(admin, undo3, undefined, historyId))
    expect(t.api.sent('answerCallbackQuery').at(-1)?.payload).toMatchObject({ text: expect.stringMatching(/already undone/), show_alert: true })
    expect(undoButtons()).not.toContain('↩️ Undo #3')
    expect((await auditRows(t.db)).filter((r) => r.action === 'undo')).toHaveLength(2)
  })

  it('takes Undo off an approval\'s confirmation once it is pressed', async () => {
    const [id] = await seedFlagged(t.db, [{ title: 'Kazakhstan and Russia sign a memorandum', partners: ['RU'], kind: 'agreement' }])
    await t.bot.handleUpdate(command(admin, '/review'))
    const cardId = lastMessageId(t.api, ADMIN_ID)
    await t.bot.handleUpdate(callback(admin, `rv:a:${id}`, undefined, cardId))
    expect(lastButtons(t.api, 'editMessageText').map((b) => b.data)).toEqual(['rv:u:1'])
    await t.bot.handleUpdate(callback(admin, 'rv:u:1', undefined, cardId))
    expect(t.api.sent('editMessageReplyMarkup').at(-1)?.payload).toMatchObject({ chat_id: ADMIN_ID, message_id: cardId })
    expect(lastButtons(t.api, 'editMessageReplyMarkup')).toEqual([])
  })

  it('gives the labels back to the admin who set them when a later action is undone', async () => {
    const [id] = await seedFlagged(t.db, [{ title: 'Kazakhstan and Russia sign a memorandum', partners: ['RU'], publishedAt: '2026-11-21T06:00:00.000Z', kind: 'agreement' }])
    const otherAdmin = ADMIN_ID + 1
    await t.db.insertInto('audit_log').values({ admin_id: otherAdmin, action: 'edit-kind', article_id: id!, before: '{}', after: '{}', created_at: '2026-11-21T08:00:00.000Z' }).execute()
    await t.db.updateTable('classification').set({ curated_by: otherAdmin, curated_at: '2026-11-21T08:00:00.000Z' }).where('article_id', '=', id!).execute()
    await t.bot.handleUpdate(callback(admin, `rv:a:${id}`))
    await t.bot.handleUpdate(callback(admin, lastButtons(t.api, 'editMessageText')[0]!.data))
    expect(await t.db.selectFrom('classification').select(['status', 'curated_by', 'curated_at']).where('article_id', '=', id!).executeTakeFirstOrThrow()).toEqual({ status: 'flagged', curated_by: otherAdmin, curated_at: '2026-11-21T08:00:00.000Z' })
  })

  it('fits a page of history in one message however many partners its items have', async () => {
    const partners = listCountryCodes().filter((code) => code !== 'KZ').slice(0, 40)
    const ids = await seedFlagged(t.db, Array.from({ length: 8 }, (_, i) => ({
      title: `A very long headline about a cooperation programme with forty countries, number ${i} `.repeat(3),
      partners, publishedAt: `2026-11-2${i}T06:00:00.000Z`, kind: 'agreement' as const,
    })))
    for (const id of ids) await t.bot.handleUpdate(callback(admin, `rv:a:${id}`))
    await t.bot.handleUpdate(command(admin, '/review history'))
    const history = lastText(t.api)
    expect(telegramLength(history)).toBeLessThanOrEqual(4096)
    expect(history.match(/approved/g)).toHaveLength(8)
    expect(history).toMatch(/and \d+ more/)
    expect(lastButtons(t.api).filter((b) => b.data.startsWith('rv:u:'))).toHaveLength(8)
  })

  it('pages history by entry: an action taken meanwhile neither repeats nor skips a line; only admins may page', async () => {
    const ids = await seedFlagged(t.db, Array.from({ length: 10 }, (_, i) => ({ title: `Item ${i}`, publishedAt: `2026-11-1${i}T06:00:00.000Z` })))
    for (const id of ids.slice(0, 9)) await t.bot.handleUpdate(callback(admin, `rv:a:${id}`))
    await t.bot.handleUpdate(command(admin, '/review history'))
    expect(lastText(t.api)).toMatch(/#9<\/b>[\s\S]*#2<\/b>[\s\S]*Page 1 of 2$/)
    const next = lastButtons(t.api).find((b) => b.text === '▶')!.data
    expect(lastButtons(t.api).map((b) => b.text).slice(-1)).toEqual(['▶'])

    const edits = t.api.sent('editMessageText').length
    await t.bot.handleUpdate(callback(user(83, 'en'), next))
    expect(t.api.sent('answerCallbackQuery').at(-1)?.payload).toMatchObject({ text: "Sorry, these buttons are only for the bot's administrators.", show_alert: true })
    expect(t.api.sent('editMessageText')).toHaveLength(edits)

    await t.bot.handleUpdate(callback(admin, `rv:a:${ids[9]}`))
    await t.bot.handleUpdate(callback(admin, next))
    const second = lastText(t.api, 'editMessageText')
    expect(second).toMatch(/Review history[\s\S]*#1<\/b>.*approved\nItem 0\n/)
    expect(second).not.toMatch(/#2<\/b>/)
    expect(second).toMatch(/Page 3 of 3$/)
    await t.bot.handleUpdate(callback(admin, lastButtons(t.api, 'editMessageText').find((b) => b.text === '◀')!.data))
    expect(lastText(t.api, 'editMessageText')).toMatch(/#9<\/b>[\s\S]*#2<\/b>[\s\S]*Page 2 of 3$/)
  })

  it('answers a page button of the numbered history as out of date, and a forged one with the newest page', async () => {
    const ids = await seedFlagged(t.db, Array.from({ length: 9 }, (_, i) => ({ title: `Item ${i}`, publishedAt: `2026-11-1${i}T06:00:00.000Z` })))
    for (const id of ids) await t.bot.handleUpdate(callback(admin, `rv:a:${id}`))
    const edits = t.api.sent('editMessageText').length
    await t.bot.handleUpdate(callback(admin, 'rv:h:1'))
    expect(t.api.sent('answerCallbackQuery').at(-1)?.payload.text).toBe('This button is out of date. Please run the command again.')
    expect(t.api.sent('editMessageText')).toHaveLength(edits)
    await t.bot.handleUpdate(callback(admin, 'rv:ho:1'))
    expect(t.api.sent('answerCallbackQuery').at(-1)?.payload.text).toBe('The list has changed since; here is where it stands now.')
    expect(lastText(t.api, 'editMessageText')).toMatch(/Review history[\s\S]*#9<\/b>[\s\S]*Page 1 of 2$/)
  })

  it('does not say an edited item still waits for review when another admin approved it meanwhile', async () => {
    const second = user(ADMIN_ID + 1, 'en')
    const two = await createTestApp({ ADMIN_IDS: `${ADMIN_ID},${second.id}` })
    try {
      const [id] = await seedFlagged(two.db, [{ title: 'Ministers met in Minsk', partners: ['BY'], kind: 'event' }])
      await two.bot.handleUpdate(callback(admin, `rv:k:${id}`))
      await two.bot.handleUpdate(callback(second, `rv:a:${id}`, undefined, 1))
      await two.bot.handleUpdate(callback(admin, 'cv:kind:meeting', undefined, lastMessageId(two.api, ADMIN_ID)))
      const [saved, card] = two.api.sent().filter((c) => c.payload.chat_id === ADMIN_ID).slice(-2).map((c) => String(c.payload.text))
      expect(saved).toBe('🏷 Kind set to <b>Talks</b>.')
      expect(card).toMatch(/this item is published/)
      expect((await getItemsByIds(two.db, [id!]))[0]).toMatchObject({ kind: 'meeting', status: 'published' })

      await two.bot.handleUpdate(callback(admin, `rv:p:${id}`))
      await two.bot.handleUpdate(message(admin, 'Belarus, Russia'))
      await two.bot.handleUpdate(callback(admin, 'cv:ok', undefined, lastMessageId(two.api, ADMIN_ID)))
      expect(two.api.sent().filter((c) => c.payload.chat_id === ADMIN_ID).at(-2)?.payload.text).toBe('🌍 Partners saved.')
    } finally {
      await two.close()
    }
  })

  it('does not approve from a card another admin relabelled since it was sent: the admin sees the labels as they stand first', async () => {
    const second = user(ADMIN_ID + 1, 'en')
    const two = await createTestApp({ ADMIN_IDS: `${ADMIN_ID},${second.id}` })
    try {
      const [id] = await seedFlagged(two.db, [{ title: 'Ministers met in Minsk', partners: ['BY'], kind: 'meeting' }])
      await subscribe(two.db, SUBSCRIBER, ['RU'])
      await two.bot.handleUpdate(command(admin, '/review'))
      const cardId = lastMessageId(two.api, ADMIN_ID)
      const approve = lastButtons(two.api).find((b) => b.text.includes('Approve'))!.data
      expect(lastText(two.api)).toMatch(/Talks/)
      // Meanwhile the second admin sets other partners and kind.
      await two.bot.handleUpdate(callback(second, `rv:p:${id}`))
      await two.bot.handleUpdate(message(second, 'Russia'))
      await two.bot.handleUpdate(callback(second, 'cv:ok', undefined, lastMessageId(two.api, second.id)))
      expect((await getItemsByIds(two.db, [id!]))[0]).toMatchObject({ partners: ['RU'], status: 'flagged' })

      await two.bot.handleUpdate(callback(admin, approve, undefined, cardId))
      expect(two.api.sent('answerCallbackQuery').at(-1)?.payload).toMatchObject({ text: expect.stringMatching(/changed since this card was sent/), show_alert: true })
      expect((await getItemsByIds(two.db, [id!]))[0]?.status).toBe('flagged')
      expect(await two.db.selectFrom('alert_outbox').selectAll().execute()).toEqual([])
      // The card now shows the item as it stands, with buttons that approve it.
      expect(lastText(two.api, 'editMessageText')).toMatch(/Russia/)
      const fresh = lastButtons(two.api, 'editMessageText').find((b) => b.text.includes('Approve'))!.data
      await two.bot.handleUpdate(callback(admin, fresh, undefined, cardId))
      expect((await getItemsByIds(two.db, [id!]))[0]).toMatchObject({ partners: ['RU'], status: 'published' })
    } finally {
      await two.close()
    }
  })

  it('skips round the queue, refuses to approve an item without a kind, and says when the queue is empty', async () => {
    const [first, second] = await seedFlagged(t.db, [
      { title: 'First', publishedAt: '2026-11-21T06:00:00.000Z', kind: null },
      { title: 'Second', publishedAt: '2026-11-20T06:00:00.000Z' },
    ])
    await t.bot.handleUpdate(command(admin, '/review'))
    expect(lastText(t.api)).toMatch(/1 of 2[\s\S]*First/)
    await t.bot.handleUpdate(callback(admin, `rv:s:${first}`, undefined, lastMessageId(t.api, ADMIN_ID)))
    expect(lastText(t.api, 'editMessageText')).toMatch(/2 of 2[\s\S]*Second/)
    await t.bot.handleUpdate(callback(admin, `rv:s:${second}`, undefined, lastMessageId(t.api, ADMIN_ID)))
    expect(lastText(t.api, 'editMessageText')).toMatch(/1 of 2[\s\S]*First/)

    await t.bot.handleUpdate(callback(admin, `rv:a:${first}`))
    expect(t.api.sent('answerCallbackQuery').at(-1)?.payload).toMatchObject({ text: expect.stringMatching(/Choose a kind first/), show_alert: true })
    expect((await getItemsByIds(t.db, [first!]))[0]?.status).toBe('flagged')

    await t.bot.handleUpdate(callback(admin, `rv:r:${first}`))
    await t.bot.handleUpdate(callback(admin, `rv:r:${second}`))
    expect(lastText(t.api)).toMatch(/queue is empty/)
    // Approving what another admin already rejected: the state is checked again, not trusted.
    await t.bot.handleUpdate(callback(admin, `rv:a:${second}`))
    expect(t.api.sent('answerCallbackQuery').at(-1)?.payload.text).toMatch(/already rejected/)
    expect((await auditRows(t.db)).map((r) => r.action)).toEqual(['reject', 'reject'])
  })
})

describe('/review: no partners typed in words', () => {
  let t: TestApp
  afterEach(async () => t.close())

  it.each([
    ['no partners', 'en'],
    ['нет партнёров', 'ru'],
    ['без партнеров', 'ru'],
    ['серіктес жоқ', 'kk'],
  ] as const)('reads «%s» (%s) as a domestic item, not as Norway (NO)', async (typed, lang) => {
    t = await createTestApp()
    const admin = user(ADMIN_ID, lang)
    const [id] = await seedFlagged(t.db, [{ title: 'Memorandum between two museums', partners: ['BY'], kind: 'agreement' }])
    await t.bot.handleUpdate(callback(admin, `rv:p:${id}`))
    await t.bot.handleUpdate(message(admin, typed))
    await t.bot.handleUpdate(callback(admin, 'cv:ok', undefined, lastMessageId(t.api, ADMIN_ID)))
    expect((await getItemsByIds(t.db, [id!]))[0]?.partners).toEqual([])
  })
})

describe('/review in Russian: edit kind and partners as conversations', () => {
  let t: TestApp
  const admin = user(ADMIN_ID, 'ru')
  beforeEach(async () => {
    t = await createTestApp()
  })
  afterEach(async () => t.close())

  /** An item flagged for review, its partners' edit begun and answered with `typed`; its id. */
  async function editPartners(from: ReturnType<typeof user>, typed: string): Promise<number> {
    const [id] = await seedFlagged(t.db, [{ title: 'Minister met colleagues', partners: ['BY'], kind: 'meeting' }])
    await t.bot.handleUpdate(callback(from, `rv:p:${id}`))
    await t.bot.handleUpdate(message(from, typed))
    return id!
  }

  it.each([
    ['en', 'France, a, X1', /^I understood: 🇫🇷 France\.\nIgnored, and not remembered as names: «a», «X1»\. A name needs at least 3 letters, or it would be found in ordinary words\./],
    ['ru', 'Франция, а, Ж', /^Я понял: 🇫🇷 Франция\.\nПропущено и не запомнено как названия: «а», «Ж»\. В названии должно быть не меньше 3 букв/],
    ['kk', 'Франция, а', /^Түсінгенім: 🇫🇷 Франция\.\nЕленбеді және атау ретінде есте сақталмайды: «а»\. Атауда кемінде 3 әріп болуы керек/],
    ['en', 'France, all, of the', /^I understood: 🇫🇷 France\.\nIgnored, and not remembered as names: «all», «of the»\. They are common words, found in almost any text\./],
    ['ru', 'Франция, все, когда', /^Я понял: 🇫🇷 Франция\.\nПропущено и не запомнено как названия: «все», «когда»\. Это обычные слова, они есть почти в любом тексте\./],
    ['kk', 'Франция, және, бірақ', /^Түсінгенім: 🇫🇷 Франция\.\nЕленбеді және атау ретінде есте сақталмайды: «және», «бірақ»\. Бұлар кез келген мәтінде кездесетін жалпы сөздер\./],
  ])('neither asks about nor remembers a name too short or too common to be an alias (%s: %s)', async (lang, typed, summary) => {
    const from = user(ADMIN_ID, lang)
    const id = await editPartners(from, typed)
    expect(lastText(t.api)).toMatch(summary)
    await t.bot.handleUpdate(callback(from, 'cv:ok', undefined, lastMessageId(t.api, ADMIN_ID)))
    expect((await getItemsByIds(t.db, [id]))[0]?.partners).toEqual(['FR'])
    expect(await listCountryAliases(t.db)).toEqual([])
  })

  it.each([
    ['en', 'N. Korea, France', /^I understood: 🇫🇷 France, 🇰🇵 North Korea\.\n/, ['FR', 'KP']],
    ['ru', 'Сев. Корея', /^Я понял: 🇰🇵 КНДР\.\n/, ['KP']],
    // Names running text uses as words, kept out of the classifier's tables, are those countries typed alone.
    ['en', 'Spain, Chad', /^I understood: 🇪🇸 Spain, 🇹🇩 Chad\.\n/, ['ES', 'TD']],
    ['ru', 'Чад, Того', /^Я понял: 🇹🇩 Чад, 🇹🇬 Того\.\n/, ['TD', 'TG']],
  ])('reads the partners typed (%s: %s) as /country does: a compass word cut short, not «Korea» alone as South Korea; Chad, not a name to ask about', async (lang, typed, summary, partners) => {
    const from = user(ADMIN_ID, lang)
    const id = await editPartners(from, typed)
    expect(lastText(t.api)).toMatch(summary)
    await t.bot.handleUpdate(callback(from, 'cv:ok', undefined, lastMessageId(t.api, ADMIN_ID)))
    expect((await getItemsByIds(t.db, [id]))[0]?.partners).toEqual(partners)
    expect(await listCountryAliases(t.db)).toEqual([])
  })

  it.each([
    // Congo, which two countries claim, stands for neither when typed: it is asked about, and is taken.
    ['en', 'Congo', 'France', /^«Congo» already stands for 🇨🇩 .+, so I will not remember it as 🇫🇷 France: the classifier would read it both ways\./],
    ['ru', 'Congo', 'Франция', /^«Congo» уже обозначает 🇨🇩 .+, поэтому я не запомню это как 🇫🇷 Франция: классификатор читал бы его двояко\./],
    ['kk', 'Congo', 'Франция', /^«Congo» қазірдің өзінде 🇨🇩 .+ дегенді білдіреді, сондықтан оны 🇫🇷 Франция ретінде есте сақтамаймын/],
  ])('refuses to remember a name another country already has (%s: %s as %s)', async (lang, name, country, refusal) => {
    const from = user(ADMIN_ID, lang)
    const id = await editPartners(from, `Spain, ${name}`)
    await t.bot.handleUpdate(message(from, country))
    expect(lastText(t.api)).toMatch(refusal)
    await t.bot.handleUpdate(callback(from, 'cv:skip', undefined, lastMessageId(t.api, ADMIN_ID) - 1))
    await t.bot.handleUpdate(callback(from, 'cv:ok', undefined, lastMessageId(t.api, ADMIN_ID)))
    expect((await getItemsByIds(t.db, [id]))[0]?.partners).toEqual(['ES'])
    expect(await listCountryAliases(t.db)).toEqual([])
  })

  it('goes on with an edit saved before names were checked for common words, refusing such a name only at the save', async () => {
    const from = user(ADMIN_ID, 'en')
    const id = await editPartners(from, 'France, Galerie Zorro')
    // As the previous code saved it, asking about «all»: its parse has no commonWords, and the conversation replays from it.
    const stored = await t.db.selectFrom('bot_storage').select(['key', 'value']).executeTakeFirstOrThrow()
    const data = JSON.parse(stored.value) as { state: Record<string, { replay: { receive: { returnValue: { ret?: Record<string, unknown> } }[] } }[]> }
    const receive = data.state['admin-edit-partners']![0]!.replay.receive
    const parse = receive.find((r) => typeof r.returnValue.ret === 'object' && 'commonWords' in r.returnValue.ret)!.returnValue.ret!
    delete parse.commonWords
    parse.unknown = ['all']
    await t.db.updateTable('bot_storage').set({ value: JSON.stringify(data) }).where('key', '=', stored.key).execute()

    await t.bot.handleUpdate(message(from, 'Germany'))
    expect(lastText(t.api)).toMatch(/I will remember «all» as 🇩🇪 Germany\./)
    await t.bot.handleUpdate(callback(from, 'cv:ok', undefined, lastMessageId(t.api, ADMIN_ID)))
    expect(t.api.sent().at(-2)?.payload.text).toMatch(/Partners saved[\s\S]*\n«all» was not remembered: it is a common word/)
    expect((await getItemsByIds(t.db, [id]))[0]?.partners).toEqual(['DE', 'FR'])
    expect(await listCountryAliases(t.db)).toEqual([])
  })

  it('asks once about a name typed twice in other capitals, and refuses an alias another admin taught meanwhile', async () => {
    const from = user(ADMIN_ID, 'en')
    const id = await editPartners(from, 'Gallia, gallia, Musée Zorro')
    expect(lastText(t.api)).toMatch(/^I don't know «Gallia»/)
    await t.bot.handleUpdate(message(from, 'France'))
    expect(lastText(t.api)).toMatch(/^I don't know «Musée Zorro»/)
    await t.bot.handleUpdate(message(from, 'Spain'))
    expect(lastText(t.api)).not.toMatch(/Ignored/)
    expect(lastText(t.api)).toMatch(/I will remember «Musée Zorro» as 🇪🇸 Spain\./)
    await teachCountryAlias(t.db, { alias: 'Musée Zorro', country: 'MX', adminId: ADMIN_ID + 1, now: t.clock.now(), claimsOf: claimsWithAliases })
    await t.bot.handleUpdate(callback(from, 'cv:ok', undefined, lastMessageId(t.api, ADMIN_ID)))
    expect(t.api.sent().at(-2)?.payload.text).toMatch(/Partners saved[\s\S]*\n«Musée Zorro» was not remembered: meanwhile it came to stand for 🇲🇽 Mexico\./)
    expect((await getItemsByIds(t.db, [id]))[0]?.partners).toEqual(['ES', 'FR'])
    expect(await listCountryAliases(t.db)).toEqual([{ alias: 'Gallia', country: 'FR' }, { alias: 'Musée Zorro', country: 'MX' }])
    expect(await teachCountryAlias(t.db, { alias: 'because', country: 'FR', adminId: ADMIN_ID, now: t.clock.now(), claimsOf: claimsWithAliases })).toMatchObject({ ok: false, reason: 'common-word' })
  })

  it.each([
    ['en', /Why:/],
    ['ru', /Почему:/],
    ['kk', /Неліктен:/],
  ])('leaves the why line out of the card of an item the classifier gave no evidence for (%s), where it showed a dash', async (lang, why) => {
    await seedFlagged(t.db, [{ title: 'Министр встретился с коллегами', partners: ['BY'], kind: 'event', evidence: [] }])
    await t.bot.handleUpdate(command(user(ADMIN_ID, lang), '/review'))
    expect(lastText(t.api)).not.toMatch(why)
    expect(lastText(t.api)).toMatch(/0\.\d\d/)
  })

  it('leaves one card of an item with buttons after an edit: the card the edit began from loses them, the card sent after it is the one to act on', async () => {
    const [id] = await seedFlagged(t.db, [{ title: 'Министр встретился с коллегами', partners: ['BY'], kind: 'event' }])
    const liveCards = () => {
      // Every message sent with an Approve button, less those whose buttons were taken off since.
      const cards = t.api.sent().flatMap((c, i) => (JSON.stringify(c.payload.reply_markup ?? '').includes(`rv:a:${id}:`) ? [i + 1] : []))
      const stripped = t.api.sent('editMessageReplyMarkup').filter((c) => JSON.stringify(c.payload.reply_markup) === '{"inline_keyboard":[]}').map((c) => Number(c.payload.message_id))
      return cards.filter((m) => !stripped.includes(m))
    }
    await t.bot.handleUpdate(command(admin, '/review'))
    const firstCard = lastMessageId(t.api, ADMIN_ID)
    await t.bot.handleUpdate(callback(admin, `rv:k:${id}`, undefined, firstCard))
    await t.bot.handleUpdate(callback(admin, 'cv:kind:meeting', undefined, lastMessageId(t.api, ADMIN_ID)))
    expect(lastText(t.api)).toMatch(/Переговоры/)
    const secondCard = lastMessageId(t.api, ADMIN_ID)
    expect(liveCards()).toEqual([secondCard])

    await t.bot.handleUpdate(callback(admin, `rv:p:${id}`, undefined, secondCard))
    await t.bot.handleUpdate(message(admin, 'Франция'))
    await t.bot.handleUpdate(callback(admin, 'cv:ok', undefined, lastMessageId(t.api, ADMIN_ID)))
    expect(lastText(t.api)).toMatch(/Франция/)
    expect(liveCards()).toEqual([lastMessageId(t.api, ADMIN_ID)])

    // A cancelled edit changes nothing: the card it began from keeps its buttons.
    const thirdCard = lastMessageId(t.api, ADMIN_ID)
    await t.bot.handleUpdate(callback(admin, `rv:k:${id}`, undefined, thirdCard))
    await t.bot.handleUpdate(callback(admin, 'cv:cancel', undefined, lastMessageId(t.api, ADMIN_ID)))
    expect(liveCards()).toEqual([thirdCard])
  })

  it('keeps one review card with buttons in the admin\'s chat: a second /review, an Undo that puts an item back and a restart take the buttons off the card before', async () => {
    const [x, y] = await seedFlagged(t.db, [
      { title: 'Министр встретился с коллегами', partners: ['BY'], kind: 'meeting', publishedAt: '2026-11-20T06:00:00.000Z' },
      { title: 'Подписан меморандум о музеях', partners: ['FR'], kind: 'agreement', publishedAt: '2026-11-19T06:00:00.000Z' },
    ])
    const liveCards = () => {
      // Every message sent or drawn with an Approve button, less those whose buttons were taken off since.
      const drawn = new Map<number, boolean>()
      t.api.sent().forEach((c, i) => drawn.set(i + 1, /"rv:a:/.test(JSON.stringify(c.payload.reply_markup ?? ''))))
      for (const c of t.api.calls) {
        if (c.method === 'editMessageText') drawn.set(Number(c.payload.message_id), /"rv:a:/.test(JSON.stringify(c.payload.reply_markup ?? '')))
        if (c.method === 'editMessageReplyMarkup') drawn.set(Number(c.payload.message_id), /"rv:a:/.test(JSON.stringify(c.payload.reply_markup ?? '')))
      }
      return [...drawn].filter(([, isLive]) => isLive).map(([id]) => id)
    }
    await t.bot.handleUpdate(command(admin, '/review'))
    const first = lastMessageId(t.api, ADMIN_ID)
    await t.bot.handleUpdate(command(admin, '/review'))
    const second = lastMessageId(t.api, ADMIN_ID)
    expect(second).not.toBe(first)
    expect(liveCards()).toEqual([second])

    // Approved from the live card: its confirmation keeps its Undo, the next item's card is the live one.
    await t.bot.handleUpdate(callback(admin, lastButtons(t.api).find((b) => b.data.startsWith('rv:a:'))!.data, undefined, second))
    expect(lastButtons(t.api, 'editMessageText').map((b) => b.data)).toEqual(['rv:u:1'])
    const third = lastMessageId(t.api, ADMIN_ID)
    expect(lastText(t.api)).toMatch(/меморандум о музеях/)
    expect(liveCards()).toEqual([third])

    // An Undo in the history puts the first item back: its fresh card is the one live card.
    await t.bot.handleUpdate(command(admin, '/review history'))
    await t.bot.handleUpdate(callback(admin, 'rv:u:1:0', undefined, lastMessageId(t.api, ADMIN_ID)))
    expect((await getItemsByIds(t.db, [x!]))[0]?.status).toBe('flagged')
    const fourth = lastMessageId(t.api, ADMIN_ID)
    expect(lastText(t.api)).toMatch(/Министр встретился/)
    expect(liveCards()).toEqual([fourth])
    expect(t.api.sent('editMessageReplyMarkup').map((c) => c.payload.message_id)).toEqual(expect.arrayContaining([first, third]))

    // After a restart the bot still knows which card is live.
    const restarted = createBot(t.deps)
    await restarted.init()
    await restarted.handleUpdate(command(admin, '/review'))
    expect(liveCards()).toEqual([lastMessageId(t.api, ADMIN_ID)])
    expect((await getItemsByIds(t.db, [x!, y!])).map((i) => i.status)).toEqual(['flagged', 'flagged'])
  })

  it.each([
    ['en', 'This item is already published.'],
    ['ru', 'Этот материал уже опубликован.'],
    ['kk', 'Бұл материал қазір жарияланған.'],
  ])('answers (%s) an Approve on a card from before cards were kept, whose item another admin decided, by taking that card\'s buttons off, the live card keeping its own', async (lang, answer) => {
    await t.close()
    const other = user(ADMIN_ID + 1, 'en')
    t = await createTestApp({ ADMIN_IDS: `${ADMIN_ID},${other.id}` })
    const me = user(ADMIN_ID, lang)
    const [x, y] = await seedFlagged(t.db, [
      { title: 'Министр встретился с коллегами', partners: ['BY'], kind: 'meeting', publishedAt: '2026-11-20T06:00:00.000Z' },
      { title: 'Подписан меморандум о музеях', partners: ['FR'], kind: 'agreement', publishedAt: '2026-11-19T06:00:00.000Z' },
    ])
    await t.bot.handleUpdate(command(me, '/review'))
    const oldCard = lastMessageId(t.api, ADMIN_ID)
    // Sent before the review_card table existed: the bot does not know it as the chat's card.
    await t.db.deleteFrom('review_card').execute()
    await t.bot.handleUpdate(command(other, '/review'))
    await t.bot.handleUpdate(callback(other, `rv:a:${x}:0`, undefined, lastMessageId(t.api, other.id)))
    await t.bot.handleUpdate(command(me, '/review'))
    const liveCard = lastMessageId(t.api, ADMIN_ID)
    expect(lastButtons(t.api).map((b) => b.data)).toContain(`rv:a:${y}:0`)
    const before = t.api.calls.length

    await t.bot.handleUpdate(callback(me, `rv:a:${x}:0`, undefined, oldCard))
    expect(t.api.sent('answerCallbackQuery').at(-1)?.payload.text).toMatch(answer)
    const after = t.api.calls.slice(before)
    // The old card shows the item as it stands, with nothing to press; the card of the next item is left as it was.
    const redrawn = after.filter((c) => c.method.startsWith('editMessage') && c.payload.message_id === oldCard)
    expect(redrawn.length).toBeGreaterThan(0)
    expect(JSON.stringify(redrawn.at(-1)?.payload.reply_markup ?? { inline_keyboard: [] })).toBe('{"inline_keyboard":[]}')
    expect(after.filter((c) => c.payload.message_id === liveCard)).toEqual([])
    expect(after.filter((c) => c.method === 'sendMessage')).toEqual([])
    expect((await getItemsByIds(t.db, [x!, y!])).map((i) => i.status)).toEqual(['published', 'flagged'])
    expect(await t.db.selectFrom('review_card').select(['chat_id', 'message_id', 'article_id']).where('chat_id', '=', ADMIN_ID).execute()).toEqual([{ chat_id: ADMIN_ID, message_id: liveCard, article_id: y }])
  })

  it('sends an edited item that another admin decided meanwhile as a record, leaving the live card of another item its buttons', async () => {
    await t.close()
    const other = user(ADMIN_ID + 1, 'en')
    t = await createTestApp({ ADMIN_IDS: `${ADMIN_ID},${other.id}` })
    const [b, a] = await seedFlagged(t.db, [
      { title: 'Подписан меморандум о музеях', partners: ['FR'], kind: 'agreement', publishedAt: '2026-11-20T06:00:00.000Z' },
      { title: 'Министр встретился с коллегами', partners: ['BY'], kind: 'event', publishedAt: '2026-11-19T06:00:00.000Z' },
    ])
    await t.bot.handleUpdate(command(admin, '/review'))
    const oldCard = lastMessageId(t.api, ADMIN_ID)
    await t.bot.handleUpdate(callback(admin, `rv:s:${b}`, undefined, oldCard))
    expect(lastText(t.api, 'editMessageText')).toMatch(/Министр встретился/)
    // Sent before the review_card table existed: the bot does not know it as the chat's card.
    await t.db.deleteFrom('review_card').execute()
    await t.bot.handleUpdate(command(admin, '/review'))
    const liveCard = lastMessageId(t.api, ADMIN_ID)
    expect(lastButtons(t.api).map((x) => x.data)).toContain(`rv:a:${b}:0`)

    await t.bot.handleUpdate(callback(admin, `rv:k:${a}`, undefined, oldCard))
    await t.bot.handleUpdate(command(other, '/review'))
    await t.bot.handleUpdate(callback(other, `rv:s:${b}`, undefined, lastMessageId(t.api, other.id)))
    await t.bot.handleUpdate(callback(other, `rv:a:${a}:0`, undefined, lastMessageId(t.api, other.id)))
    const before = t.api.calls.length
    await t.bot.handleUpdate(callback(admin, 'cv:kind:meeting', undefined, lastMessageId(t.api, ADMIN_ID)))
    const after = t.api.calls.slice(before)
    expect((await getItemsByIds(t.db, [a!, b!])).map((i) => `${i.status} ${i.kind}`)).toEqual(['published meeting', 'flagged agreement'])
    // The edited item's card says what became of it, with nothing to press; the other item's live card keeps its buttons.
    const record = after.filter((c) => c.method === 'sendMessage' && c.payload.chat_id === ADMIN_ID).at(-1)
    expect(String(record?.payload.text)).toMatch(/материал опубликован/)
    expect(JSON.stringify(record?.payload.reply_markup ?? { inline_keyboard: [] })).toBe('{"inline_keyboard":[]}')
    expect(after.filter((c) => c.payload.message_id === liveCard)).toEqual([])
    expect(after.filter((c) => c.method === 'editMessageReplyMarkup').map((c) => c.payload.message_id)).toEqual([oldCard])
    expect(await t.db.selectFrom('review_card').select(['message_id', 'article_id']).where('chat_id', '=', ADMIN_ID).execute()).toEqual([{ message_id: liveCard, article_id: b }])
  })

  it('edits the kind from buttons, then the partners typed in Russian, teaching an alias, then approves', async () => {
    const [id] = await seedFlagged(t.db, [{ title: 'Министр встретился с коллегами', partners: ['BY'], kind: 'event', evidence: ['встретился'] }])
    await t.bot.handleUpdate(command(admin, '/review'))
    expect(lastText(t.api)).toMatch(/Проверка<\/b> · 1 из 1[\s\S]*Классификатор:[\s\S]*Почему:.*«встретился»/)
    expect(lastButtons(t.api).map((b) => b.text)).toEqual(['✅ Одобрить', '❌ Отклонить', '🌍 Партнёры', '🏷 Тип', '⏭ Пропустить'])

    await t.bot.handleUpdate(callback(admin, `rv:k:${id}`))
    expect(lastText(t.api)).toMatch(/Тип<\/b> материала «Министр встретился с коллегами»/)
    expect(lastButtons(t.api).map((b) => b.data)).toEqual(['cv:kind:agreement', 'cv:kind:commission', 'cv:kind:meeting', 'cv:kind:event', 'cv:cancel'])
    const kindPrompt = lastMessageId(t.api, ADMIN_ID)
    await t.bot.handleUpdate(message(admin, 'встреча'))
    expect(lastText(t.api)).toMatch(/выберите кнопкой/)
    await t.bot.handleUpdate(callback(admin, 'cv:kind:meeting', undefined, kindPrompt))
    expect(t.api.sent().at(-2)?.payload.text).toMatch(/Тип: <b>Переговоры<\/b>/)
    expect((await getItemsByIds(t.db, [id!]))[0]).toMatchObject({ kind: 'meeting', status: 'flagged' })

    await t.bot.handleUpdate(callback(admin, `rv:p:${id}`))
    expect(lastText(t.api)).toMatch(/Партнёры<\/b> материала[\s\S]*Сейчас: 🇧🇾/)
    await t.bot.handleUpdate(message(admin, 'Франция, Германия, Галерея Тамариск'))
    expect(lastText(t.api)).toMatch(/Я не знаю «Галерея Тамариск»/)
    await t.bot.handleUpdate(message(admin, 'Нарния'))
    expect(lastText(t.api)).toMatch(/«Нарния» — тоже не известная мне страна/)
    await t.bot.handleUpdate(message(admin, 'Италия'))
    const summary = lastText(t.api)
    expect(summary).toMatch(/^Я понял: 🇩🇪 Германия, 🇫🇷 Франция, 🇮🇹 Италия\./)
    expect(summary).toMatch(/Запомню «Галерея Тамариск» как 🇮🇹 Италия/)
    await t.bot.handleUpdate(callback(admin, 'cv:ok', undefined, lastMessageId(t.api, ADMIN_ID)))
    expect(t.api.sent().at(-2)?.payload.text).toMatch(/Партнёры сохранены/)
    expect((await getItemsByIds(t.db, [id!]))[0]?.partners).toEqual(['DE', 'FR', 'IT'])
    expect(await listCountryAliases(t.db)).toEqual([{ alias: 'Галерея Тамариск', country: 'IT' }])
    // What ingestion passes to the classifier from now on (it reads the aliases once per cycle).
    const taught = createCountryIndex(await listCountryAliases(t.db))
    expect(findCountryMentions('Министр встретилась с директором Галереи Тамариск.', taught).map((m) => m.code)).toEqual(['IT'])
    const partnerRows = await t.db.selectFrom('article_partner').select(['country', 'status', 'published_at']).where('article_id', '=', id!).orderBy('country').execute()
    expect(partnerRows.every((r) => r.status === 'flagged' && r.published_at === partnerRows[0]!.published_at)).toBe(true)

    await t.bot.handleUpdate(callback(admin, `rv:a:${id}`))
    expect(t.api.sent('answerCallbackQuery').at(-1)?.payload.text).toMatch(/Одобрено/)
    expect(lastText(t.api)).toMatch(/очередь пуста/)
    const audit = await auditRows(t.db)
    expect(audit.map((r) => r.action)).toEqual(['edit-kind', 'edit-partners', 'teach-alias', 'approve'])
    expect(audit[0]).toMatchObject({ before: { kind: 'event' }, after: { kind: 'meeting' } })
    expect(audit[1]).toMatchObject({ before: { partners: ['BY'] }, after: { partners: ['DE', 'FR', 'IT'] } })
    expect(audit[2]).toMatchObject({ before: null, after: { alias: 'Галерея Тамариск', country: 'IT' } })
    expect(await t.db.selectFrom('article_partner').select('status').where('article_id', '=', id!).execute()).toEqual([{ status: 'published' }, { status: 'published' }, { status: 'published' }])

    // Undo works on the newest standing action only: the approval, then the partners edit.
    await t.bot.handleUpdate(command(admin, '/review history'))
    const undoButtons = lastButtons(t.api).filter((b) => b.data.startsWith('rv:u:'))
    expect(undoButtons.map((b) => b.data)).toEqual(['rv:u:4:4', 'rv:u:2:4', 'rv:u:1:4'])
    await t.bot.handleUpdate(callback(admin, 'rv:u:2'))
    expect(t.api.sent('answerCallbackQuery').at(-1)?.payload.text).toMatch(/сначала отмените то действие/)
    await t.bot.handleUpdate(callback(admin, 'rv:u:4'))
    await t.bot.handleUpdate(callback(admin, 'rv:u:2'))
    expect((await getItemsByIds(t.db, [id!]))[0]).toMatchObject({ status: 'flagged', partners: ['BY'], kind: 'meeting' })
  })

  it('cancels an edit midway with /cancel and with the button, changing nothing', async () => {
    const [id] = await seedFlagged(t.db, [{ title: 'Переговоры', partners: ['BY'], kind: 'meeting' }])
    await t.bot.handleUpdate(callback(admin, `rv:p:${id}`))
    await t.bot.handleUpdate(message(admin, 'Франция'))
    expect(lastText(t.api)).toMatch(/Я понял: 🇫🇷 Франция/)
    await t.bot.handleUpdate(command(admin, '/cancel'))
    expect(lastText(t.api)).toMatch(/Отменено. Ничего не изменено/)
    // The conversation is over: plain text is no longer taken as countries.
    await t.bot.handleUpdate(message(admin, 'Германия'))
    expect(lastText(t.api)).not.toMatch(/Я понял/)

    await t.bot.handleUpdate(callback(admin, `rv:k:${id}`))
    await t.bot.handleUpdate(callback(admin, 'cv:cancel', undefined, lastMessageId(t.api, ADMIN_ID)))
    expect(lastText(t.api)).toMatch(/Отменено/)
    expect((await getItemsByIds(t.db, [id!]))[0]).toMatchObject({ partners: ['BY'], kind: 'meeting', status: 'flagged' })
    expect(await auditRows(t.db)).toEqual([])
    expect(await t.db.selectFrom('bot_storage').select('key').execute()).toEqual([])

    // Another command mid-edit ends the edit and runs.
    await t.bot.handleUpdate(callback(admin, `rv:p:${id}`))
    expect(await t.db.selectFrom('bot_storage').select('key').execute()).toEqual([{ key: `conversation:${ADMIN_ID}` }])
    await t.bot.handleUpdate(command(admin, '/review'))
    expect(t.api.sent().at(-2)?.payload.text).toMatch(/Не закончено: ничего не добавлено и не изменено/)
    expect(lastText(t.api)).toMatch(/1 из 1/)
  })
})

describe('the admin gate', () => {
  let t: TestApp
  beforeEach(async () => {
    t = await createTestApp()
  })
  afterEach(async () => t.close())

  it('refuses a non-admin politely for every admin command and every forged admin button, changing nothing', async () => {
    const [id] = await seedFlagged(t.db, [{ title: 'Flagged' }])
    const stranger = user(900_001, 'en')
    for (const text of ['/review', '/review history', '/sources', '/addsource https://example.com/feed', '/stats', '/notices']) {
      await t.bot.handleUpdate(command(stranger, text))
      expect(t.api.sent().at(-1)?.payload).toMatchObject({ chat_id: stranger.id, text: expect.stringMatching(/only for the bot's administrators/) })
    }
    for (const data of [`rv:a:${id}`, `rv:r:${id}`, `rv:p:${id}`, 'rv:u:1', 'rv:u:1:1', 'src:d:1:0', 'src:D:1:0', 'ntc:f:1', 'cv:ok']) {
      await t.bot.handleUpdate(callback(stranger, data))
      expect(t.api.sent('answerCallbackQuery').at(-1)?.payload).toMatchObject({ text: expect.stringMatching(/only for the bot's administrators/), show_alert: true })
    }
    expect(t.api.sent().filter((c) => c.payload.chat_id === stranger.id)).toHaveLength(6)
    expect([...t.api.sent('editMessageText'), ...t.api.sent('editMessageReplyMarkup')]).toEqual([])
    expect((await getItemsByIds(t.db, [id!]))[0]?.status).toBe('flagged')
    expect(await auditRows(t.db)).toEqual([])
    expect(await t.db.selectFrom('bot_storage').selectAll().execute()).toEqual([])
  })

  it.each([
    ['en', "Sorry, these buttons are only for the bot's administrators.", "Sorry, only the bot's administrators can do this: the dialogue is ended."],
    ['ru', 'Извините, эти кнопки только для администраторов бота.', 'Извините, это доступно только администраторам бота: диалог завершён.'],
    ['kk', 'Кешіріңіз, бұл түймелер тек бот әкімшілеріне арналған.', 'Кешіріңіз, бұл тек бот әкімшілеріне қолжетімді: диалог аяқталды.'],
  ])('refuses a button pressed by a member, or an edit\'s answer typed by an admin no longer in ADMIN_IDS, as a button or an answer, not as "this command" (%s)', async (lang, buttonRefusal, answerRefusal) => {
    const [id] = await seedFlagged(t.db, [{ title: 'Flagged', partners: ['BY'], kind: 'meeting' }])
    const member = user(900_002, lang)
    for (const chat of [undefined, groupChat(-100_777)]) {
      await t.bot.handleUpdate(callback(member, `rv:a:${id}`, chat))
      expect(t.api.sent('answerCallbackQuery').at(-1)?.payload).toMatchObject({ text: buttonRefusal, show_alert: true })
    }
    const admin = user(ADMIN_ID, lang)
    const restarted = await restartWithoutAdmin()
    await t.bot.handleUpdate(callback(admin, `rv:k:${id}`))
    await restarted.handleUpdate(callback(admin, 'cv:kind:agreement', undefined, lastMessageId(t.api, ADMIN_ID)))
    expect(t.api.sent('answerCallbackQuery').at(-1)?.payload).toMatchObject({ text: buttonRefusal, show_alert: true })
    await t.bot.handleUpdate(callback(admin, `rv:p:${id}`))
    await restarted.handleUpdate(message(admin, 'Франция'))
    expect(lastText(t.api)).toBe(answerRefusal)
    // A command is answered as a command.
    await restarted.handleUpdate(command(member, '/review'))
    expect(lastText(t.api)).toMatch(lang === 'en' ? /this command/ : lang === 'ru' ? /эта команда/ : /бұл пәрмен/)
    expect((await getItemsByIds(t.db, [id!]))[0]).toMatchObject({ status: 'flagged', kind: 'meeting', partners: ['BY'] })
  })

  /** The bot restarted with ADMIN_IDS no longer naming ADMIN_ID: edits in progress survive a restart. */
  async function restartWithoutAdmin(): Promise<ReturnType<typeof createBot>> {
    const restarted = createBot({ ...t.deps, config: testConfig(t.api, { ADMIN_IDS: '42' }) })
    await restarted.init()
    return restarted
  }

  it('refuses the next step of an edit to an admin removed from ADMIN_IDS since it began, and ends it', async () => {
    const admin = user(ADMIN_ID, 'en')
    const [id] = await seedFlagged(t.db, [{ title: 'Flagged', partners: ['BY'], kind: 'meeting' }])
    const restarted = await restartWithoutAdmin()

    await t.bot.handleUpdate(callback(admin, `rv:k:${id}`))
    await restarted.handleUpdate(callback(admin, 'cv:kind:agreement', undefined, lastMessageId(t.api, ADMIN_ID)))
    expect(t.api.sent('answerCallbackQuery').at(-1)?.payload).toMatchObject({ text: expect.stringMatching(/only for the bot's administrators/), show_alert: true })

    await t.bot.handleUpdate(callback(admin, `rv:p:${id}`))
    const before = t.api.sent().length
    await restarted.handleUpdate(message(admin, 'Франция, Галерея Тамариск'))
    expect(t.api.sent().slice(before).map((c) => c.payload.text)).toEqual([expect.stringMatching(/only the bot's administrators can do this: the dialogue is ended/)])
    await restarted.handleUpdate(message(admin, 'Италия'))
    expect(lastText(t.api)).not.toMatch(/I understood/)
    expect(await t.db.selectFrom('bot_storage').selectAll().execute()).toEqual([])
    expect((await getItemsByIds(t.db, [id!]))[0]).toMatchObject({ kind: 'meeting', partners: ['BY'] })
    expect(await auditRows(t.db)).toEqual([])
  })

  it('ends an edit left waiting by an admin removed from ADMIN_IDS and still answers their ordinary command', async () => {
    const admin = user(ADMIN_ID, 'en')
    const [id] = await seedFlagged(t.db, [{ title: 'Flagged', partners: ['BY'], kind: 'meeting' }])
    const restarted = await restartWithoutAdmin()
    await t.bot.handleUpdate(callback(admin, `rv:p:${id}`))
    const before = t.api.sent().length
    await restarted.handleUpdate(command(admin, '/help'))
    const texts = t.api.sent().slice(before).map((c) => String(c.payload.text))
    expect(texts).not.toContainEqual(expect.stringMatching(/only for the bot's administrators/))
    expect(texts).toHaveLength(1)
    expect(await t.db.selectFrom('bot_storage').selectAll().execute()).toEqual([])
    // An admin command is still refused, as to anyone else.
    await restarted.handleUpdate(command(admin, '/review'))
    expect(lastText(t.api)).toMatch(/only for the bot's administrators/)
  })

  it('answers malformed admin buttons as expired and keeps admin work out of groups', async () => {
    const admin = user(ADMIN_ID, 'en')
    for (const data of ['rv:a:abc', 'rv:a:0', 'rv:a:99999999999', 'rv:x:1', 'rv:a:1:2:3', 'rv:a:1:x', 'rv:s:1:2', 'src:p:1']) {
      await t.bot.handleUpdate(callback(admin, data))
      expect(t.api.sent('answerCallbackQuery').at(-1)?.payload.text).toMatch(/out of date/)
    }
    await t.bot.handleUpdate(callback(admin, 'rv:a:12345'))
    expect(t.api.sent('answerCallbackQuery').at(-1)?.payload.text).toMatch(/no longer exists/)
    const group = { id: -100_123, type: 'supergroup' as const, title: 'Desk' }
    await t.bot.handleUpdate(command(admin, '/review', group))
    expect(lastText(t.api)).toMatch(/private chat/)
  })
})

describe('/review: a card another admin has decided', () => {
  let t: TestApp
  afterEach(async () => t.close())

  it.each([
    ['ru', /^Этот материал уже опубликован\.$/, /^🔎 Проверка · материал опубликован/],
    ['en', /^This item is already published\.$/, /^🔎 Review · this item is published/],
    ['kk', /^Бұл материал қазір жарияланған\.$/, /^🔎 Тексеру · материал жарияланған/],
  ])('answers a late press in %s without a tautology and redraws the card as decided, its buttons gone', async (lang, answer, header) => {
    const other = 500_002
    t = await createTestApp({ ADMIN_IDS: `${ADMIN_ID},${other}` })
    const [id] = await seedFlagged(t.db, [{ title: 'Decided elsewhere' }])
    await t.bot.handleUpdate(command(user(other, lang), '/review'))
    const lateCard = lastMessageId(t.api, other)
    await t.bot.handleUpdate(command(user(ADMIN_ID, 'en'), '/review'))
    await t.bot.handleUpdate(callback(user(ADMIN_ID, 'en'), `rv:a:${id}:0`, undefined, lastMessageId(t.api, ADMIN_ID)))
    expect((await getItemsByIds(t.db, [id!]))[0]?.status).toBe('published')

    await t.bot.handleUpdate(callback(user(other, lang), `rv:a:${id}:0`, undefined, lateCard))
    expect(t.api.sent('answerCallbackQuery').at(-1)?.payload).toMatchObject({ text: expect.stringMatching(answer), show_alert: true })
    const redrawn = t.api.sent('editMessageText').at(-1)?.payload
    expect(redrawn).toMatchObject({ chat_id: other, message_id: lateCard })
    expect(plain(redrawn?.text)).toMatch(header)
    expect(JSON.stringify(redrawn?.reply_markup)).not.toMatch(/rv:[ar]:/)
    expect((await auditRows(t.db)).map((r) => r.action)).toEqual(['approve'])
  })
})

describe('/review: a button pressed twice', () => {
  let t: TestApp
  afterEach(async () => t.close())

  it.each([
    ['approve', 'kk', 'a', 'Бұл материал қазір жарияланған.', /Мақұлданды/],
    ['reject', 'ru', 'r', 'Этот материал уже отклонён.', /Отклонено/],
  ] as const)('answers the second press of %s (a double tap) quietly, leaving the confirmation and its Undo in place (%s)', async (_, lang, code, answer, confirmation) => {
    t = await createTestApp()
    const [, id] = await seedFlagged(t.db, [{ title: 'Older', publishedAt: '2026-11-20T06:00:00.000Z' }, { title: 'Newer', publishedAt: '2026-11-21T06:00:00.000Z' }])
    const admin = user(ADMIN_ID, lang)
    await t.bot.handleUpdate(command(admin, '/review'))
    const card = lastMessageId(t.api, ADMIN_ID)
    const press = lastButtons(t.api).find((b) => b.data.startsWith(`rv:${code}:`))!.data
    await t.bot.handleUpdate(callback(admin, press, undefined, card))
    const edits = t.api.sent('editMessageText').length
    const cards = t.api.sent().length
    expect(lastText(t.api, 'editMessageText')).toMatch(confirmation)
    expect(lastButtons(t.api, 'editMessageText').map((b) => b.data)).toEqual([expect.stringMatching(/^rv:u:\d+$/)])

    // The same button again, as a double tap sends it before the confirmation reached the phone.
    await t.bot.handleUpdate(callback(admin, press, undefined, card))
    expect(t.api.sent('answerCallbackQuery').at(-1)?.payload).toEqual(expect.objectContaining({ text: answer }))
    expect(t.api.sent('answerCallbackQuery').at(-1)?.payload.show_alert).toBeUndefined()
    expect(t.api.sent('editMessageText')).toHaveLength(edits)
    expect(t.api.sent()).toHaveLength(cards)
    expect((await auditRows(t.db)).map((r) => [r.action, r.article_id])).toEqual([[code === 'a' ? 'approve' : 'reject', id]])
  })
})

describe('/review in the admin\'s language', () => {
  let t: TestApp
  beforeEach(async () => {
    t = await createTestApp()
  })
  afterEach(async () => t.close())

  it('follows the admin\'s Telegram language as it changes until they choose one with /lang, and then the one chosen, notices unasked too', async () => {
    await seedFlagged(t.db, [{ title: 'Minister met colleagues', partners: ['BY'], kind: 'meeting' }])
    const header = () => plain(lastText(t.api)).split(' · ')[0]
    await t.bot.handleUpdate(command(user(ADMIN_ID, 'ru'), '/review'))
    expect(header()).toBe('🔎 Проверка')
    // The app switched to Kazakh: the bot follows, as it does for anyone who never chose with /lang.
    await t.bot.handleUpdate(command(user(ADMIN_ID, 'kk'), '/review'))
    expect(header()).toBe('🔎 Тексеру')
    await t.bot.handleUpdate(command(user(80, 'en', 'Aigerim'), '/suggest https://example.kz/rss'))
    expect(plain(t.api.sent().findLast((c) => c.payload.chat_id === ADMIN_ID)!.payload.text)).toMatch(/^💡 Aigerim /)
    expect(plain(t.api.sent().findLast((c) => c.payload.chat_id === ADMIN_ID)!.payload.text)).not.toMatch(/предлагает|suggests/)
    // A language chosen with /lang holds, whatever the app speaks.
    await t.bot.handleUpdate(command(user(ADMIN_ID, 'kk'), '/lang'))
    await t.bot.handleUpdate(callback(user(ADMIN_ID, 'kk'), 'lang:en'))
    await t.bot.handleUpdate(command(user(ADMIN_ID, 'ru'), '/review'))
    expect(header()).toBe('🔎 Review')
    await t.bot.handleUpdate(command(user(ADMIN_ID, 'kk'), '/review'))
    expect(header()).toBe('🔎 Review')
  })
})
