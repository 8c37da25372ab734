import { ORGANISATION_FIELDS } from '../lexicon/orgs.js'
import type { Features } from '../model/logistic.js'
import { hasCue, type Sentence } from '../reading/read-article.js'
import { SECTORS, type Sector } from '../types.js'
import type { SentenceFacts } from './candidates.js'

/*
 * labels.md § sectors: the fields the cooperation is about. Each sector's model reads the same
 * few counts of its own words: where they stand, and how much of the article's sector talk
 * they are.
 */

type SectorCounts = Record<'title' | 'lead' | 'coop' | 'body' | 'broad' | 'listed', number>

/** "Academic" as a title of rank: the State Academic Orchestra, «Ұлттық академиялық кітапхана». */
const ACADEMIC_TITLE = /^(academic|академиял)/
const TITLED_WITHIN = 4
const SECTOR_NAMES: ReadonlySet<string> = new Set(SECTORS)

/**
 * A state theatre, orchestra, ensemble or library titled "academic" is no school: the word is
 * part of its name, whose field is the institution's own. True for such a title word, followed
 * within a few words by an institution of another field.
 */
function isAcademicTitle(sentence: Sentence, index: number): boolean {
  if (!ACADEMIC_TITLE.test(sentence.tokens[index]?.norm ?? '')) return false
  const last = Math.min(sentence.tokens.length - 1, index + TITLED_WITHIN)
  for (let i = index + 1; i <= last; i += 1) {
    const cues = sentence.cues[i] ?? []
    if (hasCue(sentence, i, 'actor') && cues.some((c) => c !== 'education' && c !== 'actor' && SECTOR_NAMES.has(c))) return true
  }
  return false
}

/**
 * Broad words the lexicon reads as a sector, and relevance as the cultural domain, that name the field
 * labelled far less often than its other words: history (a history institute, a shared history) is rarely
 * heritage, the spiritual («рухани жаңғыру», «духовные ценности») rarely religion, the young rarely youth
 * work, and a bare «агенттігі» is any agency, not a news agency; so are education and science in a ministry's name
 * (ministryFields) and a concert (EVENT_STEMS). Each sector's model weighs them apart.
 */
const BROAD_WORDS: readonly (readonly [RegExp, Sector])[] = [
  [/^(histor|истори|тарих)/, 'heritage'],
  [/^(spiritual|духовн|рухани)/, 'religion'],
  [/^young$/, 'youth'],
  [/^агенттіг/, 'media'],
]

/**
 * Words whose field only the sectors read: a photo exhibition or a photographer («фотовыставка», «фотокөрме», "photography")
 * is arts, as labellers file it. Relevance already reads the exhibition as an event; a photograph alone («Фото:» under any
 * article) says nothing of culture. A concert is music, as labellers file four in five relevant articles with one (the gala
 * concert of Days of Culture), which relevance reads as an event (EVENT_STEMS); Kazakh in Latin letters spells it
 * «kontsert» or «konsert», read back as «контсерт», «консерт».
 */
const FIELD_WORDS: readonly (readonly [string, Sector])[] = [
  ['photograph', 'arts'], ['фотограф', 'arts'], ['фотовыстав', 'arts'], ['фотоэкспозиц', 'arts'], ['фотокөрме', 'arts'],
  ['concert', 'music'], ['концерт', 'music'], ['контсерт', 'music'], ['консерт', 'music'],
]
/**
 * The field words that name an event of their field: its model weighs them with the broad words, apart from the field's own,
 * so the concerts of a theatre's tour or an exhibition's opening do not take the share of the field the article is about.
 */
const EVENT_STEMS: readonly string[] = ['concert', 'концерт', 'контсерт', 'консерт']

function isEventWord(sentence: Sentence, index: number): boolean {
  const norm = sentence.tokens[index]?.norm ?? ''
  return EVENT_STEMS.some((stem) => norm.startsWith(stem))
}
/**
 * The first two letters of a word as one small integer (a map's fastest key): most words are settled by it without cutting
 * a string or testing a stem, as a first letter alone settled too few once «концерт» joined «фото…».
 */
