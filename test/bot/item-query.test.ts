import { describe, expect, it } from 'vitest'
import { parseItemQuery } from '../../src/bot/item-query.js'
import { createCountryIndex } from '../../src/classify/countries.js'

const vocabulary = { countries: createCountryIndex(), sectorLabel: (s: string) => ({ museums: 'Музеи', theatre: 'Театр' })[s] ?? s }

describe('parseItemQuery', () => {
  it.each([
    ['', {}, ''],
    ['Ресей', { country: 'RU' }, ''],
    ['south korea', { country: 'KR' }, ''],
    ['South Korea cinema 2024', { country: 'KR', sector: 'cinema', year: 2024 }, ''],
    ['франция музеи', { country: 'FR', sector: 'museums' }, ''],
    ['RU 2025 театр', { country: 'RU', year: 2025, sector: 'theatre' }, ''],
    ['art in the steppe', {}, 'art in the steppe'],
    ['китай 1800', { country: 'CN' }, '1800'],
    // A name left out is a word to leave out, not the partner asked for.
    ['музей -Франция', {}, 'музей -Франция'],
    ['museum NOT Louvre', {}, 'museum NOT Louvre'],
    // A word after a minus or NOT is always a word to leave out, never a filter, alone too; and a filter's name is a word again
    // when only words to leave out would be left to search, as /search reads «театр -Франция»: theatre items without «Франция».
    ['театр -Франция', {}, 'театр -Франция'],
    ['театр NOT Франция', {}, 'театр NOT Франция'],
    ['театр -"Франция"', {}, 'театр -"Франция"'],
    ['театр −франция 2024', { year: 2024 }, 'театр −франция'],
    ['франция музеи -Лувр', {}, 'франция музеи -Лувр'],
    ['-Франция', {}, '-Франция'],
    ['NOT Франция', {}, 'NOT Франция'],
    ['опера NOT 2025', {}, 'опера NOT 2025'],
    ['франция опера NOT музеи', { country: 'FR' }, 'опера NOT музеи'],
    ['балет -Южная Корея', { country: 'KR' }, 'балет -Южная'],
    // A name or sector joined by OR is one of the words either of which will do, not the partner or sector asked for.
    ['опера OR Франция', {}, 'опера OR Франция'],
    ['Франция или опера', {}, 'Франция или опера'],
    ['Лувр OR театр 2024', { year: 2024 }, 'Лувр OR театр'],
    // A phrase left out is one token, as a phrase wanted is: its names, sectors and years are words of the phrase to leave out.
    ['museum -"Louvre Abu Dhabi"', {}, 'museum -"Louvre Abu Dhabi"'],
    ['музей -«Лувр Абу-Даби» 2024', { year: 2024 }, 'музей -"Лувр Абу-Даби"'],
    ['кино −"Days of France 2024"', {}, 'кино −"Days of France 2024"'],
    // A phrase glued to a word («кино-"…"») is one token too, as the search reads a word and then the phrase.
    ['кино-"Days of France"', {}, 'кино-"Days of France"'],
    ['Лувр"Абу Даби" 2024', { year: 2024 }, 'Лувр"Абу Даби"'],
    // Flags typed side by side, with a comma or none, or beside a name: a country each, as flags with spaces between them.
    ['🇷🇺 🇨🇳', { region: { countries: ['RU', 'CN'] } }, ''],
    ['🇷🇺🇨🇳', { region: { countries: ['RU', 'CN'] } }, ''],
    ['🇷🇺,🇨🇳', { region: { countries: ['RU', 'CN'] } }, ''],
    ['🇷🇺🇨🇳 2024', { region: { countries: ['RU', 'CN'] }, year: 2024 }, ''],
    ['Россия 🇨🇳', { region: { countries: ['RU', 'CN'] } }, ''],
    ['🇫🇷 музеи', { country: 'FR', sector: 'museums' }, ''],
  ])('reads «%s»', (text, filter, words) => {
    const query = parseItemQuery(text, vocabulary)
    const { match, ...rest } = query.filter
    expect(rest).toEqual(filter)
    expect(query.words).toBe(words)
    expect(match !== undefined).toBe(words !== '' && !/^(-|NOT )\S+$/.test(words))
  })
})
