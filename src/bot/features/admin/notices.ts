import { Composer, InlineKeyboard } from 'grammy'
import { type AdminPreferences, getAdminPreferences, setNoticeMuted } from '../../../db/admin-preferences.js'
import type { BotContext } from '../../context.js'
import type { Translate } from '../../../telegram/translate.js'
import { noticeCodec } from './callback-data.js'
import { answerExpiredButton, editMessage } from '../../respond.js'

function renderNoticeSettings(prefs: AdminPreferences, t: Translate): { text: string; keyboard: InlineKeyboard } {
  const state = (isMuted: boolean) => t(isMuted ? 'admin-notices-off' : 'admin-notices-on')
  return {
    text: t('admin-notices-settings', { flagged: state(prefs.isFlagNoticeMuted), sources: state(prefs.isSourceNoticeMuted) }),
    keyboard: new InlineKeyboard()
      .text(t(prefs.isFlagNoticeMuted ? 'admin-button-unmute-flagged' : 'admin-button-mute-flagged'), noticeCodec.encode({ kind: 'flagged', isMuted: !prefs.isFlagNoticeMuted }))
      .row()
      .text(t(prefs.isSourceNoticeMuted ? 'admin-button-unmute-sources' : 'admin-button-mute-sources'), noticeCodec.encode({ kind: 'sources', isMuted: !prefs.isSourceNoticeMuted })),
  }
}

/** /notices and the mute buttons under each notice: which poll-cycle notices an admin gets. */
export const noticesComposer = new Composer<BotContext>()

noticesComposer.command('notices', async (ctx) => {
  const { text, keyboard } = renderNoticeSettings(await getAdminPreferences(ctx.deps.db, ctx.from!.id), ctx.t)
  await ctx.reply(text, { reply_markup: keyboard })
})

noticesComposer.callbackQuery(noticeCodec.filter, async (ctx) => {
  const action = noticeCodec.decode(ctx.callbackQuery.data)
  if (!action) {
    await answerExpiredButton(ctx)
    return
  }
  await setNoticeMuted(ctx.deps.db, { adminId: ctx.from.id, kind: action.kind, isMuted: action.isMuted, now: ctx.deps.clock.now() })
  await ctx.answerCallbackQuery({ text: ctx.t(action.isMuted ? 'admin-notices-muted' : 'admin-notices-unmuted') })
  const { text, keyboard } = renderNoticeSettings(await getAdminPreferences(ctx.deps.db, ctx.from.id), ctx.t)
  // Under a notice the notice is kept and the settings are shown below it; under the settings they are updated.
  const buttons = ctx.callbackQuery.message?.reply_markup?.inline_keyboard.flat() ?? []
  const isSettingsMessage = buttons.length > 0 && buttons.every((b) => 'callback_data' in b && noticeCodec.filter.test(b.callback_data))
  if (isSettingsMessage) await editMessage(ctx, text, { reply_markup: keyboard })
  else await ctx.reply(text, { reply_markup: keyboard })
})