function headKey(word: string): number {
  return word.charCodeAt(0) * 0x10000 + word.charCodeAt(1)
}
/** No shorter word is a field word («и», «в», "in" are settled by their length). */
const SHORTEST_FIELD_WORD = Math.min('photo'.length, ...FIELD_WORDS.map(([stem]) => stem.length))
/** FIELD_WORDS by the headKey of their stems. */
const FIELD_WORDS_BY_HEAD: ReadonlyMap<number, readonly (readonly [string, Sector])[]> = (() => {
  const byHead = new Map<number, (readonly [string, Sector])[]>()
  for (const word of FIELD_WORDS) {
    const key = headKey(word[0])
    const held = byHead.get(key)
    if (held) held.push(word)
    else byHead.set(key, [word])
  }
  return byHead
})()

function fieldWord(sentence: Sentence, index: number): Sector | undefined {
  const norm = sentence.tokens[index]?.norm ?? ''
  if (norm.length < SHORTEST_FIELD_WORD) return undefined
  const words = FIELD_WORDS_BY_HEAD.get(headKey(norm))
  if (words === undefined) return undefined
  // English writes the photo exhibition in two words.
  if (norm === 'photo') return /^exhibit/.test(sentence.tokens[index + 1]?.norm ?? '') ? 'arts' : undefined
  return words.find(([stem]) => norm.startsWith(stem))?.[1]
}

/** A broad word, unless it ends a longer name of its sector («ақпарат агенттігі», a news agency). */
function isBroad(sentence: Sentence, index: number, sector: Sector): boolean {
  const norm = sentence.tokens[index]?.norm ?? ''
  return BROAD_WORDS.some(([word, of]) => of === sector && word.test(norm)) && !hasCue(sentence, index - 1, sector)
}

/** Two fields of one list stand at most one word apart ("education, health care, sport"), and a list names three or more. */
const LIST_GAP = 2
const LIST_FIELDS = 3
const NO_SECTORS: ReadonlySet<Sector> = new Set()
/** The cues fieldOf names a field by. */
const FIELD_CUES: ReadonlySet<string> = new Set([...SECTORS, 'culture', 'health', 'out'])

/** A word naming a field of cooperation: a sector, culture, health or an out-of-scope field (trade, energy). */
function fieldOf(cues: readonly string[]): string | null {
  for (const cue of cues) if (SECTOR_NAMES.has(cue)) return cue
  return cues.includes('culture') ? 'culture' : cues.includes('health') ? 'health' : cues.includes('out') ? 'out' : null
}

/**
 * The sectors a sentence lists among fields of cooperation («в образовании, науке, культуре и спорте», "work in education,
 * science, culture, media, sport, tourism and other areas"): labellers name most fields such a list names, wherever it
 * stands (two in three in the training sets, where a sector's word in the body is labelled far less often). A run of
 * at least three fields, with a comma, each at most a word after the one before.
 */
function listedSectors(sentence: Sentence): ReadonlySet<Sector> {
  // A list names three fields or more, so a sentence with fewer among its cues names none.
  let fields = 0
  for (const cue of sentence.cueSet) if (FIELD_CUES.has(cue)) fields += 1
  if (fields < LIST_FIELDS) return NO_SECTORS
  const listed = new Set<Sector>()
  let run: string[] = []
  let commas = 0
  let last = -Infinity
  const close = (): void => {
    if (commas > 0 && new Set(run).size >= LIST_FIELDS) for (const field of run) if (SECTOR_NAMES.has(field)) listed.add(field as Sector)
    run = []
    commas = 0
  }
  for (let index = 0; index < sentence.cues.length; index += 1) {
    const cues = sentence.cues[index] as readonly string[]
    const field = cues.length === 0 ? null : fieldOf(cues)
    if (field === null) continue
    if (index - last > LIST_GAP) close()
    else if (hasCommaBetween(sentence, last, index)) commas += 1
    if (index - last !== 1 || run.at(-1) !== field) run.push(field)
    last = index
  }
  close()
  return listed
}

