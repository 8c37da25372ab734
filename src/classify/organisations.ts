import { tokenize } from '../language/normalize.js'
import { createLexicon } from './lexicon/lexicon.js'
import { ORG_ENTRIES, ORGANISATIONS } from './lexicon/orgs.js'
import type { Lang } from './types.js'

const lexicon = createLexicon(ORG_ENTRIES)

/**
 * The organisation a typed name is, by any of the names the classifier knows (UNESCO, «ЮНЕСКО»,
 * «ТҮРКСОЙ», «ШЫҰ-ның»), in any case: the capitals rule is for running text. Null when the name is
 * anything more or else.
 */
export function lookupOrganisation(name: string): string | null {
  const tokens = tokenize(name.trim())
  for (;;) {
    const whole = tokens.length > 0 ? lexicon.matchAt(tokens, 0, { ignoreCase: true }) : null
    if (whole?.end === tokens.length) return whole.value
    // «ЮНЕСКО-ға»: a Kazakh ending after a hyphen.
    if (tokens.length <= 1 || tokens.at(-1)?.sep !== 'hyphen') return null
    tokens.pop()
  }
}

/** What stands before an organisation's name where a country shows its flag: «🏛 UNESCO» beside «🇫🇷 France». */
export const ORGANISATION_MARK = '🏛'

/** An organisation's short name in a language (ЮНЕСКО, ТМД); the code itself when unknown. */
export function organisationName(code: string, lang: Lang): string {
  return ORGANISATIONS[code]?.[lang] ?? code
}

/** Every organisation's code, in the table's order (UNESCO, TURKSOY, ICESCO …). */
export const listOrganisationCodes = (): string[] => Object.keys(ORGANISATIONS)
