import { describe, expect, it } from 'vitest'
import { codeUnitAt } from '../../src/language/code-unit.js'

describe('codeUnitAt', () => {
  const long = 'Қазақстан мен Франция мәдени ынтымақтастық туралы келісімге қол қойды. '.repeat(20)
  // The kinds of string V8 keeps apart: flat one- and two-byte, sliced, joined, and one with a surrogate pair.
  const texts = {
    'one-byte': 'Kazakhstan and France',
    'two-byte': 'Казахстан и Франция',
    sliced: long.slice(15, 400),
    joined: `${long.slice(0, 30)}${'Qazaqstan'.repeat(3)}`,
    'surrogate pair': 'музей 🏛 ашылды',
  }

  it.each(Object.entries(texts))('reads every code unit of a %s string as charCodeAt does', (_, text) => {
    const read = Array.from({ length: text.length }, (__, i) => codeUnitAt(text, i))
    expect(read).toEqual(Array.from({ length: text.length }, (__, i) => text.charCodeAt(i)))
  })

  it('gives NaN past either end, as charCodeAt does', () => {
    expect(codeUnitAt('abc', 3)).toBeNaN()
    expect(codeUnitAt('abc', -1)).toBeNaN()
  })
})
