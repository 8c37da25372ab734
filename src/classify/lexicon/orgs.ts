import type { LexiconEntry, WordPattern } from './lexicon.js'
import { CYRILLIC_TAIL, LATIN_TAIL, isCyrillic } from './morphology.js'
import { latinRoundTrip } from '../../language/kazakh-latin.js'
import { tokenize } from '../../language/normalize.js'

/*
 * International organisations (labels.md § partners: they go into `orgs`, not `partners`).
 * Abbreviations count only in capitals; full names inflect loosely.
 */
const ORGANISATIONS: Readonly<Record<string, readonly string[]>> = {
  UNESCO: ['UNESCO', 'ЮНЕСКО', 'Unesco'],
  TURKSOY: ['TURKSOY', 'ТЮРКСОЙ', 'ТҮРКСОЙ', 'International Organisation of Turkic Culture',
    'International Organization of Turkic Culture', 'Международная организация тюркской культуры',
    'Халықаралық түркі мәдениеті ұйымы'],
  ICESCO: ['ICESCO', 'ISESCO', 'ИСЕСКО', 'АЙСЕСКО', 'Islamic World Educational, Scientific and Cultural Organization',
    'Организация исламского мира по вопросам образования, науки и культуры',
    'Ислам әлемінің білім, ғылым және мәдениет ұйымы'],
  CIS: ['CIS', 'СНГ', 'ТМД', 'Commonwealth of Independent States', 'Содружество Независимых Государств',
    'Тәуелсіз Мемлекеттер Достастығы'],
  SCO: ['SCO', 'ШОС', 'ШЫҰ', 'Shanghai Cooperation Organisation', 'Shanghai Cooperation Organization',
    'Шанхайская организация сотрудничества', 'Шанхай ынтымақтастық ұйымы'],
  OTS: ['OTS', 'ОТГ', 'ТМҰ', 'Organization of Turkic States', 'Organisation of Turkic States',
    'Организация тюркских государств', 'Түркі мемлекеттері ұйымы', 'Turkic Council', 'Тюркский совет', 'Түркі кеңесі',
    'Cooperation Council of Turkic Speaking States', 'Совет сотрудничества тюркоязычных государств',
    'Түркітілдес мемлекеттердің ынтымақтастық кеңесі'],
  UN: ['UN', 'ООН', 'БҰҰ', 'United Nations', 'Организация Объединенных Наций', 'Біріккен Ұлттар Ұйымы'],
  UNICEF: ['UNICEF', 'ЮНИСЕФ'],
  EU: ['EU', 'ЕС', 'ЕО', 'European Union', 'Европейский союз', 'Еуропалық одақ'],
  EAEU: ['EAEU', 'ЕАЭС', 'ЕАЭО', 'Eurasian Economic Union', 'Евразийский экономический союз', 'Еуразиялық экономикалық одақ'],
  OIC: ['OIC', 'ОИС', 'ИЫҰ', 'Organisation of Islamic Cooperation', 'Organization of Islamic Cooperation',
    'Организация исламского сотрудничества', 'Ислам ынтымақтастығы ұйымы'],
  CICA: ['CICA', 'СВМДА', 'АӨСШК'],
  OSCE: ['OSCE', 'ОБСЕ', 'ЕҚЫҰ'],
  TURKPA: ['TURKPA', 'ТюркПА'],
  ALECSO: ['ALECSO', 'АЛЕКСО'],
  ITA: ['International Turkic Academy', 'Международная тюркская академия', 'Халықаралық түркі академиясы', 'Turkic Academy',
    'Тюркская академия', 'Түркі академиясы'],
  COE: ['Council of Europe', 'Совет Европы', 'Еуропа Кеңесі'],
  WEC: ['World Ethnosport Confederation', 'Всемирная конфедерация этноспорта', 'Дүниежүзілік этноспорт конфедерациясы'],
}

const MAX_ABBREVIATION_LENGTH = 7
const LOOSE_TAIL = /^\p{L}{0,6}$/u

function isAbbreviation(name: string): boolean {
  return name.length <= MAX_ABBREVIATION_LENGTH && !/\s/.test(name) && name !== name.toLowerCase()
}

function patternsOf(name: string): WordPattern[] {
  const words = tokenize(name).map((t) => t.norm)
  if (isAbbreviation(name)) {
    const upperOnly = name === name.toUpperCase()
    return words.map((stem) => ({ stem, tail: isCyrillic(stem) ? CYRILLIC_TAIL : LATIN_TAIL, upperOnly }))
  }
  return words.map((word) =>
    isCyrillic(word) && word.length >= 5
      ? { stem: word.slice(0, -2), tail: LOOSE_TAIL, upperOnly: false }
      : { stem: word, tail: isCyrillic(word) ? CYRILLIC_TAIL : LATIN_TAIL, upperOnly: false },
  )
}

function organisationEntries(): LexiconEntry<string>[] {
  return Object.entries(ORGANISATIONS).flatMap(([code, names]) =>
    names.flatMap((name) => {
      const trip = latinRoundTrip(name)
      return (trip ? [name, trip] : [name]).map((form) => ({ words: patternsOf(form), value: code }))
    }),
  )
}

export const ORG_ENTRIES: readonly LexiconEntry<string>[] = organisationEntries()
