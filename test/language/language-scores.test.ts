import { readFileSync } from 'node:fs'
import { francAll } from 'franc-min'
import { describe, expect, it } from 'vitest'
import { languageScores } from '../../src/language/language-scores.js'
import { createRandom, pick } from '../helpers/random.js'

const EVENTS = new URL('../../corpus/events.jsonl', import.meta.url)

/** Words of the scripts and languages franc tells apart, and signs it drops (digits, punctuation). */
const WORDS = [
  'the', 'cooperation', 'museum', 'and', 'exhibition', 'der', 'und', 'Zusammenarbeit', 'la', 'coopération', 'musée', 'el', 'museo', 'cooperación',
  'di', 'mostra', 'og', 'zijn', 'işbirliği', 've', 'hamkorlik', 'bilan', 'и', 'сотрудничество', 'музей', 'в', 'выставка', 'ынтымақтастық', 'және',
  'мұражай', 'співпраця', 'і', 'музеї', 'сътрудничество', 'на', '合作', '博物馆', 'التعاون', 'متحف', 'सहयोग', 'संग्रहालय', '協力', 'συνεργασία', 'שיתוף',
  'თანამშრომლობა', '2024', '—', '«', '»', ',', '.', '!', '\n', '  ',
]

describe('languageScores', () => {
  it('scores as franc-min does, on the corpus texts and 3,000 random ones', () => {
    const texts = readFileSync(EVENTS, 'utf8').split('\n').filter((line) => line.trim() !== '').flatMap((line) => {
      const { title, body } = JSON.parse(line) as { title: string; body: string }
      return [title, `${title}\n${body.slice(0, 400)}`, body]
    })
    const random = createRandom(11)
    for (let i = 0; i < 3_000; i++) texts.push(Array.from({ length: 1 + Math.floor(random() * 60) }, () => pick(random, WORDS)).join(' '))
    for (const text of texts) expect(languageScores(text), text.slice(0, 80)).toEqual(francAll(text))
  })

  it.each([
    ['empty', ''],
    ['too short', 'museum'],
    ['digits and signs only', '2024-05-01, 12:30!!'],
    ['a script with one language', 'ประเทศไทยและคาซัคสถานลงนามความร่วมมือด้านวัฒนธรรม'],
    ['longer than franc reads', 'Kazakhstan and France signed a cultural cooperation agreement. '.repeat(60)],
  ])('%s', (_, text) => {
    expect(languageScores(text)).toEqual(francAll(text))
  })
})