/** A comma before any word after `from` up to `to`: "education, science" (a comma's list, not "ministers of education and science"). */
function hasCommaBetween(sentence: Sentence, from: number, to: number): boolean {
  for (let i = from + 1; i <= to; i += 1) if (sentence.tokens[i]?.sep === 'comma') return true
  return false
}

/** Words between a ministry and the fields it is named by: "Ministry of Culture", "the Minister for Higher Education". */
const NAME_LINKS: ReadonlySet<string> = new Set(['of', 'the', 'for', 'higher'])
/** "Science and Higher Education", «науки и высшего образования», «Ғылым және жоғары білім»: one more word inside a name. */
const HIGHER: ReadonlySet<string> = new Set(['higher', 'высшего', 'жоғары'])
/**
 * The fields a ministry's name names apart from the field of what is reported. The ministries of learning pair them
 * (Education and Science, Science and Higher Education, «Білім және ғылым министрлігі»), and labellers name science for
 * four in fourteen of the articles that name it only there; the culture ministries' sport, tourism or youth the models already weigh
 * down by where they stand.
 */
const NAMED_APART: ReadonlySet<Sector> = new Set(['education', 'science'])
const NO_INDICES: ReadonlySet<number> = new Set()

function namesField(sentence: Sentence, index: number): boolean {
  const cues = sentence.cues[index] ?? []
  return cues.length > 0 && !cues.includes('minister') && fieldOf(cues) !== null
}

/**
 * The words of a sentence that name a ministry's or a minister's fields, of learning, not the fields of what is reported:
 * "the Ministry of Education and Science", «министр образования и науки», «Білім және ғылым вице-министрі», "Deputy
 * Minister of Science and Higher Education", "Poland's science ministry". A run of fields (a comma or "and" between two)
 * just after a ministry's word, or just before it as Kazakh and English put them.
 */
function ministryFields(sentence: Sentence): ReadonlySet<number> {
  const cueSet = sentence.cueSet
  if (!cueSet.has('minister') || !(cueSet.has('education') || cueSet.has('science'))) return NO_INDICES
  const isMinister = (i: number): boolean => sentence.cues[i]?.includes('minister') ?? false
  const isHigher = (i: number): boolean => HIGHER.has(sentence.tokens[i]?.norm ?? '')
  const named = new Set<number>()
  for (let first = 0; first < sentence.cues.length; first += 1) {
    if (!namesField(sentence, first)) continue
    let last = first
    for (;;) {
      if (namesField(sentence, last + 1)) last += 1
      else if ((hasCue(sentence, last + 1, 'and') || isHigher(last + 1)) && namesField(sentence, last + 2)) last += 2
      else if (hasCue(sentence, last + 1, 'and') && isHigher(last + 2) && namesField(sentence, last + 3)) last += 3
      else break
    }
    let before = first - 1
    while (before >= first - 2 && NAME_LINKS.has(sentence.tokens[before]?.norm ?? '')) before -= 1
    // «Минкультуры и спорта»: the ministry's word holds its first field.
    if (!isMinister(before) && hasCue(sentence, before, 'and')) before -= 1
    // "Education and Science Vice Minister", «вице-министр».
    const after = hasCue(sentence, last + 1, 'official') && !isMinister(last + 1) ? last + 2 : last + 1
    if (isMinister(before) || isMinister(after)) for (let i = first; i <= last; i += 1) named.add(i)
    first = last
  }
  return named
}

/**
 * The fields labellers name together, each with the others of its group far more often than alone: museums, heritage and
 * archaeology (heritage in more than half the articles labelled museums, both in three in five labelled archaeology, as a
 * museum's exhibition of finds is all three), and education and science (education in three in four labelled science).
 * Each sector's model reads its kin's words apart from its own, so a museums' memorandum can name heritage where the
 * text says no more than "museum".
 */
