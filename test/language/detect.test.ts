import { describe, expect, it } from 'vitest'
import { detectLanguage } from '../../src/language/detect.js'

describe('detectLanguage', () => {
  it.each([
    ['Russian prose, by its function words', 'ru', 'Министр культуры встретился с послом Франции, и они обсудили обмен выставками между музеями.'],
    ['English prose, by its function words', 'en', 'The minister of culture met the ambassador of France and they discussed an exchange of exhibitions.'],
    ['Kazakh, by the letters Russian lacks', 'kk', 'Қазақстан мен Франция мәдени алмасу бағдарламасына қол қойды'],
  ])('reads %s', (_case, lang, text) => {
    expect(detectLanguage(text)).toBe(lang)
  })

  // Headlines and datelines have too few function words: the detector decides them.
  it.each([
    ['a Russian headline franc scores a hair below Bulgarian', 'ru', 'Туркменистан и Турция подписали программу культурного сотрудничества на 2024–2026 годы'],
    ['a Russian dateline', 'ru', 'Совет постпредов СНГ в Минске рассмотрит работу Фонда гуманитарного сотрудничества'],
    ['an English headline in title case', 'en', 'Tokayev Meets UNESCO Director-General, Discusses Heritage Sites Nomination'],
    ['Ukrainian', 'other', 'Президент підписав указ про призначення нового посла. Делегація відвідала музей і бібліотеку, де обговорили спільні проєкти.'],
    ['Bulgarian', 'other', 'Делегацията посети националния музей и библиотеката, където бяха обсъдени съвместни проекти за младежта.'],
    ['Belarusian', 'other', 'Міністэрства культуры Беларусі і пасольства Казахстана падпісалі праграму супрацоўніцтва. Выстава адкрыецца ў Мінску вясной.'],
    ['French', 'other', 'Le ministère de la Culture du Kazakhstan et l’ambassade de France ont signé un programme de coopération culturelle.'],
    ['Turkish', 'other', 'Kazakistan Kültür Bakanlığı ve Türkiye Büyükelçiliği kültürel işbirliği programını imzaladı. Sergi baharda açılacak.'],
  ])('reads %s', (_case, lang, text) => {
    expect(detectLanguage(text)).toBe(lang)
  })

  it("falls back on the source's language for a text in another one, and for one too short to tell", () => {
    const ukrainian = 'Президент підписав указ про призначення нового посла. Делегація відвідала музей і бібліотеку.'
    expect(detectLanguage(ukrainian, 'ru')).toBe('ru')
    expect(detectLanguage('Алматы', 'kk')).toBe('kk')
    expect(detectLanguage('Алматы')).toBe('ru')
    expect(detectLanguage('2024 — 15:30', 'en')).toBe('en')
    expect(detectLanguage('2024 — 15:30')).toBe('other')
  })
})
