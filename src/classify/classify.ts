import { createCountryIndex, type CountryIndex } from './countries.js'
import { detectLanguage } from './language.js'
import { irrelevantConfidence, relevantConfidence, type IrrelevantReason } from './rules/confidence.js'
import { readDocument, type Sentence } from './rules/document.js'
import { isCulturalDomain, scoreDomain, sectorsOf, type DomainScore } from './rules/domain.js'
import { hasCooperationDocument, kindIn } from './rules/kind.js'
import { isCooperationSentence, partiesIn, type Link, type SentenceParties } from './rules/parties.js'
import { KINDS, type ArticleText, type Classification, type ClassifyOptions, type Kind, type Lang } from './types.js'

/** Items at or above this confidence are published; below it they wait in /review. */
export const DEFAULT_CONFIDENCE_THRESHOLD = 0.7

export type Classifier = (article: ArticleText) => Classification

const LINK_ORDER: readonly Link[] = ['with', 'official', 'institution', 'pair', 'side']
const MAX_EVIDENCE_CHARS = 160
const MAX_CACHED_CLASSIFIERS = 16
const LANGUAGE_SAMPLE_CHARS = 400
const NO_PARTIES: SentenceParties = { homeInvolved: false, hasForeignPair: false, countries: new Map(), orgs: new Map() }

interface ReadSentence {
  sentence: Sentence
  parties: SentenceParties
  isCooperation: boolean
}

function snippet(text: string): string {
  return text.length <= MAX_EVIDENCE_CHARS ? text : `${text.slice(0, MAX_EVIDENCE_CHARS - 1)}…`
}

function weaker(a: Link | undefined, b: Link): Link {
  return a === undefined || LINK_ORDER.indexOf(b) < LINK_ORDER.indexOf(a) ? b : a
}

function strongestLinks(sentences: readonly ReadSentence[], pick: (p: SentenceParties) => Map<string, Link>): Map<string, Link> {
  const best = new Map<string, Link>()
  for (const { parties } of sentences) {
    for (const [code, link] of pick(parties)) {
      const held = best.get(code)
      if (held === undefined || LINK_ORDER.indexOf(link) > LINK_ORDER.indexOf(held)) best.set(code, link)
    }
  }
  return best
}

interface KindFinding {
  kind: Kind
  sentence: Sentence
}

function decideKind(sentences: readonly ReadSentence[]): KindFinding | null {
  const documentInTitle = sentences.some((s) => s.sentence.region === 'title' && hasCooperationDocument(s.sentence))
  let best: KindFinding | null = null
  for (const { sentence } of sentences) {
    const kind = kindIn(sentence, documentInTitle)
    if (kind && (!best || KINDS.indexOf(kind) < KINDS.indexOf(best.kind))) best = { kind, sentence }
  }
  return best
}

/**
 * Sentences naming a partner decide the kind; other home-country sentences may add a signing or
 * a commission session (labels.md § kind), but not a passing "meeting with the director".
 */
function kindCandidates(anchored: readonly ReadSentence[], involved: readonly ReadSentence[]): ReadSentence[] {
  const formal = involved.filter((s) => {
    const kind = kindIn(s.sentence, false)
    return kind === 'agreement' || kind === 'commission'
  })
  return [...anchored, ...formal]
}

function notRelevant(reason: IrrelevantReason, domain: DomainScore, lang: Lang | 'other', evidence: string[]): Classification {
  return { relevant: false, kind: null, partners: [], orgs: [], sectors: [], confidence: irrelevantConfidence(reason, domain), lang, evidence }
}

