import { codeUnitAt } from '../../language/code-unit.js'
import { isSpace } from '../../language/normalize.js'
import { ADVERT_LINE, CREDIT_LINE, CURRENCY_LINE, LINKED_HEADLINE_LINE, SIDEBAR_MARKER, SUBSCRIBE_LINE, TAG_LINE, TEMPERATURE, WIDGET_LINE } from '../../language/page-furniture.js'

/*
 * labels.md § Page noise: menus, currency widgets, tag clouds and "read also" headlines never
 * change a label, so they are cut before anything is read.
 */

const SENTENCE_PUNCTUATION: ReadonlySet<number> = new Set([...'.!?…'].map((c) => c.charCodeAt(0)))
const CLOSING_QUOTES: ReadonlySet<number> = new Set([...'"»”)'].map((c) => c.charCodeAt(0)))
const DIGIT_0 = 0x30
const DIGIT_9 = 0x39
/** Headlines in a sidebar are short; an article's lead rarely is. */
const MAX_HEADLINE_WORDS = 16
const MIN_HEADLINE_RUN = 3
const MIN_TAG_CLOUD_WORDS = 8
const MIN_TAG_CLOUD_NUMBER_SHARE = 0.25
/** Lines this short without a full stop are bylines, captions and menu items. */
const MAX_FRAGMENT_WORDS = 3
const TRAIL_SEPARATOR = ' | '
const MAX_TRAIL_ITEM_WORDS = 4

interface WordCounts {
  words: number
  /** Words of digits only. */
  numbers: number
}

/** Counts the whitespace-separated words of a trimmed line in one pass; it runs on every line ingested. */
function countWords(line: string): WordCounts {
  let words = 0
  let numbers = 0
  let i = 0
  while (i < line.length) {
    while (i < line.length && isSpace(codeUnitAt(line, i))) i += 1
    if (i === line.length) break
    words += 1
    let isNumber = true
    while (i < line.length && !isSpace(codeUnitAt(line, i))) {
      const code = codeUnitAt(line, i)
      if (code < DIGIT_0 || code > DIGIT_9) isNumber = false
      i += 1
    }
    if (isNumber) numbers += 1
  }
  return { words, numbers }
}

/** Ends with . ! ? or …, closing quotes and brackets allowed after it. */
function endsSentence(line: string): boolean {
  let i = line.length - 1
  while (i >= 0 && isSpace(codeUnitAt(line, i))) i -= 1
  while (i >= 0 && CLOSING_QUOTES.has(codeUnitAt(line, i))) i -= 1
  return i >= 0 && SENTENCE_PUNCTUATION.has(codeUnitAt(line, i))
}

function isTagCloud({ words, numbers }: WordCounts): boolean {
  return words >= MIN_TAG_CLOUD_WORDS && numbers / words >= MIN_TAG_CLOUD_NUMBER_SHARE
}

/** Short items between pipes: a timestamp ("14:50, 18 June 2017 | GMT +6"), a rubric and tag trail, a language menu. */
function isPipeTrail(line: string): boolean {
  if (!line.includes(TRAIL_SEPARATOR)) return false
  return line.split(TRAIL_SEPARATOR).every((item) => countWords(item.trim()).words <= MAX_TRAIL_ITEM_WORDS)
}

interface Line {
  text: string
  isHeadlineLike: boolean
}

/** Drops runs of short unpunctuated lines: a list of other articles' headlines. */
function dropHeadlineRuns(lines: readonly Line[]): string[] {
  const kept: string[] = []
  let run: string[] = []
  const flush = (): void => {
    if (run.length < MIN_HEADLINE_RUN) kept.push(...run)
    run = []
  }
  for (const line of lines) {
    if (line.isHeadlineLike) run.push(line.text)
    else {
      flush()
      kept.push(line.text)
    }
  }
  flush()
  return kept
}

/** The body's lines that belong to the article, in order. */
export function articleLines(body: string): string[] {
  const lines: Line[] = []
  // Split at line feeds alone: the return of a CRLF goes with the other spaces trim() takes.
  for (const raw of body.split('\n')) {
    const line = raw.trim()
    if (!line) continue
    // A sidebar heading ends the article, but one above its first line is the page's header ("Latest news" over the
    // article it shows): cutting there would leave no article at all.
    if (SIDEBAR_MARKER.test(line) || TAG_LINE.test(line)) {
      if (lines.length === 0) continue
      break
    }
    // An advertisement and a weather widget above the article («Реклама: …», «Уральск +13 °C · Аксай +16 °C») took the lead's
    // two lines, and the museum's jubilee the article's first sentence told read as body.
    if (WIDGET_LINE.test(line) || CREDIT_LINE.test(line) || ADVERT_LINE.test(line)) continue
    // Another article's headline linked mid-article («Тағы оқыңыз: … келісіміне қол қойды»): its signing is no part of this one.
    if (LINKED_HEADLINE_LINE.test(line)) continue
    const counts = countWords(line)
    const wordCount = counts.words
    if (isTagCloud(counts)) continue
    const isSentence = endsSentence(line)
    if (!isSentence && (wordCount <= MAX_FRAGMENT_WORDS || isPipeTrail(line) || TEMPERATURE.test(line) || CURRENCY_LINE.test(line))) continue
    // A prompt to subscribe, a sentence of the page's, took one of the lead's lines, and the article's first sentence read as body.
    if (wordCount <= MAX_HEADLINE_WORDS && SUBSCRIBE_LINE.test(line)) continue
    lines.push({ text: line, isHeadlineLike: wordCount <= MAX_HEADLINE_WORDS && !isSentence })
  }
  return dropHeadlineRuns(lines)
}
