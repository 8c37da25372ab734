import type { ColumnType, Generated, Selectable } from 'kysely'

/** Timestamps are ISO-8601 UTC text; booleans are 0/1 integers (SQLite). */
type Timestamp = string
type Flag = 0 | 1

export type SourceType = 'rss' | 'html' | 'sitemap' | 'govkz'
export type ArticleStatus = 'published' | 'flagged' | 'rejected'
export type DateOrigin = 'feed' | 'page' | 'fetch'
export type AlertMode = 'instant' | 'digest'
export type ChatType = 'private' | 'group' | 'supergroup' | 'channel'
export type TopicType = 'country' | 'org' | 'sector' | 'keyword' | 'all'
export type OutboxState = 'pending' | 'sending' | 'sent' | 'failed' | 'skipped'

export interface SourceTable {
  id: Generated<number>
  name: string
  url: string
  type: SourceType
  lang: 'en' | 'ru' | 'kk'
  /** JSON of { item, link, title?, date? } for html sources. */
  list_selectors: string | null
  project: string | null
  is_enabled: ColumnType<Flag, Flag | undefined, Flag>
  origin: ColumnType<'file' | 'admin', 'file' | 'admin' | undefined, 'file' | 'admin'>
  etag: string | null
  last_modified: string | null
  /** null until the first poll: that poll's items are backlog. */
  first_polled_at: Timestamp | null
  last_polled_at: Timestamp | null
  last_success_at: Timestamp | null
  last_error: string | null
  last_error_at: Timestamp | null
  consecutive_failures: ColumnType<number, number | undefined, number>
  /** 1 once admins were told this source is failing; reset on recovery. */
  is_failure_reported: ColumnType<Flag, Flag | undefined, Flag>
  next_poll_at: ColumnType<Timestamp, Timestamp | undefined, Timestamp>
  created_at: Timestamp
  updated_at: Timestamp
  /** The sources file's entry (JSON) as last synced; '' when synced before it was kept; null for admin sources and sources gone from the file. */
  file_entry: string | null
  /** An admin removed this file source: kept, disabled and hidden, until the file changes its entry. */
  removed_at: Timestamp | null
  /** A file source gone from the file: the entry it had then; listed again unchanged, what admins did holds. */
  dropped_entry: ColumnType<string | null, string | null | undefined, string | null>
  /** With dropped_entry: whether the source is polled once listed again unchanged (as it was, or as an admin set it since). */
  dropped_is_enabled: ColumnType<Flag | null, Flag | null | undefined, Flag | null>
}

export interface ArticleTable {
  id: Generated<number>
  source_id: number | null
  url: string
  /** Normalised URL (no utm_*, fragment, trailing slash; scheme and www. folded). */
  url_key: string
  guid: string | null
  title: string
  body: string
  lang: string
  published_at: Timestamp
  published_at_origin: DateOrigin
  fetched_at: Timestamp
  updated_at: Timestamp
  content_hash: string
  /** Fingerprint of the story (normalised title), to alert once for one story in two sources. */
  story_key: string
  is_backlog: ColumnType<Flag, Flag | undefined, Flag>
}

export interface ClassificationTable {
  article_id: number
  is_relevant: Flag
  kind: 'agreement' | 'commission' | 'meeting' | 'event' | null
  confidence: number
  /** JSON arrays. */
  sectors: ColumnType<string, string | undefined, string>
  orgs: ColumnType<string, string | undefined, string>
  evidence: ColumnType<string, string | undefined, string>
  status: ArticleStatus
  status_changed_at: Timestamp
  classified_at: Timestamp
  curated_by: number | null
  curated_at: Timestamp | null
}

export interface ArticlePartnerTable {
  article_id: number
  country: string
  /** Copies of classification.status and article.published_at, kept by triggers. */
  status: ArticleStatus
  published_at: Timestamp
}

