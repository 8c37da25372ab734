import type { LexiconEntry, WordPattern } from './lexicon.js'
import { CYRILLIC_TAIL, LATIN_TAIL, isCyrillic } from './morphology.js'
import { latinSpellings } from './latin-spellings.js'
import { KAZAKH_LETTERS } from '../../language/kazakh.js'
import { latinToCyrillic } from '../../language/kazakh-latin.js'
import { tokenize } from '../../language/normalize.js'
import type { Sector } from '../types.js'

/** An organisation's short name in each language (lists and alerts show it), and the other names it goes by. */
interface OrganisationNames {
  en: string
  ru: string
  kk: string
  other: readonly string[]
}

/*
 * International organisations (labels.md § partners: they go into `orgs`, not `partners`).
 * Abbreviations count only in capitals; full names inflect loosely.
 */
export const ORGANISATIONS: Readonly<Record<string, OrganisationNames>> = {
  UNESCO: { en: 'UNESCO', ru: 'ЮНЕСКО', kk: 'ЮНЕСКО', other: ['Unesco'] },
  TURKSOY: { en: 'TURKSOY', ru: 'ТЮРКСОЙ', kk: 'ТҮРКСОЙ', other: ['TÜRKSOY', 'International Organisation of Turkic Culture',
    'International Organization of Turkic Culture', 'Международная организация тюркской культуры',
    'Халықаралық түркі мәдениеті ұйымы'] },
  ICESCO: { en: 'ICESCO', ru: 'ИСЕСКО', kk: 'ИСЕСКО', other: ['ISESCO', 'АЙСЕСКО', 'Islamic World Educational, Scientific and Cultural Organization',
    'Организация исламского мира по вопросам образования, науки и культуры',
    'Ислам әлемінің білім, ғылым және мәдениет ұйымы'] },
  CIS: { en: 'CIS', ru: 'СНГ', kk: 'ТМД', other: ['Commonwealth of Independent States', 'Содружество Независимых Государств',
    'Тәуелсіз Мемлекеттер Достастығы'] },
  SCO: { en: 'SCO', ru: 'ШОС', kk: 'ШЫҰ', other: ['Shanghai Cooperation Organisation', 'Shanghai Cooperation Organization',
    'Шанхайская организация сотрудничества', 'Шанхай ынтымақтастық ұйымы'] },
  OTS: { en: 'OTS', ru: 'ОТГ', kk: 'ТМҰ', other: ['Organization of Turkic States', 'Organisation of Turkic States',
    'Организация тюркских государств', 'Түркі мемлекеттері ұйымы', 'Turkic Council', 'Тюркский совет', 'Түркі кеңесі',
    'Cooperation Council of Turkic Speaking States', 'Совет сотрудничества тюркоязычных государств',
    'Түркітілдес мемлекеттердің ынтымақтастық кеңесі', 'Түркі тілдес мемлекеттер ынтымақтастық кеңесі', 'ТМЫК'] },
  UN: { en: 'UN', ru: 'ООН', kk: 'БҰҰ', other: ['United Nations', 'Организация Объединенных Наций', 'Біріккен Ұлттар Ұйымы'] },
  UNICEF: { en: 'UNICEF', ru: 'ЮНИСЕФ', kk: 'ЮНИСЕФ', other: ['UN Children\'s Fund', 'United Nations Children\'s Fund', 'Детский фонд ООН',
    'Детский фонд Организации Объединенных Наций', 'БҰҰ Балалар қоры'] },
  EU: { en: 'EU', ru: 'ЕС', kk: 'ЕО', other: ['European Union', 'Европейский союз', 'Еуропалық одақ'] },
  EAEU: { en: 'EAEU', ru: 'ЕАЭС', kk: 'ЕАЭО', other: ['Eurasian Economic Union', 'Евразийский экономический союз', 'Еуразиялық экономикалық одақ'] },
  OIC: { en: 'OIC', ru: 'ОИС', kk: 'ИЫҰ', other: ['Organisation of Islamic Cooperation', 'Organization of Islamic Cooperation',
    'Организация исламского сотрудничества', 'Ислам ынтымақтастығы ұйымы'] },
  CICA: { en: 'CICA', ru: 'СВМДА', kk: 'АӨСШК', other: [] },
  OSCE: { en: 'OSCE', ru: 'ОБСЕ', kk: 'ЕҚЫҰ', other: [] },
  TURKPA: { en: 'TURKPA', ru: 'ТюркПА', kk: 'ТюркПА', other: ['TurkPA', 'ПАТС', 'Parliamentary Assembly of Turkic Speaking Countries',
    'Parliamentary Assembly of Turkic States', 'Парламентская ассамблея тюркоязычных стран', 'Парламентская ассамблея тюркских государств',
    'Түркітілдес елдердің парламенттік ассамблеясы', 'Түркі мемлекеттерінің парламенттік ассамблеясы'] },
  ALECSO: { en: 'ALECSO', ru: 'АЛЕКСО', kk: 'АЛЕКСО', other: [] },
  ITA: { en: 'International Turkic Academy', ru: 'Международная тюркская академия', kk: 'Халықаралық түркі академиясы',
    other: ['Turkic Academy', 'Тюркская академия', 'Түркі академиясы'] },
  COE: { en: 'Council of Europe', ru: 'Совет Европы', kk: 'Еуропа Кеңесі', other: [] },
  WEC: { en: 'World Ethnosport Confederation', ru: 'Всемирная конфедерация этноспорта', kk: 'Дүниежүзілік этноспорт конфедерациясы', other: [] },
}

