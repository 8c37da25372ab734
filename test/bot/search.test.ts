import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { lastPayload, plain } from '../helpers/payloads.js'
import { itemWithPartner, seedItems } from '../helpers/seed-items.js'
import { createTestApp, type TestApp } from '../helpers/test-app.js'
import { command, user } from '../helpers/updates.js'

describe('/search of common words only', () => {
  let t: TestApp
  beforeEach(async () => {
    t = await createTestApp()
    await seedItems(t.db, [itemWithPartner('FR', { title: 'Museum exhibition in Paris', body: 'A joint exhibition opens.' })])
  })
  afterEach(async () => t.close())

  it.each([
    ['en', '/search the of', /^«the of» holds only words too common to find items by \(such as the, of, and\): add a word for what you are looking for, such as \/search museum exhibition\.$/],
    ['ru', '/search и в на', /^В «и в на» только служебные слова \(такие, как и, в, на\): по ним материалы не ищутся\. Добавьте слово о том, что ищете, например \/search музей выставка\.$/],
    ['ru', '/search и', /^В «и» только служебные слова/],
    ['kk', '/search және', /^«және» ішінде тек көмекші сөздер бар/],
    ['en', '/search the 2026', /^«the» holds only words too common/],
  ])('tells a %s reader that %s holds only common words, with what to add, where it advised fewer or shorter words or typing letters', async (lang, text, answer) => {
    await t.bot.handleUpdate(command(user(31, lang), text))
    const reply = plain(lastPayload(t).text)
    expect(reply).toMatch(answer)
    expect(reply).not.toMatch(/shorter|короче|қысқарақ|letters or figures|буквы или цифры/)
  })

  it('still finds items by a common word they hold, and still advises fewer words when real words find nothing', async () => {
    await t.bot.handleUpdate(command(user(32, 'en'), '/search in'))
    expect(plain(lastPayload(t).text)).toMatch(/^🔎 «in»: 1 item/)
    await t.bot.handleUpdate(command(user(32, 'en'), '/search opera ballet'))
    expect(plain(lastPayload(t).text)).toMatch(/^Nothing found for «opera ballet»\. Try fewer or shorter words\./)
  })
})