const KIN: Partial<Record<Sector, readonly Sector[]>> = {
  museums: ['heritage', 'archaeology'], heritage: ['museums', 'archaeology'], archaeology: ['museums', 'heritage'],
  education: ['science'], science: ['education'],
}

/** One feature set per sector, names starting with `s.`. */
export function sectorFeatures(sentences: readonly Sentence[], facts: ReadonlyMap<Sentence, SentenceFacts>): Map<Sector, Features> {
  const counts = new Map<Sector, SectorCounts>(SECTORS.map((s) => [s, { title: 0, lead: 0, coop: 0, body: 0, broad: 0, listed: 0 }]))
  let total = 0
  let culture = 0
  const orgFields = new Set<Sector>()
  // How early each sector is first named: the sentence's rank among those with any word the lexicon knows, so a
  // dateline or byline ("NUR-SULTAN.", "Author: …") does not push the article's first sentence down.
  const firstAt = new Map<Sector, number>()
  let rank = 0
  for (const sentence of sentences) {
    if (sentence.region !== 'body') for (const org of sentence.orgs) for (const field of ORGANISATION_FIELDS[org.code] ?? []) orgFields.add(field)
    if (sentence.cueSet.size === 0 && !sentence.tokens.some((_, i) => fieldWord(sentence, i) !== undefined)) continue
    rank += 1
    const place = sentence.region !== 'body' ? sentence.region : facts.get(sentence)?.isCooperation ? 'coop' : 'body'
    for (const sector of listedSectors(sentence)) (counts.get(sector) as SectorCounts).listed += 1
    const ministries = ministryFields(sentence)
    for (let index = 0; index < sentence.cues.length; index += 1) {
      const read = sentence.cues[index] as readonly string[]
      const field = fieldWord(sentence, index)
      if (read.length === 0 && field === undefined) continue
      const cues = field === undefined ? read : [...read, field]
      if (cues.includes('out') || isAcademicTitle(sentence, index)) continue
      // "Cultural cooperation" with no field named is what labellers file under arts and heritage.
      // A concert is culture to relevance, and music here (EVENT_STEMS), no unnamed field.
      if (cues.includes('culture') && place !== 'body' && !(field !== undefined && isEventWord(sentence, index))) culture += 1
      for (const cue of cues) {
        const held = counts.get(cue as Sector)
        if (!held) continue
        const isApart = (cue === field && isEventWord(sentence, index)) || (ministries.has(index) && NAMED_APART.has(cue as Sector))
        if (isApart || isBroad(sentence, index, cue as Sector)) {
          held.broad += 1
          continue
        }
        held[place] += 1
        if (!firstAt.has(cue as Sector)) firstAt.set(cue as Sector, rank)
        total += 1
      }
    }
  }
  const ownOf = (c: SectorCounts): number => c.title + c.lead + c.coop + c.body
  const best = Math.max(...[...counts.values()].map(ownOf))
  const features = new Map<Sector, Features>()
  for (const [sector, c] of counts) {
    const own = ownOf(c)
    let kin = 0
    for (const other of KIN[sector] ?? []) kin += ownOf(counts.get(other) as SectorCounts)
    features.set(sector, {
      's.title': Math.log1p(c.title),
      's.lead': Math.log1p(c.lead),
      's.coop': Math.log1p(c.coop),
      's.body': Math.log1p(c.body),
      's.broad': Math.log1p(c.broad),
      's.listed': Math.log1p(c.listed),
      's.share': total === 0 ? 0 : own / total,
      's.top': own > 0 && own === best ? 1 : 0,
      's.culture': Math.log1p(culture),
      's.none': total === 0 ? 1 : 0,
      's.others': Math.log1p(total - own),
      's.first': 1 / (firstAt.get(sector) ?? Infinity),
      's.org': orgFields.has(sector) ? 1 : 0,
      's.kin': Math.log1p(kin),
    })
  }
  return features
}