/**
 * The country each organisation's headquarters or secretariat sits in. labels.md: an agreement
 * signed with an organisation at its headquarters has no partner for that city's country.
 */
export const ORGANISATION_SEATS: Readonly<Record<string, string>> = {
  UNESCO: 'FR', TURKSOY: 'TR', ICESCO: 'MA', CIS: 'BY', SCO: 'CN', OTS: 'TR', UN: 'US', UNICEF: 'US', EU: 'BE',
  EAEU: 'RU', OIC: 'SA', CICA: 'KZ', OSCE: 'AT', TURKPA: 'AZ', ALECSO: 'TN', ITA: 'KZ', COE: 'FR', WEC: 'TR',
}

/**
 * The states that are or were members of the organisations whose councils the corpus reports, the Russian and
 * Moldovan regions among TURKSOY's members implying their countries. Observers and dialogue partners are none
 * (corpus/README.md: observer states are not member states taking part): Hungary and Turkmenistan at the
 * Organization of Turkic States, Azerbaijan, Mongolia or Turkey at the SCO.
 */
export const ORGANISATION_MEMBERS: Readonly<Record<string, readonly string[]>> = {
  CIS: ['AM', 'AZ', 'BY', 'GE', 'KG', 'KZ', 'MD', 'RU', 'TJ', 'TM', 'UA', 'UZ'],
  SCO: ['BY', 'CN', 'IN', 'IR', 'KG', 'KZ', 'PK', 'RU', 'TJ', 'UZ'],
  OTS: ['AZ', 'KG', 'KZ', 'TR', 'UZ'],
  TURKSOY: ['AZ', 'KG', 'KZ', 'MD', 'RU', 'TM', 'TR', 'UZ'],
}

/**
 * The fields an organisation works in, as its charter names them: UNESCO's and ICESCO's names
 * spell out education, science and culture, TURKSOY is Turkic culture and the arts, the Turkic
 * Academy a research body. An article about one of them is about those fields even where it
 * names none (labels.md § sectors).
 */
export const ORGANISATION_FIELDS: Readonly<Record<string, readonly Sector[]>> = {
  UNESCO: ['heritage', 'education', 'science'], ICESCO: ['heritage', 'education', 'science'], ALECSO: ['education', 'science'],
  TURKSOY: ['arts', 'heritage', 'music'], ITA: ['science'], WEC: ['sport'],
}

const MAX_ABBREVIATION_LENGTH = 7
const LOOSE_TAIL = /^\p{L}{0,6}$/u

function isAbbreviation(name: string): boolean {
  return name.length <= MAX_ABBREVIATION_LENGTH && !/\s/.test(name) && name !== name.toLowerCase()
}

/** A word with a letter only Kazakh writes («түркі», «кеңесі», «ұйымы»): Kazakh adds its endings after the whole word. */
const KAZAKH_WORD = new RegExp(`[${KAZAKH_LETTERS}]`, 'u')
/** Kazakh voices a word's last к, қ, п before a vowel: «одақ» → «одағы», «ынтымақтастық» → «ынтымақтастығы». */
const KAZAKH_VOICED_END = /[кқп]$/u

