import { Composer, InlineQueryResultBuilder } from 'grammy'
import type { InlineQueryResult } from 'grammy/types'
import { countryFlag } from '../../classify/countries.js'
import { countryName } from '../../country-name.js'
import { ORGANISATION_MARK, organisationName } from '../../classify/organisations.js'
import type { Lang } from '../../classify/types.js'
import { findArchiveItems, getArchiveItem } from '../../db/archive.js'
import { getItemCursor, type ItemPage, type ItemView } from '../../db/items.js'
import { readSearchQuery } from '../../language/search-query.js'
import { escapeHtml } from '../../telegram/escape.js'
import { formatItemDate, MAX_LEAD_LENGTH, renderItemCard } from '../../telegram/item-card.js'
import { truncateText } from '../../telegram/length.js'
import { shareKeyboard, sharedItemId } from '../../telegram/share.js'
import type { BotContext } from '../context.js'
import { currentLang } from '../i18n/i18n.js'
import { isUnsearchable, parseItemQuery } from '../item-query.js'
import { topicNamesOf } from '../topics.js'

/** Telegram takes at most 50 results per answer; a scroll to the end asks for the next ones. */
export const INLINE_PAGE_SIZE = 10
/**
 * Windows of the archive read at most for one answer (SCAN_WINDOW index entries each, about 2 ms
 * when a filter leaves them all out): past a long run of non-matching items, yet within the
 * 20 ms p99 an answer is held to. Scrolling reads on from where the last window ended.
 */
export const INLINE_SCAN_WINDOWS = 5
/** Results depend on the user's language, and new items arrive every poll: cached briefly, per user. */
const CACHE_SECONDS = 60
const MAX_RESULT_TITLE_LENGTH = 120
const MAX_ECHO_LENGTH = 60
/** Parties a result's one-line description names; the rest are counted. */
const DESCRIPTION_PARTIES = 3

/** `@bot russia` in any chat: the newest matching published items, each sending its card. */
export const inlineFeature = new Composer<BotContext>()

inlineFeature.on('inline_query', async (ctx) => {
  const { db } = ctx.deps
  const text = ctx.inlineQuery.query.trim()
  const lang = await currentLang(ctx)
  const sharedId = sharedItemId(text)
  let page: ItemPage & { olderFrom?: number }
  let isLeavingOutOnly = false
  let country: string | undefined
  let region: readonly string[] | undefined
  let org: string | undefined
  if (sharedId !== null) {
    const item = ctx.inlineQuery.offset === '' ? await getArchiveItem(db, sharedId) : null
    page = { items: item ? [item] : [], hasOlder: false, hasNewer: false }
  } else {
    const countries = await ctx.countryIndex()
    const query = parseItemQuery(text, { countries, sectorLabel: (s) => ctx.t(`sector-${s}`), kinds: topicNamesOf(ctx).kinds, now: ctx.deps.clock.now(), homeCountry: ctx.deps.config.homeCountry })
    page = { items: [], hasOlder: false, hasNewer: false }
    country = query.filter.country
    region = query.filter.region?.countries
    org = query.filter.org
    // «-museum», NOT музей: nothing to look for, which the answer says, with what to type.
    if (isUnsearchable(query)) isLeavingOutOnly = readSearchQuery(query.words).isLeavingOutOnly
    else {
      let from = /^[1-9]\d{0,14}$/.test(ctx.inlineQuery.offset) ? Number(ctx.inlineQuery.offset) : null
      // A filter that matches little may leave a window empty: read on, a bounded number of windows.
      for (let window = 0; window < INLINE_SCAN_WINDOWS; window += 1) {
        const cursor = from === null ? null : await getItemCursor(db, from)
        // The item the offset named is gone: the list has changed under the user, it ends here.
        if (from !== null && !cursor) {
          page = { items: [], hasOlder: false, hasNewer: false }
          break
        }
        page = await findArchiveItems(db, query.filter, { limit: INLINE_PAGE_SIZE, cursor, direction: 'older' })
        if (page.items.length > 0 || !page.hasOlder) break
        from = page.olderFrom ?? null
      }
    }
  }
  const isFirstPage = ctx.inlineQuery.offset === ''
  // A region asked for («Африка»): each result keeps in view the first of its countries the item has.
  const results = page.items.map((item) => itemResult(ctx, item, lang, country ?? item.partners.find((code) => region?.includes(code)), org))
  const last = page.items.at(-1)
  const next = page.hasOlder ? (page.olderFrom ?? last?.id) : undefined
  // The scan ran out of windows with older items still to read. Telegram's apps show no list for
  // an empty answer, so nothing asks for its next_offset, and stop scrolling at an empty page
  // (Android drops the offset then): one result says so and keeps the list going.
  if (results.length === 0 && next !== undefined) results.push(searchedSoFar(ctx, text, next))
  else if (results.length === 0 && isFirstPage) results.push(isLeavingOutOnly ? hintResult(ctx, 'nothing', 'inline-left-out', text) : nothingFound(ctx, text))
  await ctx.answerInlineQuery(results, { cache_time: CACHE_SECONDS, is_personal: true, next_offset: next === undefined ? '' : String(next) })
})

