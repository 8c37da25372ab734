import { type Context, InlineKeyboard } from 'grammy'
import type { Lang } from '../../classify/types.js'
import { addAdminSource, findRemovedFileSource, findSourceByUrl, restoreRemovedFileSource } from '../../db/source-admin.js'
import { decideSuggestion, getSuggestion } from '../../db/suggestions.js'
import type { AddressCheck } from '../../ingest/address-guard.js'
import type { Discovery } from '../../ingest/discover-source.js'
import type { ListSelectors } from '../../db/sources.js'
import { escapeHtml } from '../../telegram/escape.js'
import { formatItemDate, renderTitleLink } from '../../telegram/item-card.js'
import { truncateText } from '../../telegram/length.js'
import type { Translate } from '../../telegram/translate.js'
import type { BotContext } from '../context.js'
import { conversationCodec } from '../features/admin/callback-data.js'
import { settleSuggestionsAndTell, tellSuggester } from '../features/admin/shared.js'
import { currentLang } from '../i18n/i18n.js'
import { httpMeaning } from '../source-problem.js'
import { type AdminConversation, type AdminConversationArgs, translate, waitForAnswer } from './steps.js'

export const ADD_SOURCE_CONVERSATION = 'admin-add-source'

export interface AddSourceArgs extends AdminConversationArgs {
  url: string
  /** Set when the URL came from /suggest: the suggester hears when it is added. */
  suggestionId?: number
}

type Found = Extract<Discovery, { ok: true }>

type DiscoveryModule = typeof import('../../ingest/discover-source.js')
type DiscoveryOptions = Parameters<DiscoveryModule['discoverSource']>[1]

// Loaded on first use: discovery pulls in the whole fetch-and-parse stack, which the bot does
// not need before it starts taking updates.
const loadDiscovery = (): Promise<DiscoveryModule> => import('../../ingest/discover-source.js')

/** The address guard's answer for an address given for a source added in chat, its host looked up with the app's resolver. */
async function checkAddress(outer: BotContext, url: string): Promise<AddressCheck> {
  const { checkUrlAddress } = await import('../../ingest/address-guard.js')
  return checkUrlAddress(url, { allowPrivate: outer.deps.config.allowPrivateAddresses, resolver: outer.deps.resolver })
}

/** Runs discovery with a fresh guarded fetcher (closed after), inside `external`. */
function runDiscovery(conversation: AdminConversation, work: (discovery: DiscoveryModule, options: DiscoveryOptions) => Promise<Discovery>): Promise<Discovery> {
  return conversation.external(async (outer) => {
    const discovery = await loadDiscovery()
    const { allowPrivateAddresses: allowPrivate } = outer.deps.config
    const { resolver } = outer.deps
    const fetcher = discovery.createDiscoveryFetcher(allowPrivate, resolver)
    try {
      return await work(discovery, { fetcher, allowPrivate, resolver })
    } finally {
      fetcher.close()
    }
  })
}

/** The system's words before a host that cannot be looked up ("getaddrinfo ENOTFOUND"): the admin is told the host in their language. */
const RESOLVER_ERROR = /^getaddrinfo \w+ /

/**
 * What went wrong, in the admin's language; the fetcher's or guard's English words follow it,
 * marked as the technical detail, where they say more than the sentence.
 */
function renderFailure(result: Exclude<Discovery, { ok: true } | { reason: 'needs-selectors' }>, t: Translate): string {
  const technical = (sentence: string, detail: string) => `${sentence} ${t('admin-addsource-detail', { detail: escapeHtml(truncateText(detail, 200)) })}`
  if (result.reason === 'fetch') {
    const sentence = t(`admin-addsource-fetch-${result.problem}`, { status: String(result.status ?? ''), meaning: httpMeaning(result.status) })
    return result.detail === `HTTP ${result.status}` ? sentence : technical(sentence, result.detail)
  }
  if (result.reason === 'blocked' || result.reason === 'unrecognised') return technical(t(`admin-addsource-${result.reason}`), result.detail)
  if (result.reason === 'credentials') return t('admin-addsource-credentials', { url: escapeHtml(truncateText(result.detail, 200)) })
  const detail = result.reason === 'unresolvable' ? result.detail.replace(RESOLVER_ERROR, '') : result.detail
  return t(`admin-addsource-${result.reason}`, { detail: escapeHtml(truncateText(detail, 200)) })
}

