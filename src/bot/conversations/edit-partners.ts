import { type Context, InlineKeyboard } from 'grammy'
import { claimsWithAliases, countryFlag, createCountryIndex, nameSpelling } from '../../classify/countries.js'
import { countryName } from '../../country-name.js'
import { createTypedCountryIndex } from '../../country-index.js'
import type { Lang } from '../../classify/types.js'
import { checkAlias, hasAliasLength, listCountryAliases, MIN_ALIAS_LETTERS, teachCountryAlias } from '../../db/country-aliases.js'
import { getItemsByIds } from '../../db/items.js'
import { setItemPartners } from '../../db/review.js'
import { isOnlyStopWords } from '../../language/stop-words.js'
import { escapeHtml } from '../../telegram/escape.js'
import { joinWithin, truncateText } from '../../telegram/length.js'
import { conversationCodec } from '../features/admin/callback-data.js'
import { renderCountries, renderEditSaved, renderRuledCopies } from '../features/admin/render.js'
import { curationAlerts, loadReviewCard, type RenderedMessage } from '../features/admin/shared.js'
import { currentLang } from '../i18n/i18n.js'
import { type EditItemArgs, sendEditedCard } from './edit-kind.js'
import { type AdminConversation, translate, waitForAnswer } from './steps.js'

export const EDIT_PARTNERS_CONVERSATION = 'admin-edit-partners'

/** Names the admin did not explain are asked about one by one, at most this many per answer. */
const MAX_UNKNOWN_ASKED = 3
const MAX_ALIAS_LENGTH = 80
/** Characters the ignored names may take in the summary, the rest counted ("and 12 more"): a pasted list must not outgrow a message. */
const IGNORED_NAMES_BUDGET = 1000
/** "No partners" (a domestic agreement), in the three languages. */
const NONE_ANSWER = /^(?:-|—|–|0|none|no(?: foreign)? partners?|no|нет|никого|(?:нет|без) партн[её]ров|жоқ|ешкім|серіктес(?:і|тер)? жоқ)$/iu
const LIST_SEPARATOR = /[,;\n]+/

interface ParsedPartners {
  codes: string[]
  /** Comma-separated pieces that named no country: candidates for a new alias. */
  unknown: string[]
  /** The home country was named; it is never a partner (labels.md § partners). */
  droppedHome: boolean
  /** Unknown names that are only common words («all», «все»): as an alias one would name a country in almost any text. */
  commonWords?: string[]
}

interface TaughtAlias {
  alias: string
  country: string
}

const shownCountry = (code: string, lang: Lang): string => `${countryFlag(code)} ${escapeHtml(countryName(code, lang))}`

const cancelKeyboard = (cancel: string) => new InlineKeyboard().text(cancel, conversationCodec.encode({ answer: 'cancel' }))

/**
 * Edit partners: the admin types countries in any language («Франция, Германия», "fr de"); a
 * name the bot does not know is asked about, and the country given for it is remembered as an
 * alias the classifier uses from then on; the bot shows what it understood and asks to save.
 */
