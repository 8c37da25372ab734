import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { listSubscriptions } from '../../src/db/subscriptions.js'
import { buttonsOf, lastPayload, plain } from '../helpers/payloads.js'
import { dailyItems, seedItems } from '../helpers/seed-items.js'
import { createTestApp, type TestApp } from '../helpers/test-app.js'
import { command, user } from '../helpers/updates.js'

/** 27 European countries with items, the first with 27, the last with 1 (most items first on the buttons). */
const EUROPE = ['DE', 'FR', 'IT', 'ES', 'PL', 'CZ', 'AT', 'BE', 'NL', 'GB', 'HU', 'RO', 'BG', 'GR', 'PT', 'SE', 'FI', 'NO', 'DK', 'IE', 'SK', 'SI', 'HR', 'RS', 'LT', 'LV', 'EE']

/** The note's command, as the reader copies it from its <code>. */
const noteCommand = (html: string): string => /<code>([^<]+)<\/code>$/.exec(html)![1]!

describe('countries past the buttons of an answer', () => {
  let t: TestApp
  beforeEach(async () => {
    t = await createTestApp()
    await seedItems(t.db, EUROPE.flatMap((code, i) => dailyItems(EUROPE.length - i, [code])))
  })
  afterEach(async () => t.close())

  it.each([
    ['en', '/country Germany, France, Italy, Spain, Poland, Czechia, Austria, Belgium, Netherlands, Hungary', '2 more countries have no button here: 🇳🇱 Netherlands, 🇭🇺 Hungary. For them: /country Netherlands, Hungary', ['🇳🇱 Netherlands', '🇭🇺 Hungary']],
    ['ru', '/latest Германия, Франция, Италия, Испания, Польша, Чехия, Австрия, Бельгия, Нидерланды', 'Ещё 1 страна не поместилась в кнопки: 🇳🇱 Нидерланды. Для них: /country Нидерланды', ['🇳🇱 Нидерланды']],
    ['kk', '/country Германия, Франция, Италия, Испания, Польша, Чехия, Австрия, Бельгия, Нидерланд, Венгрия, Румыния', 'Түймеге тағы 3 ел сыймады: 🇳🇱 Нидерланд, 🇭🇺 Венгрия, 🇷🇴 Румыния. Олар үшін: /country Нидерланд, Венгрия, Румыния', ['🇳🇱 Нидерланд', '🇭🇺 Венгрия', '🇷🇴 Румыния']],
  ])('are named with the /country that shows them (%s: a list of more than 8), where they were dropped unsaid', async (lang, text, note, rest) => {
    const from = user(80, lang)
    await t.bot.handleUpdate(command(from, text))
    const answer = lastPayload(t)
    expect(buttonsOf(answer)).toHaveLength(8)
    expect(plain(answer.text).split('\n').at(-1)).toBe(note)
    await t.bot.handleUpdate(command(from, noteCommand(String(answer.text))))
    if (rest.length === 1) expect(plain(lastPayload(t).text)).toMatch(/^🇳🇱 Нидерланды: 19 материалов/)
    else expect(buttonsOf(lastPayload(t)).map((b) => b.text)).toEqual(rest)
  })

  it('names the countries of a region past its 24 buttons, with the /country that shows them', async () => {
    await t.bot.handleUpdate(command(user(81, 'en'), '/country Europe'))
    const answer = lastPayload(t)
    expect(buttonsOf(answer)).toHaveLength(24)
    expect(plain(answer.text)).toMatch(/Its countries with items \(27\):\n3 more countries have no button here: 🇱🇹 Lithuania, 🇱🇻 Latvia, 🇪🇪 Estonia\. For them: \/country Lithuania, Latvia, Estonia$/)
  })

  it.each([
    ['ru', 'Ещё 15 стран не поместились в кнопки: 🇧🇬 Болгария, 🇬🇷 Греция, '],
    ['kk', 'Түймеге тағы 15 ел сыймады: 🇧🇬 Болгария, 🇬🇷 Грекия, '],
  ])('names the countries of a region past /subscribe\'s 12 buttons (%s), with the /subscribe that follows them all', async (lang, note) => {
    const from = user(82, lang)
    await t.bot.handleUpdate(command(from, '/subscribe Европа'))
    const answer = lastPayload(t)
    expect(buttonsOf(answer)).toHaveLength(12)
    expect(plain(answer.text)).toContain(note)
    await t.bot.handleUpdate(command(from, noteCommand(String(answer.text))))
    expect((await listSubscriptions(t.db, { chatId: 82, threadId: 0 })).map((s) => s.value).sort()).toEqual(EUROPE.slice(12).sort())
  })
})