export interface SubscriberTable {
  chat_id: number
  chat_type: ChatType
  language: 'en' | 'ru' | 'kk' | null
  /** 1: `language` was kept from the chat's Telegram language (an admin's), and follows it; 0: chosen with /lang, or none. */
  is_language_kept: ColumnType<Flag, Flag | undefined, Flag>
  alert_mode: ColumnType<AlertMode, AlertMode | undefined, AlertMode>
  digest_hour: ColumnType<number, number | undefined, number>
  time_zone: ColumnType<string, string | undefined, string>
  last_digest_at: Timestamp | null
  is_active: ColumnType<Flag, Flag | undefined, Flag>
  deactivated_reason: string | null
  /** No message leaves for the chat before this (Telegram's last retry_after); the epoch when never told to wait. */
  send_hold_until: ColumnType<Timestamp, Timestamp | undefined, Timestamp>
  created_at: Timestamp
  updated_at: Timestamp
}

export interface SubscriptionTable {
  id: Generated<number>
  chat_id: number
  message_thread_id: ColumnType<number, number | undefined, number>
  topic_type: TopicType
  /** Country alpha-2, sector name or keyword; '' for all. */
  topic_value: ColumnType<string, string | undefined, string>
  /** A sector the item must also have; '' for none. */
  sector_filter: ColumnType<string, string | undefined, string>
  /** Comma-separated kinds the item must be one of; '' for any. */
  kind_filter: ColumnType<string, string | undefined, string>
  created_at: Timestamp
}

export interface AlertOutboxTable {
  id: Generated<number>
  article_id: number
  chat_id: number
  message_thread_id: ColumnType<number, number | undefined, number>
  delivery: AlertMode
  state: ColumnType<OutboxState, OutboxState | undefined, OutboxState>
  attempts: ColumnType<number, number | undefined, number>
  last_error: string | null
  next_attempt_at: Timestamp
  telegram_message_id: number | null
  created_at: Timestamp
  sent_at: Timestamp | null
  /** When the row was last claimed for sending. */
  last_attempt_at: Timestamp | null
  /** When the row was first claimed for sending: Telegram's waits (429) are bounded from here. */
  first_attempt_at: ColumnType<Timestamp | null, Timestamp | null | undefined, Timestamp | null>
}

/** A chat (and forum topic) an article's alert was held back from, the story having come through another article's alert. */
export interface AlertRepeatTable {
  article_id: number
  chat_id: number
  message_thread_id: number
  repeat_of_article_id: number
  created_at: Timestamp
}

export interface AuditLogTable {
  id: Generated<number>
  admin_id: number
  action: string
  article_id: number | null
  source_id: number | null
  /** JSON snapshots of the labels or source before and after the action. */
  before: string | null
  after: string | null
  created_at: Timestamp
  /** The action this one reverted (an undo), else null. */
  undoes_id: number | null
}

export interface CountryAliasTable {
  alias: string
  country: string
  added_by: number
  created_at: Timestamp
}

export interface AdminPreferenceTable {
  admin_id: number
  is_flag_notice_muted: ColumnType<Flag, Flag | undefined, Flag>
  is_source_notice_muted: ColumnType<Flag, Flag | undefined, Flag>
  updated_at: Timestamp
}

export interface BotStorageTable {
  key: string
  value: string
  updated_at: Timestamp
}

/** Items per partner country and status, kept by triggers on article_partner. */
export interface PartnerCountryCountTable {
  country: string
  status: ArticleStatus
  item_count: number
}

/**
 * A chat's text kept for a button that carries only its id (Telegram's 64 bytes of callback data), a row per chat
 * and text: a /search's words for its page buttons (search_query), a word /subscribe's 🔤 button follows (word_choice).
 */
export interface KeptTextTable {
  id: Generated<number>
  chat_id: number
  text: string
  last_used_at: Timestamp
}

// Web archive (issue 16): timeline counts and the change counter behind ETag / Last-Modified.
/** Published items per month (in Asia/Almaty's time, UTC+6 before March 2024) and kind, overall (country '') and per partner, kept by triggers. */
export interface ArchiveMonthCountTable {
  country: string
  /** YYYY-MM */
  month: string
  /** '' for an item without a kind. */
  kind: string
  item_count: number
}

/** One row (id 1) counting changes the public archive can show, kept by triggers. */
export interface ArchiveChangeTable {
  id: number
  version: number
  changed_at: Timestamp
}

export type BackfillState = 'running' | 'done' | 'failed'

