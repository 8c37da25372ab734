import { data } from 'franc-min/data.js'
import { expressions } from 'franc-min/expressions.js'
import { trigrams } from 'trigram-utils'

/*
 * franc-min's francAll, the same scores in the same order, from franc's own trigram lists and
 * trigram-utils' trigrams (language-scores.test compares the two). franc keeps an object per
 * language and looks each of a sample's trigrams up in every one of its script's (44 for
 * Latin), which made it 0.6 ms a sample, more than the rest of an article's classification when
 * it runs; here each script has one index, trigram → its rank in each language, and a sample's
 * trigrams are counted in a Map: 0.14 ms.
 */

/** franc reads at most this much of a sample. */
const MAX_LENGTH = 2048
/** Shorter samples are undetermined. */
const MIN_LENGTH = 10
/** What a trigram absent from a language's list adds to its distance. */
const MAX_DIFFERENCE = 300
const NOT_LISTED = -1

export type LanguageScore = [code: string, score: number]

interface ScriptIndex {
  languages: readonly string[]
  /** Per trigram, its rank in each language's list, NOT_LISTED where it is not. */
  ranks: ReadonlyMap<string, Int16Array>
}

function indexScript(languages: Readonly<Record<string, string>>): ScriptIndex {
  const names = Object.keys(languages)
  const ranks = new Map<string, Int16Array>()
  names.forEach((name, column) => {
    languages[name]!.split('|').forEach((trigram, rank) => {
      let row = ranks.get(trigram)
      if (!row) {
        row = new Int16Array(names.length).fill(NOT_LISTED)
        ranks.set(trigram, row)
      }
      row[column] = rank
    })
  })
  return { languages: names, ranks }
}

const indexes = new Map<string, ScriptIndex>()

function scriptIndex(script: string): ScriptIndex | undefined {
  const languages = data[script]
  if (!languages) return undefined
  let index = indexes.get(script)
  if (!index) {
    index = indexScript(languages)
    indexes.set(script, index)
  }
  return index
}

/** The script most of the sample is written in, and its share (franc's getTopScript: the first one wins a tie). */
function topScript(value: string): [script: string | undefined, share: number] {
  let top: string | undefined
  let topShare = -1
  for (const [script, expression] of Object.entries(expressions)) {
    const share = (value.match(expression)?.length ?? 0) / value.length || 0
    if (share > topShare) {
      top = script
      topShare = share
    }
  }
  return [top, topShare]
}

/** Distance from the sample's trigrams to each language of its script, in the index's order. */
function distances(value: string, index: ScriptIndex): Int32Array {
  // trigram-utils' asTuples, counted in a Map rather than an object keyed by trigrams.
  const counts = new Map<string, number>()
  for (const trigram of trigrams(value)) counts.set(trigram, (counts.get(trigram) ?? 0) + 1)
  const sums = new Int32Array(index.languages.length)
  let unlisted = 0
  for (const [trigram, count] of counts) {
    const row = index.ranks.get(trigram)
    if (!row) {
      unlisted++
      continue
    }
    for (let column = 0; column < row.length; column++) {
      const rank = row[column]!
      sums[column]! += rank === NOT_LISTED ? MAX_DIFFERENCE : Math.abs(count - rank - 1)
    }
  }
  return sums.map((sum) => sum + unlisted * MAX_DIFFERENCE)
}

/** What francAll(value) answers: ISO 639-3 codes, best first, scored 0–1 against the best ('und' when it cannot tell). */
export function languageScores(text: string): LanguageScore[] {
  if (text.length < MIN_LENGTH) return [['und', 1]]
  const value = text.slice(0, MAX_LENGTH)
  const [script, share] = topScript(value)
  const index = script === undefined ? undefined : scriptIndex(script)
  if (!script || !index) return [[!script || share === 0 ? 'und' : script, 1]]
  const scored = Array.from(distances(value, index), (distance, column): LanguageScore => [index.languages[column]!, distance])
    .sort((a, b) => a[1] - b[1])
  const min = scored[0]![1]
  const max = value.length * MAX_DIFFERENCE - min
  return scored.map(([code, distance]) => [code, 1 - (distance - min) / max || 0])
}
