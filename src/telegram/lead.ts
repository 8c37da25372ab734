import { stripDateline } from '../dateline.js'
import { truncateText } from './length.js'

/** A paragraph shorter than this is a menu line, a caption or a rubric, not the start of the story. */
const MIN_PARAGRAPH_CHARS = 60
/** Sentences are added until the lead is at least this long (or has two sentences). */
const ENOUGH_CHARS = 140
const MAX_SENTENCES = 2

/** A sentence ends at . ! ? … followed by a capital or an opening quote. */
const SENTENCE_END = /(?<=[.!?…])\s+(?=[\p{Lu}«"„“])/u
/** "Jan.", "Mr.", «г.», «им.»: a short word before a dot does not end the sentence. */
const ABBREVIATION = /(?:^|\s)\p{L}{1,3}\.$/u

const squash = (text: string): string => text.replace(/\s+/g, ' ').trim()
const fold = (text: string): string => squash(text).toLowerCase().replace(/[^\p{L}\p{N} ]/gu, '')

function sentencesOf(paragraph: string): string[] {
  const sentences: string[] = []
  for (const piece of paragraph.split(SENTENCE_END)) {
    const previous = sentences.at(-1)
    if (previous !== undefined && ABBREVIATION.test(previous)) sentences[sentences.length - 1] = `${previous} ${piece}`
    else sentences.push(piece)
  }
  return sentences
}

/**
 * One or two sentences saying what was signed or held: the first real paragraph of the body
 * without its dateline, skipping a repeat of the title; '' when the body has none.
 */
export function extractLead(title: string, bodyStart: string, maxLength: number): string {
  const foldedTitle = fold(title)
  const paragraphs = bodyStart.split(/\n+/).map(squash).filter((p) => p.length >= MIN_PARAGRAPH_CHARS)
  for (const paragraph of paragraphs) {
    const text = stripDateline(paragraph)
    const sentences = sentencesOf(text).filter((s) => foldedTitle === '' || fold(s) !== foldedTitle)
    const chosen: string[] = []
    for (const sentence of sentences) {
      chosen.push(sentence)
      if (chosen.length >= MAX_SENTENCES || chosen.join(' ').length >= ENOUGH_CHARS) break
    }
    const lead = chosen.join(' ')
    if (lead.length >= MIN_PARAGRAPH_CHARS / 2) return truncateText(lead, maxLength)
  }
  return ''
}