/** A walk back through one source's archive; `cursor` is the next page, stored with each page's items. */
export interface BackfillTable {
  source_id: number
  state: BackfillState
  /** Nothing published before this date is stored. */
  since: Timestamp
  /** JSON checkpoint (db/backfill.ts): the next archive page and the first that left items out; null before the first page. */
  cursor: string | null
  page_count: ColumnType<number, number | undefined, number>
  item_count: ColumnType<number, number | undefined, number>
  new_count: ColumnType<number, number | undefined, number>
  relevant_count: ColumnType<number, number | undefined, number>
  flagged_count: ColumnType<number, number | undefined, number>
  /** The oldest publication date stored so far. */
  reached_at: Timestamp | null
  last_error: string | null
  /** Set when an admin started it in the bot: the running bot walks it and edits this message. */
  requested_by: number | null
  chat_id: number | null
  message_id: number | null
  /** The language the progress message is written in. */
  lang: 'en' | 'ru' | 'kk' | null
  started_at: Timestamp
  updated_at: Timestamp
  finished_at: Timestamp | null
  /** When the admin who started it in the bot was shown its end (or Telegram's refusals were given up on); null while owed. */
  end_shown_at: ColumnType<string | null, string | null | undefined, string | null>
}

/** How a chat wants its messages (absent: the defaults). */
export interface ChatPreferenceTable {
  chat_id: number
  show_lead: ColumnType<Flag, Flag | undefined, Flag>
  show_link_preview: ColumnType<Flag, Flag | undefined, Flag>
  is_silent: ColumnType<Flag, Flag | undefined, Flag>
  /** Alerts from this hour up to quiet_end_hour (chat's time zone) come without sound; null: no quiet hours. */
  quiet_start_hour: number | null
  quiet_end_hour: number | null
  updated_at: Timestamp
}

export type SuggestionState = 'pending' | 'added' | 'declined'

/** A source someone suggested with /suggest. */
export interface SourceSuggestionTable {
  id: Generated<number>
  url: string
  user_id: number
  user_name: string
  chat_id: number
  language: 'en' | 'ru' | 'kk'
  state: ColumnType<SuggestionState, SuggestionState | undefined, SuggestionState>
  decided_by: number | null
  decided_at: Timestamp | null
  created_at: Timestamp
  /** Closed by the sources file before a bot ran: the source's name, until the sender is told. */
  untold_source_name: string | null
}

// Telegram charts (issue 17): the review queue per day, and the pictures already uploaded.
/** Items entering and leaving the review queue per day (UTC+5), kept by triggers. */
export interface ReviewBacklogDayTable {
  /** YYYY-MM-DD */
  day: string
  added: number
  removed: number
}

/** The newest uploaded picture of a chart, by chart and language, and the data it shows. */
export interface ChartFileTable {
  chart_key: string
  data_digest: string
  file_id: string
  created_at: Timestamp
}

/** An article page that failed in a way that may pass, at `failures` polls in a row (ingest-source.ts). */
export interface PageRetryTable {
  source_id: number
  url_key: string
  failures: number
  last_failed_at: Timestamp
}

/** A private chat the admin command menu was set in (commands.ts), until it is deleted there. */
export interface AdminCommandMenuTable {
  chat_id: number
  set_at: Timestamp
}

/** The review card an admin's chat shows with buttons: the newest one sent or drawn there. */
export interface ReviewCardTable {
  chat_id: number
  message_id: number
  article_id: number
  shown_at: Timestamp
}

export interface Database {
  source: SourceTable
  article: ArticleTable
  classification: ClassificationTable
  article_partner: ArticlePartnerTable
  subscriber: SubscriberTable
  subscription: SubscriptionTable
  alert_outbox: AlertOutboxTable
  alert_repeat: AlertRepeatTable
  audit_log: AuditLogTable
  country_alias: CountryAliasTable
  admin_preference: AdminPreferenceTable
  bot_storage: BotStorageTable
  partner_country_count: PartnerCountryCountTable
  search_query: KeptTextTable
  word_choice: KeptTextTable
  archive_month_count: ArchiveMonthCountTable
  archive_change: ArchiveChangeTable
  backfill: BackfillTable
  chat_preference: ChatPreferenceTable
  source_suggestion: SourceSuggestionTable
  review_backlog_day: ReviewBacklogDayTable
  chart_file: ChartFileTable
  page_retry: PageRetryTable
  admin_command_menu: AdminCommandMenuTable
  review_card: ReviewCardTable
}

export type SourceRow = Selectable<SourceTable>
