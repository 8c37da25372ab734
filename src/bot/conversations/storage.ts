import type { ConversationData, VersionedState } from '@grammyjs/conversations'
import { createBotStorage } from '../../db/bot-storage.js'
import type { AppDeps } from '../../deps.js'

/** Bumped when a conversation's steps change, so state saved by older code is dropped instead of replayed wrongly. */
export const CONVERSATION_STATE_VERSION = 2

/** Conversations' state per chat in the `bot_storage` table: an edit in progress survives a restart. */
export function createConversationStorage(deps: AppDeps) {
  return {
    type: 'key' as const,
    version: CONVERSATION_STATE_VERSION,
    prefix: 'conversation:',
    adapter: createBotStorage<VersionedState<ConversationData>>(deps.db, { now: () => deps.clock.now() }),
  }
}