/**
 * One word of a full name and the endings it may take. A Russian word drops its last two letters for its cases
 * («организация» → «организации»); a Kazakh one keeps itself whole, but for the consonant it voices, as Kazakh
 * takes nothing off a word to inflect it: cut to «түр», «Түркі кеңесі» read «ТҮРКСОЙ кеңесі», TURKSOY's council.
 */
function fullNameWordPattern(word: string): WordPattern {
  if (!isCyrillic(word) || word.length < 5) return { stem: word, tail: isCyrillic(word) ? CYRILLIC_TAIL : LATIN_TAIL, upperOnly: false }
  if (KAZAKH_WORD.test(word)) return { stem: KAZAKH_VOICED_END.test(word) ? word.slice(0, -1) : word, tail: LOOSE_TAIL, upperOnly: false }
  return { stem: word.slice(0, -2), tail: LOOSE_TAIL, upperOnly: false }
}

function patternsOf(name: string): WordPattern[] {
  const words = tokenize(name).map((t) => t.norm)
  if (isAbbreviation(name)) {
    const upperOnly = name === name.toUpperCase()
    return words.map((stem) => ({ stem, tail: isCyrillic(stem) ? CYRILLIC_TAIL : LATIN_TAIL, upperOnly }))
  }
  return words.map(fullNameWordPattern)
}

/**
 * An abbreviation in capitals as a Kazakh Latin page types it and the reader reads it back: in the 2021 alphabet the capital
 * of i (и, й) is İ, but a keyboard's capital I is typed for it, which reads as і («TÜRKSOI» → «ТҮРКСОІ»); and a Latin
 * abbreviation («TÜRKSOY») read letter by letter as Kazakh Latin («ТҮРКСОЫ»).
 */
function kazakhLatinAbbreviationForms(name: string): string[] {
  if (!isAbbreviation(name) || name !== name.toUpperCase()) return []
  if (isCyrillic(name)) return /[ИЙ]/u.test(name) ? [name.replace(/[ИЙ]/gu, 'І')] : []
  return /[A-ZÀ-Ý]/u.test(name) ? [latinToCyrillic(name, 2021)] : []
}

function organisationEntries(): LexiconEntry<string>[] {
  return Object.entries(ORGANISATIONS).flatMap(([code, { en, ru, kk, other }]) =>
    [...new Set([en, ru, kk, ...other])].flatMap((name) => {
      const forms = new Set([name, ...latinSpellings(name), ...kazakhLatinAbbreviationForms(name)])
      return [...forms].map((form) => ({ words: patternsOf(form), value: code }))
    }),
  )
}

export const ORG_ENTRIES: readonly LexiconEntry<string>[] = organisationEntries()

/**
 * Bodies whose own names hold an organisation's (labels.md § partners: an organisation named inside another body's name
 * is no party to what that body does): the UN's agencies and programmes that go by a name of their own, UN Tourism
 * («Генсек ООН по туризму», «Всемирная туристская организация ООН»), the UN Development Programme («Программа развития
 * ООН»), UN Women, UN-Habitat, the UN Population Fund, are none of them the UN. (UNICEF's long names are UNICEF's, above.)
 */
export const OTHER_BODY_NAMES: readonly string[] = [
  'UN Tourism', 'UN World Tourism Organization', 'United Nations World Tourism Organization', 'ООН по туризму', 'ООН-Туризм',
  'Всемирная туристская организация ООН', 'Всемирная туристская организация Организации Объединенных Наций', 'БҰҰ Туризм',
  'БҰҰ Дүниежүзілік туризм ұйымы', 'БҰҰ-ның Дүниежүзілік туризм ұйымы',
  'UN Development Programme', 'United Nations Development Programme', 'Программа развития ООН',
  'Программа развития Организации Объединенных Наций', 'БҰҰ Даму бағдарламасы', 'БҰҰ-ның Даму бағдарламасы',
  'UN Women', 'ООН-женщины', 'UN-Habitat', 'ООН-Хабитат', 'UN Population Fund', 'United Nations Population Fund',
  'Фонд ООН в области народонаселения', 'БҰҰ Халықты қоныстандыру қоры',
]

/** OTHER_BODY_NAMES as a lexicon's entries of no organisation: read as one name, longer than the organisation's inside it. */
export const OTHER_BODY_ENTRIES: readonly LexiconEntry<null>[] = OTHER_BODY_NAMES.flatMap((name) =>
  [name, ...latinSpellings(name)].map((form) => ({ words: patternsOf(form), value: null })),
)
