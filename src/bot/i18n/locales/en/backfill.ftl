## Backfill
admin-button-history = 📜 { $n }
admin-sources-history-hint = 📜 loads a source's history: its archive { $years } years back, stored without alerting anyone.
admin-source-history-running = 📜 History: loading, back to { $reached } so far
admin-source-history-done = 📜 History loaded back to { $reached }
admin-source-history-failed = 📜 History: stopped at { $reached }; 📜 goes on from there
admin-history-title = 📜 <b>History of { $name }</b>
admin-history-starting = Starting: the archive back to { $since }. This message shows the progress.
admin-history-running = ⏳ Back to { $reached } of { $since } · pages: { $pages } · new items: { $items } · relevant: { $relevant }
admin-history-done = ✅ Done, back to { $reached } · pages: { $pages } · new items: { $items } · relevant: { $relevant } · to review: { $flagged }. Nobody was alerted about them.
admin-history-failed = ⚠️ Stopped: <i>{ $error }</i> · pages: { $pages } · new items: { $items }. Press 📜 in /sources to go on from there.
admin-history-busy = The history of { $name } is already loading: its progress is in the message above.
admin-history-busy-cli = The history of { $name } is being loaded from the command line (npm run backfill) right now.
admin-history-started-toast = Loading the history of { $name }…
admin-action-backfill-source = source history loaded