export async function editPartnersConversation(conversation: AdminConversation, ctx: Context, args: EditItemArgs): Promise<void> {
  const intro = await conversation.external(async (outer) => {
    const [item] = await getItemsByIds(outer.deps.db, [args.articleId])
    if (!item || item.status === 'rejected') return null
    const lang = await currentLang(outer)
    return outer.t('admin-partners-prompt', { title: escapeHtml(truncateText(item.title, 200)), current: renderCountries(item.partners, lang, outer.t) })
  })
  if (intro === null) {
    await ctx.reply(await translate(conversation, 'admin-item-gone'))
    return
  }
  const cancel = await translate(conversation, 'admin-button-cancel')

  for (;;) {
    const prompt = await ctx.reply(intro, { reply_markup: cancelKeyboard(cancel) })
    let typed: string | undefined
    while (typed === undefined) {
      const answer = await waitForAnswer(conversation, args, prompt.message_id)
      if (answer.kind === 'text') typed = answer.text
      else await ctx.reply(await translate(conversation, 'admin-partners-type-them'))
    }
    const text = typed
    const parsed = await conversation.external(async (outer): Promise<ParsedPartners> => {
      if (NONE_ANSWER.test(text.trim())) return { codes: [], unknown: [], droppedHome: false, commonWords: [] }
      const index = createTypedCountryIndex(await listCountryAliases(outer.deps.db))
      const home = outer.deps.config.homeCountry
      const codes: string[] = []
      const unknown: string[] = []
      for (const piece of text.split(LIST_SEPARATOR).map((p) => p.trim()).filter(Boolean)) {
        // A name running text uses as a word (Chad, «Того») is no country in a list, but typed alone it is, as /country reads it.
        const listed = index.parseList(piece).codes
        const alone = listed.length === 0 ? index.resolve(piece) : null
        const found = alone === null ? listed : [alone]
        const name = piece.slice(0, MAX_ALIAS_LENGTH)
        // A name typed twice (Gallia, gallia) is one name to the classifier: asked about once.
        if (found.length === 0 && !unknown.some((u) => nameSpelling(u) === nameSpelling(name))) unknown.push(name)
        for (const code of found) if (!codes.includes(code)) codes.push(code)
      }
      const commonWords: string[] = []
      for (const name of unknown.filter(hasAliasLength)) if (isOnlyStopWords(name)) commonWords.push(name)
      return { codes: codes.filter((c) => c !== home).sort(), unknown, droppedHome: codes.includes(home), commonWords }
    })

    // An edit saved before common words were told apart replays a parse without them: the save refuses such a name instead.
    const commonWords = parsed.commonWords ?? []
    const askable = parsed.unknown.filter((name) => hasAliasLength(name) && !commonWords.includes(name))
    const tooShort = parsed.unknown.filter((name) => !hasAliasLength(name))
    const taught: TaughtAlias[] = []
    for (const name of askable.slice(0, MAX_UNKNOWN_ASKED)) {
      const question = await ctx.reply(await translate(conversation, 'admin-partners-unknown', { name: escapeHtml(name) }), {
        reply_markup: new InlineKeyboard().text(await translate(conversation, 'admin-button-skip-name'), conversationCodec.encode({ answer: 'skip' })).text(cancel, conversationCodec.encode({ answer: 'cancel' })),
      })
      for (;;) {
        const answer = await waitForAnswer(conversation, args, question.message_id)
        if (answer.kind === 'button') {
          if (answer.answer.answer === 'skip') break
          continue
        }
        // A home institution («Казахстан» for a Kazakh museum) is remembered too: it is then never read as a partner.
        // A name another country already has (Congo) is not: the classifier would read it both ways.
        const found = await conversation.external(async (outer) => {
          const code = createTypedCountryIndex().resolve(answer.text)
          if (!code) return null
          const known = createCountryIndex(await listCountryAliases(outer.deps.db))
          const refusal = checkAlias(name, code, known.claimsOf(name))
          if (refusal?.reason !== 'taken') return { code, isHome: code === outer.deps.config.homeCountry, taken: null }
          const lang = await currentLang(outer)
          return { code, isHome: false, taken: outer.t('admin-partners-name-taken', { name: escapeHtml(name), taken: shownCountry(refusal.country, lang), country: shownCountry(code, lang) }) }
        })
        if (found?.taken) {
          await ctx.reply(found.taken)
          continue
        }
        if (found) {
          taught.push({ alias: name, country: found.code })
          if (!found.isHome && !parsed.codes.includes(found.code)) parsed.codes = [...parsed.codes, found.code].sort()
          break
        }
        await ctx.reply(await translate(conversation, 'admin-partners-not-a-country', { name: escapeHtml(answer.text.slice(0, MAX_ALIAS_LENGTH)) }))
      }
    }

    const summary = await conversation.external(async (outer) => {
      const lang = await currentLang(outer)
      const lines = [outer.t('admin-partners-understood', { partners: renderCountries(parsed.codes, lang, outer.t) })]
      if (parsed.droppedHome) lines.push(outer.t('admin-partners-home-dropped', { country: escapeHtml(countryName(outer.deps.config.homeCountry, lang)) }))
      for (const t of taught) {
        const key = t.country === outer.deps.config.homeCountry ? 'admin-partners-will-remember-home' : 'admin-partners-will-remember'
        lines.push(outer.t(key, { alias: escapeHtml(t.alias), country: shownCountry(t.country, lang) }))
      }
      const quoted = (names: readonly string[]) => joinWithin(names.map((n) => `«${escapeHtml(n)}»`), IGNORED_NAMES_BUDGET, (count) => outer.t('format-and-more', { count }))
      const skipped = askable.filter((name) => !taught.some((t) => t.alias === name))
      if (skipped.length > 0) lines.push(outer.t('admin-partners-ignored', { names: quoted(skipped) }))
      if (tooShort.length > 0) lines.push(outer.t('admin-partners-too-short', { names: quoted(tooShort), min: MIN_ALIAS_LETTERS }))
      if (commonWords.length > 0) lines.push(outer.t('admin-partners-common-words', { names: quoted(commonWords) }))
      lines.push(outer.t('admin-partners-confirm'))
      return lines.join('\n')
    })
    const confirm = await ctx.reply(summary, {
      reply_markup: new InlineKeyboard()
        .text(await translate(conversation, 'admin-button-save'), conversationCodec.encode({ answer: 'ok' }))
        .text(await translate(conversation, 'admin-button-retype'), conversationCodec.encode({ answer: 'retry' }))
        .row()
        .text(cancel, conversationCodec.encode({ answer: 'cancel' })),
    })
    let decision: 'ok' | 'retry' | undefined
    while (decision === undefined) {
      const answer = await waitForAnswer(conversation, args, confirm.message_id)
      if (answer.kind === 'button' && (answer.answer.answer === 'ok' || answer.answer.answer === 'retry')) decision = answer.answer.answer
      else await ctx.reply(await translate(conversation, 'admin-use-buttons'))
    }
    if (decision === 'retry') continue

    const outcome = await conversation.external(async (outer): Promise<{ text: string; card: RenderedMessage | null }> => {
      const now = outer.deps.clock.now()
      const result = await setItemPartners(outer.deps.db, { articleId: args.articleId, adminId: args.adminId, now, partners: parsed.codes }, curationAlerts(outer))
      if (!result.ok) return { text: outer.t(`admin-review-refused-${result.reason}`), card: null }
      const lines = [renderEditSaved(outer.t('admin-partners-saved'), result.after, outer.t), ...renderRuledCopies(result.ruledCopies, outer.t)]
      for (const t of taught) {
        const taughtAlias = await teachCountryAlias(outer.deps.db, { alias: t.alias, country: t.country, adminId: args.adminId, now, claimsOf: claimsWithAliases })
        if (taughtAlias.ok) continue
        const taken = taughtAlias.reason === 'taken' ? shownCountry(taughtAlias.country, await currentLang(outer)) : ''
        lines.push(outer.t(`admin-partners-alias-refused-${taughtAlias.reason}`, { alias: escapeHtml(t.alias), taken }))
      }
      return { text: lines.join('\n'), card: await loadReviewCard(outer, args.articleId) }
    })
    await ctx.reply(outcome.text)
    if (outcome.card) await sendEditedCard(conversation, args, outcome.card)
    return
  }
}
