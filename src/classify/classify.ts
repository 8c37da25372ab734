import { createCountryIndex } from './countries.js'
import { detectLanguage } from './language.js'
import { irrelevantConfidence, relevantConfidence, type IrrelevantReason, type NearMiss } from './rules/confidence.js'
import { createDocumentReader, type DocumentReader, type Sentence } from './rules/document.js'
import { isCulturalDomain, scoreDomain, sectorsOf, type DomainScore } from './rules/domain.js'
import { hasCooperationDocument, kindIn } from './rules/kind.js'
import { isCooperationSentence, partiesIn, type Link, type SentenceParties } from './rules/parties.js'
import { KINDS, type ArticleText, type Classification, type ClassifyOptions, type Kind } from './types.js'

export { DEFAULT_CONFIDENCE_THRESHOLD } from './types.js'

export type Classifier = (article: ArticleText) => Classification

const LINK_ORDER: readonly Link[] = ['with', 'official', 'institution', 'pair', 'side']
const MAX_EVIDENCE_CHARS = 160
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

function nearMissOf(read: readonly ReadSentence[], domain: DomainScore, home: string): NearMiss {
  const core = read.filter((s) => s.sentence.region !== 'body')
  return {
    isCulturalDomain: isCulturalDomain(domain),
    hasForeignInCore: core.some((s) => s.sentence.orgs.length > 0 || s.sentence.countries.some((m) => m.code !== home)),
    hasKindCue: read.some((s) => kindIn(s.sentence, false) !== null),
  }
}

/** The kinds above `kind` whose words the article uses without reporting them done. */
function isKindContested(kind: Kind, sentences: readonly Sentence[]): boolean {
  const rank = KINDS.indexOf(kind)
  const hasDocument = sentences.some(hasCooperationDocument)
  const hasCommission = sentences.some((s) => s.cueSet.has('commission'))
  return (rank > KINDS.indexOf('agreement') && hasDocument) || (rank > KINDS.indexOf('commission') && hasCommission)
}

function classifyWith(readDocument: DocumentReader, home: string, article: ArticleText): Classification {
  const lang = detectLanguage(`${article.title}\n${article.body.slice(0, LANGUAGE_SAMPLE_CHARS)}`, article.lang)
  const sentences = readDocument(article)
  const domain = scoreDomain(sentences)
  const read: ReadSentence[] = sentences.map((sentence) => {
    const isCooperation = isCooperationSentence(sentence)
    // Body sentences that report no cooperation can make no party; skipping them keeps ingest fast.
    const parties = isCooperation || sentence.region !== 'body' ? partiesIn(sentence, home, lang) : NO_PARTIES
    return { sentence, parties, isCooperation }
  })
  const notRelevant = (reason: IrrelevantReason, evidence: string[] = []): Classification => ({
    relevant: false, kind: null, partners: [], orgs: [], sectors: [],
    confidence: irrelevantConfidence(reason, domain, nearMissOf(read, domain, home)), lang, evidence,
  })
  // labels.md § relevant: the home country must be a party. A headline or lead that names it
  // as an actor speaks for the sentences around it unless they pair two foreign countries.
  const isHomeInCore = read.some((s) => s.sentence.region !== 'body' && s.parties.homeInvolved)
  const involved = read.filter(
    (s) => s.isCooperation && (s.parties.homeInvolved || (isHomeInCore && s.sentence.region !== 'body' && !s.parties.hasForeignPair)),
  )
  if (involved.length === 0) return notRelevant(read.some((s) => s.isCooperation) ? 'no-home-party' : 'no-cooperation')
  const anchored = involved.filter((s) => s.parties.countries.size > 0 || s.parties.orgs.size > 0)
  const sideLinked = read.filter((s) => s.isCooperation && [...s.parties.countries.values()].includes('side'))
  const partnerLinks = strongestLinks([...anchored, ...sideLinked], (p) => p.countries)
  const orgLinks = strongestLinks(anchored, (p) => p.orgs)
  const titles = read.filter((s) => s.sentence.region === 'title')
  const finding = decideKind(kindCandidates(anchored, involved)) ?? decideKind([...involved, ...titles])
  if (!finding) return notRelevant('no-kind')
  const evidence = [snippet(finding.sentence.text)]
  if (!isCulturalDomain(domain)) return notRelevant('out-of-scope', evidence)
  const isDomesticAgreement = partnerLinks.size === 0 && orgLinks.size === 0 && finding.kind === 'agreement'
  if (partnerLinks.size === 0 && orgLinks.size === 0 && !isDomesticAgreement) return notRelevant('no-party', evidence)
  let weakestLink: Link | null = null
  for (const link of [...partnerLinks.values(), ...orgLinks.values()]) weakestLink = weaker(weakestLink ?? undefined, link)
  const confidence = relevantConfidence({
    isTitleAnchored: anchored.some((s) => s.sentence.region === 'title') || (isDomesticAgreement && involved.some((s) => s.sentence.region === 'title')),
    isKindInCore: finding.sentence.region !== 'body',
    weakestLink,
    domain,
    isKindContested: isKindContested(finding.kind, involved.map((s) => s.sentence)),
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
 * A classifier bound to one home country and alias list. Its lexicons are built here and learn
 * the words they meet, so callers classifying many articles (ingest, the bench) should keep it.
 */
export function createClassifier(options: ClassifyOptions): Classifier {
  const home = options.homeCountry.toUpperCase()
  const readDocument = createDocumentReader(createCountryIndex(options.extraAliases ?? []))
  return (article) => classifyWith(readDocument, home, article)
}

/**
 * Pure: the label of one article under labels.md. Builds a classifier for this call alone;
 * anything classifying more than a few articles should keep one from createClassifier.
 */
export function classify(article: ArticleText, options: ClassifyOptions): Classification {
  return createClassifier(options)(article)
}
