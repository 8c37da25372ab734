/*
 * labels.md § Page noise: menus, currency widgets, tag clouds and "read also" headlines never
 * change a label, so they are cut before anything is read.
 */

/** A line after which a page carries only links to other articles. */
const SIDEBAR_MARKER =
  /^(?:read (?:also|more)|see also|related(?: news| articles)?|latest news|most read|more news|popular|tags|читайте (?:также|еще|новости по меткам)|похожие новости|другие новости|последние новости|новости по теме|популярное|теги|метки|тағы оқыңыз|ұқсас жаңалықтар|соңғы жаңалықтар|басқа жаңалықтар|тегтер)[\s:.]*$/iu
const TAG_LINE = /^(?:tags|теги|метки|тегтер)\s*:/iu
const WIDGET_LINE = /^[\s•·*\-–]*(?:[A-Z]{3}\/[A-Z]{3})?[\s\d.,:%+\-−–]*$/
const SENTENCE_END = /[.!?…]["»”)]*\s*$/u
const WHITESPACE = /\s+/
const STANDALONE_NUMBER = /(?:^|\s)\d+(?=\s|$)/g
/** Headlines in a sidebar are short; an article's lead rarely is. */
const MAX_HEADLINE_WORDS = 16
const MIN_HEADLINE_RUN = 3
const MIN_TAG_CLOUD_WORDS = 8
const MIN_TAG_CLOUD_NUMBER_SHARE = 0.25
/** Lines this short without a full stop are bylines, captions and menu items. */
const MAX_FRAGMENT_WORDS = 3

function isTagCloud(line: string, wordCount: number): boolean {
  if (wordCount < MIN_TAG_CLOUD_WORDS) return false
  return (line.match(STANDALONE_NUMBER)?.length ?? 0) / wordCount >= MIN_TAG_CLOUD_NUMBER_SHARE
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
  for (const raw of body.split(/\r?\n/)) {
    const line = raw.trim()
    if (!line) continue
    if (SIDEBAR_MARKER.test(line) || TAG_LINE.test(line)) break
    if (WIDGET_LINE.test(line)) continue
    const wordCount = line.split(WHITESPACE).length
    if (isTagCloud(line, wordCount)) continue
    const isSentence = SENTENCE_END.test(line)
    if (wordCount <= MAX_FRAGMENT_WORDS && !isSentence) continue
    lines.push({ text: line, isHeadlineLike: wordCount <= MAX_HEADLINE_WORDS && !isSentence })
  }
  return dropHeadlineRuns(lines)
}
