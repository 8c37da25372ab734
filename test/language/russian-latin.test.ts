import { describe, expect, it } from 'vitest'
import { russianLatinToCyrillic } from '../../src/language/russian-latin.js'

describe('russianLatinToCyrillic', () => {
  it.each([
    ['Rossii', 'России'], ['Frantsii', 'Франции'], ['Kitaya', 'Китая'], ['Rossija', 'Россия'], ['Kitaj', 'Китай'],
    ['Frantsiyey', 'Францией'], ['Franciei', 'Францией'], ['Kitai', 'Китай'], ['Yaponii', 'Японии'],
    ['Shchuchinsk', 'Щучинск'], ['Zhambyl', 'Жамбыл'], ['Kharkov', 'Харков'], ['Sen-Bartelemi', 'Сен-Бартелеми'],
  ])('%s → %s', (latin, cyrillic) => {
    expect(russianLatinToCyrillic(latin)).toBe(cyrillic)
  })
})