function renderPreview(found: Found, lang: Lang, t: Translate): string {
  const items = found.preview.map((p, i) => {
    const date = p.publishedAt ? formatItemDate(p.publishedAt, lang) : t('admin-addsource-no-date')
    return `${i + 1}. ${renderTitleLink(p.title, p.url, 160)}\n   ${date}`
  })
  return [
    t(`admin-addsource-found-${found.via}`, {
      name: escapeHtml(truncateText(found.source.name, 120)),
      url: escapeHtml(truncateText(found.source.url, 200)),
      lang: t(`admin-lang-${found.source.lang}`),
    }),
    items.length > 0 ? items.join('\n') : t('admin-addsource-no-items'),
    t('admin-addsource-confirm'),
  ].join('\n\n')
}

/**
 * The answer for an address already known, from the database alone: one watched (whoever suggested
 * it told so), or a sources-file source an admin removed, restored (polled at once, its failures
 * reported as any source's) or, when it would come back as the admin's own, the address guard's
 * refusal. Null for an address not known.
 */
function answerKnownAddress(conversation: AdminConversation, args: AddSourceArgs, url: string): Promise<string | null> {
  return conversation.external(async (outer) => {
    const db = outer.deps.db
    const watched = await findSourceByUrl(db, url)
    if (watched) {
      // A paused one is in /sources but not polled: "already watched" would leave the admin waiting for its items, and
      // whoever suggested it waiting for nothing; their suggestion waits until it is resumed there (or declined).
      if (!watched.isEnabled) return outer.t('admin-addsource-duplicate-paused', { name: escapeHtml(watched.name) })
      // Whoever suggested this address (or the page that led to it) waits for nothing more: it is watched.
      for (const suggested of new Set([args.url, url])) await settleSuggestionsAndTell(outer, { url: suggested, name: watched.name, adminId: args.adminId }, 'suggest-found-watched')
      return outer.t('admin-addsource-duplicate', { name: escapeHtml(watched.name) })
    }
    const removed = await findRemovedFileSource(db, url)
    if (!removed) return null
    // Another admin declined the suggestion while its page was being checked (its sender was told so): nothing comes back, as nothing is added.
    if (args.suggestionId !== undefined && (await getSuggestion(db, args.suggestionId))?.state === 'declined') return outer.t('admin-suggestion-already-declined')
    // One the file no longer lists comes back as the admin's own, so the address guard for sources added in chat
    // applies: refused, it stays removed and the admin gets the refusal, as for any address typed.
    if (!removed.isInFile) {
      const checked = await checkAddress(outer, url)
      if (!checked.ok) return renderFailure(checked, outer.t)
    }
    // A sources-file source an admin removed comes back as itself (the file still deciding it while
    // it lists it), rather than as a second source the file knows nothing of.
    const restored = await restoreRemovedFileSource(db, { url, adminId: args.adminId, now: outer.deps.clock.now() })
    if (!restored) return null
    for (const suggested of new Set([args.url, url])) await settleSuggestionsAndTell(outer, { url: suggested, name: restored.name, adminId: args.adminId }, 'suggest-added')
    const key = restored.origin === 'admin' ? 'admin-addsource-restored-unlisted' : 'admin-addsource-restored'
    return outer.t(key, { name: escapeHtml(restored.name) })
  })
}

/**
 * /addsource <url>: answer an address already known at once; else find out what the URL is, fetch
 * it once, show the newest items as they would be stored, ask for selectors when it is a bare HTML
 * list, and add it on confirmation.
 */