function classifyWith(countries: CountryIndex, home: string, article: ArticleText): Classification {
  const lang = detectLanguage(`${article.title}\n${article.body.slice(0, LANGUAGE_SAMPLE_CHARS)}`, article.lang)
  const sentences = readDocument(article, countries)
  const domain = scoreDomain(sentences)
  const read: ReadSentence[] = sentences.map((sentence) => {
    const isCooperation = isCooperationSentence(sentence)
    // Body sentences that report no cooperation can make no party; skipping them keeps ingest fast.
    const parties = isCooperation || sentence.region !== 'body' ? partiesIn(sentence, home, lang) : NO_PARTIES
    return { sentence, parties, isCooperation }
  })
  // labels.md § relevant: the home country must be a party. A headline or lead that names it
  // as an actor speaks for the sentences around it unless they pair two foreign countries.
  const isHomeInCore = read.some((s) => s.sentence.region !== 'body' && s.parties.homeInvolved)
  const involved = read.filter(
    (s) => s.isCooperation && (s.parties.homeInvolved || (isHomeInCore && s.sentence.region !== 'body' && !s.parties.hasForeignPair)),
  )
  if (involved.length === 0) return notRelevant(read.some((s) => s.isCooperation) ? 'no-home-party' : 'no-cooperation', domain, lang, [])
  const anchored = involved.filter((s) => s.parties.countries.size > 0 || s.parties.orgs.size > 0)
  const sideLinked = read.filter((s) => s.isCooperation && [...s.parties.countries.values()].includes('side'))
  const partnerLinks = strongestLinks([...anchored, ...sideLinked], (p) => p.countries)
  const orgLinks = strongestLinks(anchored, (p) => p.orgs)
  const titles = read.filter((s) => s.sentence.region === 'title')
  const finding = decideKind(kindCandidates(anchored, involved)) ?? decideKind([...involved, ...titles])
  if (!finding) return notRelevant('no-kind', domain, lang, [])
  const evidence = [snippet(finding.sentence.text)]
  if (!isCulturalDomain(domain)) return notRelevant('out-of-scope', domain, lang, evidence)
  const isDomesticAgreement = partnerLinks.size === 0 && orgLinks.size === 0 && finding.kind === 'agreement'
  if (partnerLinks.size === 0 && orgLinks.size === 0 && !isDomesticAgreement) return notRelevant('no-party', domain, lang, evidence)
  let weakestLink: Link | null = null
  for (const link of [...partnerLinks.values(), ...orgLinks.values()]) weakestLink = weaker(weakestLink ?? undefined, link)
  const confidence = relevantConfidence({
    isTitleAnchored: anchored.some((s) => s.sentence.region === 'title') || (isDomesticAgreement && involved.some((s) => s.sentence.region === 'title')),
    isKindInCore: finding.sentence.region !== 'body',
    weakestLink,
    domain,
  })
  for (const [code, link] of [...partnerLinks, ...orgLinks]) evidence.push(`${code}: ${link}`)
  return {
    relevant: true,
    kind: finding.kind,
    partners: [...partnerLinks.keys()].sort(),
    orgs: [...orgLinks.keys()].sort(),
    sectors: sectorsOf([...involved.map((s) => s.sentence), ...sentences.filter((s) => s.region === 'title')]),
    confidence,
    lang,
    evidence,
  }
}

/**
 * A classifier bound to one home country and alias list; the country index is built once here,
 * so callers classifying many articles (ingest, the bench) should keep and reuse it.
 */
export function createClassifier(options: ClassifyOptions): Classifier {
  const home = options.homeCountry.toUpperCase()
  const countries = createCountryIndex(options.extraAliases ?? [])
  return (article) => classifyWith(countries, home, article)
}

const classifiers = new Map<string, Classifier>()

function cacheKey(options: ClassifyOptions): string {
  const aliases = (options.extraAliases ?? []).map((a) => `${a.alias}\u0000${a.country}`).join('\u0001')
  return `${options.homeCountry.toUpperCase()}\u0002${aliases}`
}

/** Pure: the label of one article under labels.md. Reuses the index built for the same options. */
export function classify(article: ArticleText, options: ClassifyOptions): Classification {
  const key = cacheKey(options)
  let classifier = classifiers.get(key)
  if (!classifier) {
    if (classifiers.size >= MAX_CACHED_CLASSIFIERS) classifiers.clear()
    classifier = createClassifier(options)
    classifiers.set(key, classifier)
  }
  return classifier(article)
}
