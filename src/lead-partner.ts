import { type CountryIndex, createCountryIndex, findCountryMentions } from './classify/countries.js'
import type { ItemView } from './db/items.js'

/** The partner an item is about, of its partners, or undefined. */
export type LeadPartner = (item: Pick<ItemView, 'id' | 'title' | 'opening' | 'partners'>) => string | undefined

/** Items whose lead partner is remembered: a digest hour's items, read again for each of its chats. */
const REMEMBERED_ITEMS = 2_000

/**
 * The partner an item is about, for a chat that follows none of its partners (`all`, a sector, a keyword): the first its
 * headline names, else its lead — «Меморандум с Турцией», also signed by Austria and France, is Turkey's, not Austria's
 * (its partners' first by ISO code). The country index is built (~50 ms) when first needed; an item is read (~0.5 ms)
 * once while its headline and lead stay as they were.
 */
export function createLeadPartner(): LeadPartner {
  let index: CountryIndex | undefined
  const found = new Map<number, { text: string; code: string | undefined }>()
  return (item) => {
    if (item.partners.length < 2) return item.partners[0]
    const text = `${item.title}\n${item.opening}`
    const known = found.get(item.id)
    if (known?.text === text) return known.code
    index ??= createCountryIndex()
    const named = [item.title, item.opening].flatMap((part) => findCountryMentions(part, index!).map((mention) => mention.code))
    const code = named.find((c) => item.partners.includes(c))
    if (found.size >= REMEMBERED_ITEMS) found.clear()
    found.set(item.id, { text, code })
    return code
  }
}