export async function addSourceConversation(conversation: AdminConversation, ctx: Context, args: AddSourceArgs): Promise<void> {
  // A source already known is answered from the database, so whether its site is up right now does not matter.
  const knownAsTyped = await answerKnownAddress(conversation, args, args.url)
  if (knownAsTyped !== null) {
    await ctx.reply(knownAsTyped)
    return
  }
  // Refused at once, on the guard's one lookup: handed to discovery, the admin would first be told it is being looked at.
  const refusal = await conversation.external(async (outer) => {
    const checked = await checkAddress(outer, args.url)
    return checked.ok ? null : renderFailure(checked, outer.t)
  })
  if (refusal !== null) {
    await ctx.reply(refusal)
    return
  }
  const cancel = await translate(conversation, 'admin-button-cancel')
  await ctx.reply(await translate(conversation, 'admin-addsource-checking', { url: escapeHtml(truncateText(args.url, 200)) }))
  let result = await runDiscovery(conversation, (discovery, options) => discovery.discoverSource(args.url, options))

  while (!result.ok && result.reason === 'needs-selectors') {
    const needs = result
    const keyboard = new InlineKeyboard()
    if (needs.suggested) keyboard.text(await translate(conversation, 'admin-button-use-suggested'), conversationCodec.encode({ answer: 'suggested' })).row()
    keyboard.text(cancel, conversationCodec.encode({ answer: 'cancel' }))
    // A page whose list no selectors were guessed for gets no "Suggested" line (it read "Suggested: —").
    const lines = [await translate(conversation, 'admin-addsource-needs-selectors', { name: escapeHtml(truncateText(needs.name, 120)) })]
    if (needs.suggested) lines.push(await translate(conversation, 'admin-addsource-selectors-suggested', { suggested: escapeHtml(`${needs.suggested.item} | ${needs.suggested.link}`) }))
    const prompt = await ctx.reply(lines.join('\n'), { reply_markup: keyboard })
    let selectors: ListSelectors | null = null
    while (selectors === null) {
      const answer = await waitForAnswer(conversation, args, prompt.message_id)
      if (answer.kind === 'button' && answer.answer.answer === 'suggested' && needs.suggested) selectors = needs.suggested
      else if (answer.kind === 'text') {
        const text = answer.text
        selectors = await conversation.external(async () => (await loadDiscovery()).parseSelectorsAnswer(text))
      }
      if (selectors === null) await ctx.reply(await translate(conversation, 'admin-addsource-selectors-format'))
    }
    const chosen = selectors
    const listed = await runDiscovery(conversation, (discovery, options) => discovery.discoverListPage(needs.url, chosen, options))
    if (!listed.ok && listed.reason === 'empty') {
      await ctx.reply(await translate(conversation, 'admin-addsource-selectors-empty'))
      continue
    }
    result = listed
  }

  if (!result.ok) {
    const failure = result
    await ctx.reply(await conversation.external((outer) => renderFailure(failure, outer.t)))
    return
  }
  const found = result
  const known = await answerKnownAddress(conversation, args, found.source.url)
  if (known !== null) {
    await ctx.reply(known)
    return
  }

  let lang = found.source.lang
  for (;;) {
    const preview = await conversation.external(async (outer) => renderPreview({ ...found, source: { ...found.source, lang } }, await currentLang(outer), outer.t))
    const keyboard = new InlineKeyboard().text(await translate(conversation, 'admin-button-add'), conversationCodec.encode({ answer: 'ok' })).row()
    for (const other of ['en', 'ru', 'kk'] as const) if (other !== lang) keyboard.text(await translate(conversation, `admin-button-lang-${other}`), conversationCodec.encode({ answer: 'lang', lang: other }))
    keyboard.row().text(cancel, conversationCodec.encode({ answer: 'cancel' }))
    const confirm = await ctx.reply(preview, { reply_markup: keyboard })
    const answer = await waitForAnswer(conversation, args, confirm.message_id)
    if (answer.kind === 'button' && answer.answer.answer === 'lang') {
      lang = answer.answer.lang
      continue
    }
    if (answer.kind === 'button' && answer.answer.answer === 'ok') break
    await ctx.reply(await translate(conversation, 'admin-use-buttons'))
  }

  const chosenLang = lang
  const added = await conversation.external(async (outer) => {
    const source = { ...found.source, lang: chosenLang, listSelectors: found.source.list }
    const now = outer.deps.clock.now()
    const suggestion = args.suggestionId === undefined ? null : await getSuggestion(outer.deps.db, args.suggestionId)
    // Another admin declined it meanwhile (its sender was told so): nothing is added.
    if (suggestion?.state === 'declined') return outer.t('admin-suggestion-already-declined')
    const result = await addAdminSource(outer.deps.db, source, { adminId: args.adminId, now })
    if (!result.ok) return outer.t('admin-addsource-duplicate', { name: escapeHtml(result.name) })
    if (suggestion && (await decideSuggestion(outer.deps.db, { id: suggestion.id, state: 'added', adminId: args.adminId, now }))) {
      await tellSuggester(outer, suggestion, 'suggest-added', { name: escapeHtml(result.name) })
    }
    for (const url of new Set([args.url, source.url])) await settleSuggestionsAndTell(outer, { url, name: result.name, adminId: args.adminId }, 'suggest-added')
    return outer.t('admin-addsource-added', { name: escapeHtml(result.name) })
  })
  await ctx.reply(added)
}