/**
 * `country`: the one asked for, named first where it would fall among the parties counted, on the description as on the card;
 * without one, the partner the item is about (its headline's, else its lead's), as an alert card keeps it in view.
 */
function itemResult(ctx: BotContext, item: ItemView, lang: Lang, asked: string | undefined, askedOrg?: string): InlineQueryResult {
  const t = ctx.t.bind(ctx)
  const country = asked ?? ctx.leadPartner(item)
  // The organisation asked for (@bot UNESCO) is named first, where it would fall among the parties counted.
  const parties = [
    ...(askedOrg === undefined ? [] : [{ label: `${ORGANISATION_MARK} ${organisationName(askedOrg, lang)}`, isInView: true }]),
    ...item.partners.map((c) => ({ label: `${countryFlag(c)} ${countryName(c, lang)}`, isInView: c === country })),
    ...item.orgs.filter((org) => org !== askedOrg).map((org) => ({ label: `${ORGANISATION_MARK} ${organisationName(org, lang)}`, isInView: false })),
  ]
  const isHidden = parties.some((party, i) => party.isInView && i >= DESCRIPTION_PARTIES)
  const ordered = isHidden ? [...parties.filter((party) => party.isInView), ...parties.filter((party) => !party.isInView)] : parties
  const named = ordered.slice(0, DESCRIPTION_PARTIES).map((party) => party.label).join(', ')
  const more = ordered.length - DESCRIPTION_PARTIES
  // An item with no party abroad says so, as its card does (🏠 Domestic cooperation), not a bare kind and date.
  const partiesText = ordered.length === 0 ? t('format-domestic') : more > 0 ? `${named} ${t('format-and-more', { count: more })}` : named
  const description = [partiesText, item.kind ? t(`kind-${item.kind}`) : null, formatItemDate(item.publishedAt, lang)].filter((p) => p).join(' · ')
  return InlineQueryResultBuilder.article(`item:${item.id}`, truncateText(item.title.replace(/\s+/g, ' ').trim() || item.url, MAX_RESULT_TITLE_LENGTH), {
    description,
    reply_markup: shareKeyboard(item.id, t('share-button')),
  }).text(
    // The lead, as on an alert's card: the chat it is sent to sees what was signed or held, not a bare headline.
    renderItemCard(item, lang, t, { leadLength: MAX_LEAD_LENGTH, ...(country ? { partnerInView: country } : {}), ...(askedOrg ? { orgsInView: [askedOrg] } : {}) }),
    { parse_mode: 'HTML', link_preview_options: { is_disabled: true } },
  )
}

/** Nonsense gets an answer, not an empty list: one result that says so (and sends a hint if chosen). */
const nothingFound = (ctx: BotContext, text: string): InlineQueryResult => hintResult(ctx, 'nothing', text === '' ? 'inline-empty' : 'inline-nothing', text)

/** No match among the items read so far, but older ones remain: scrolling on reads them. */
const searchedSoFar = (ctx: BotContext, text: string, next: number): InlineQueryResult => hintResult(ctx, `more:${next}`, 'inline-more', text)

function hintResult(ctx: BotContext, id: string, key: 'inline-nothing' | 'inline-empty' | 'inline-more' | 'inline-left-out', text: string): InlineQueryResult {
  const echo = truncateText(text, MAX_ECHO_LENGTH)
  return InlineQueryResultBuilder.article(id, ctx.t(`${key}-title`), { description: ctx.t(`${key}-description`, { query: echo }) }).text(
    ctx.t(`${key}-message`, { query: escapeHtml(echo), bot: ctx.me.username }),
    { parse_mode: 'HTML' },
  )
}
