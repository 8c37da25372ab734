## Admin
admin-refused = Sorry, this command is only for the bot's administrators.
admin-refused-button = Sorry, these buttons are only for the bot's administrators.
admin-refused-answer = Sorry, only the bot's administrators can do this: the dialogue is ended.
admin-private-only = Admin commands work in a private chat with me, so the review queue stays out of groups.
admin-use-buttons = Please choose with the buttons above, or send /cancel.
admin-item-gone = That item no longer exists or has been rejected.

admin-conversation-cancelled = Cancelled. Nothing was changed.
admin-conversation-left = Left unfinished: nothing was added or changed.
admin-conversation-expects-answer = Please answer with text or the buttons, or send /cancel.

admin-status-published = published
admin-status-flagged = waiting for review
admin-status-rejected = rejected
admin-relevant-yes = relevant
admin-relevant-no = not relevant
admin-partners-none = no foreign partners

admin-review-header = 🔎 <b>Review</b> · { $position } of { $total }
admin-review-header-done = 🔎 <b>Review</b> · this item is { $status }
admin-review-guess = <b>Classifier:</b> { $relevant } · { $kind } · confidence { $confidence }
admin-review-why = <b>Why:</b> { $evidence }
admin-review-empty = ✅ Nothing to review: the queue is empty.
admin-review-only-one = This is the only item waiting for review.
admin-review-not-flagged = This item is already { $status }.
admin-review-refused-not-found = This item no longer exists.
admin-review-refused-not-flagged = This item is no longer waiting for review.
admin-review-refused-no-kind = Choose a kind first (🏷 Kind): a published item needs one.
admin-review-refused-rejected = This item was rejected; undo that first in /review history.
admin-review-refused-changed = This item was changed since this card was sent; it is shown as it stands now. Decide again.

admin-button-approve = ✅ Approve
admin-button-reject = ❌ Reject
admin-button-partners = 🌍 Edit partners
admin-button-kind = 🏷 Edit kind
admin-button-skip = ⏭ Skip
admin-button-next = ⏭ Next item
admin-button-undo = ↩️ Undo
admin-button-undo-id = ↩️ Undo #{ NUMBER($id, useGrouping: 0) }
admin-button-cancel = ✖️ Cancel
admin-button-save = ✅ Save
admin-button-retype = ✏️ Type again
admin-button-skip-name = ⏭ Ignore this name
admin-button-add = ✅ Add this source
admin-button-use-suggested = 💡 Use the suggested selectors
admin-button-lang-en = Items are in English
admin-button-lang-ru = Items are in Russian
admin-button-lang-kk = Items are in Kazakh
admin-button-pause = ⏸ { $n }
admin-button-resume = ▶️ { $n }
admin-button-remove = 🗑 { $n }
admin-button-confirm-remove = 🗑 Yes, remove it
admin-button-back = ◀ Back
admin-button-review-now = 🔎 Review now
admin-button-mute-flagged = 🔕 Mute new-item notices
admin-button-unmute-flagged = 🔔 Turn on new-item notices
admin-button-mute-sources = 🔕 Mute source-health notices
admin-button-unmute-sources = 🔔 Turn on source-health notices

admin-approved = ✅ <b>Approved</b> and published. { $alerts ->
    [0] No alerts were due.
    [one] 1 alert queued.
   *[other] { $alerts } alerts queued.
}
admin-ruled-copies = 📎 These labels now hold for the whole story: { $count ->
    [one] its copy from another source alerts
   *[other] its { $count } copies from other sources alert
} only the chats they match (or a keyword in its own text), whatever the classifier read there.
admin-rejected = ❌ <b>Rejected</b>: hidden from every list.
admin-undone-toast = Undone.
admin-undone = ↩️ <b>Undone</b> #{ NUMBER($id, useGrouping: 0) } ({ $action }):
admin-undone-alerts = Alerts withdrawn: { $withdrawn }; already delivered: { $sent }.
admin-undone-requeued = Alerts queued again: { $count }.
admin-undone-story-copies = Alerts queued for another source's copy of the story instead: { $count }.
admin-undo-refused-not-found = There is no such action.
admin-undo-refused-not-undoable = This action cannot be undone.
admin-undo-refused-already-undone = This action was already undone.
admin-undo-refused-superseded = A later action changed this item; undo that one first.
admin-undo-refused-changed = The item changed since; nothing was undone.

admin-history-header = 🗂 <b>Review history</b> (newest first)
admin-history-empty = No admin actions yet.
admin-history-undone = ↩️ undone by #{ NUMBER($id, useGrouping: 0) }
admin-history-undoes = reverts #{ NUMBER($id, useGrouping: 0) }
admin-action-approve = approved
admin-action-reject = rejected
admin-action-edit-partners = partners edited
admin-action-edit-kind = kind edited
admin-action-undo = undo
admin-action-teach-alias = alias taught
admin-action-add-source = source added
admin-action-pause-source = source paused
admin-action-resume-source = source resumed
admin-action-remove-source = source removed

admin-kind-prompt =
    🏷 <b>Kind</b> of «{ $title }»
    Now: { $current }. Choose the right one:
admin-kind-saved = 🏷 Kind set to <b>{ $kind }</b>.

admin-partners-prompt =
    🌍 <b>Partners</b> of «{ $title }»
    Now: { $current }.
    Type the partner countries in any language, e.g. <i>Франция, Германия</i> or <i>fr de</i>. Send <code>-</code> for none (a domestic agreement).
admin-partners-type-them = Please type the countries as text, or send /cancel.
admin-partners-unknown = I don't know «{ $name }». If it stands for a country (an institution, another spelling), type that country and I will remember it; for { $home ->
    [KZ] a Kazakh institution
   *[other] an institution of { $homeEn }
} type { $homeEn }. Otherwise ignore it.
admin-partners-not-a-country = «{ $name }» is not a country I know either. Try again (e.g. <i>France</i>, <i>FR</i>), or ignore the name.
admin-partners-understood = I understood: { $partners }.
admin-partners-home-dropped = ({ $country } is the home country and is never a partner.)
admin-partners-will-remember = I will remember «{ $alias }» as { $country }.
admin-partners-ignored = Ignored: { $names }.
admin-partners-too-short = Ignored, and not remembered as names: { $names }. A name needs at least { $min } letters, or it would be found in ordinary words.
admin-partners-common-words = Ignored, and not remembered as names: { $names }. They are common words, found in almost any text.
admin-partners-name-taken = «{ $name }» already stands for { $taken }, so I will not remember it as { $country }: the classifier would read it both ways. Type another country, or ignore the name.
admin-partners-alias-refused-taken = «{ $alias }» was not remembered: meanwhile it came to stand for { $taken }.
admin-partners-alias-refused-common-word = «{ $alias }» was not remembered: it is a common word, found in almost any text.
admin-partners-confirm = Save these partners?
admin-partners-saved = 🌍 Partners saved.
admin-edit-still-flagged = The item still waits for Approve or Reject.

admin-notice-flagged = 🔎 <b>{ $count ->
    [one] 1 new item
   *[other] { $count } new items
}</b> to review:
admin-notice-flagged-more = …and { $count } more.
admin-notice-failing = ⚠️ <b>{ $name }</b> fails ({ $count } in a row): { $error }.
admin-notice-recovered = ✅ <b>{ $name }</b> works again.
admin-notices-settings =
    <b>Notices</b>
    New items to review: { $flagged }
    Source health: { $sources }
admin-notices-on = on
admin-notices-off = muted
admin-notices-muted = Muted.
admin-notices-unmuted = Turned on.

admin-sources-header = 📡 <b>Sources</b> ({ $total })
admin-sources-empty = No sources yet. Add one with /addsource <i>url</i>.
admin-source-ok = ✅
admin-source-failing = ⚠️
admin-source-not-polled = ⏳ not polled yet
admin-source-paused = ⏸ paused
admin-source-health = Last success: { $success } · items in { $days } days: { $items }
admin-source-type-rss = 📰 news feed
admin-source-type-html = 📄 news list page
admin-source-type-sitemap = 🗺 sitemap
admin-source-type-govkz = 🏛 gov.kz news section
admin-source-error = Last error ({ $at }, { $count } in a row): <i>{ $error }</i>
admin-source-problem-http = { $meaning ->
    [missing] no such page (error { $status })
    [denied] the site does not let the bot in (error { $status })
    [busy] the site asks to be visited less often (error { $status })
    [server] the site's server is failing (error { $status })
   *[other] the site answers with error { $status }
}
admin-source-problem-timeout = the site does not answer in time
admin-source-problem-blocked = the address leads to a loopback, private or link-local network, which sources added in chat may not reach
admin-source-problem-redirects = the page redirects too many times or to a broken address
admin-source-problem-network = the site cannot be reached: it refuses the connection or breaks it off
admin-source-problem-unreadable = the site answers, but what it sends cannot be read as this source's feed, sitemap or news list
admin-source-problem-other = the source cannot be read
admin-source-problem-detail = — technical detail: { $detail }
admin-never = never
admin-failures = { $count ->
    [one] 1 failed poll
   *[other] { $count } failed polls
}
admin-source-gone = This source no longer exists.
admin-source-already-paused = { $name } is already paused.
admin-source-already-resumed = { $name } is already being polled.
admin-source-already-removed = { $name } is already removed.
admin-source-already-removed-unnamed = This source is already removed.
admin-source-paused-toast = Paused: { $name }
admin-source-resumed-toast = Resumed: { $name }
admin-source-resume-blocked = { $name } stays paused: the sources file no longer lists it, so it is checked as a source added in chat, and its address is in a loopback, private or link-local network.
admin-source-removed = Removed: { $name }
admin-source-remove-confirm = Remove <b>{ $name }</b>? Its items stay; it will not be polled any more.
admin-source-remove-file-warning = ⚠️ It comes from the sources file: it stays removed (its items kept) until the file changes this source.

admin-addsource-usage = Send <code>/addsource https://…</code> with the address of a feed, a news page or a sitemap.
admin-addsource-not-web-address = «{ $typed }» is not a web address. Send the address of a feed, a news page or a sitemap: <code>/addsource https://example.kz/news</code>.
admin-addsource-credentials = An address with a user name or password in it (user:password@) is not taken: every admin sees a source's address in /sources, and the bot watches public pages only. Send it without them: <code>/addsource { $url }</code>
admin-addsource-left-out = Taking the address <code>{ $url }</code> and leaving out «{ $words }»: /addsource takes one address, and the source is named after its feed or page.
admin-addsource-checking = 🔍 Looking at { $url } …
admin-addsource-invalid-url = That is not a valid address: { $detail }
admin-addsource-scheme = Only http:// and https:// addresses can be watched (got { $detail }).
admin-addsource-unresolvable = The host name cannot be resolved: { $detail }
admin-addsource-blocked = Refused: the address leads to a loopback, private or link-local network, which sources added in chat may not reach.
admin-addsource-fetch-blocked = Refused: the page redirects to a loopback, private or link-local network, which sources added in chat may not reach.
admin-addsource-fetch-timeout = The site did not answer in time, so the page could not be fetched. Try again later.
admin-addsource-fetch-http = { $meaning ->
    [missing] The site answered that there is no such page (error { $status }). Check the address.
    [denied] The site does not let the bot see this page (error { $status }).
    [busy] The site asks to be visited less often (error { $status }). Try again later.
    [server] The site's server failed (error { $status }). Try again later.
   *[other] The site answered with error { $status }, so the page could not be fetched.
}
admin-addsource-fetch-network = The site could not be reached: it refused the connection or broke it off.
admin-addsource-fetch-redirects = The page redirects too many times or to a broken address, so it cannot be reached.
admin-addsource-fetch-other = The page could not be fetched.
admin-addsource-detail = Technical detail: { $detail }
admin-addsource-empty = The answer was empty: { $detail }
admin-addsource-unrecognised = This is neither a feed, a sitemap nor an HTML page I can read.
admin-addsource-malformed = This is a feed, but its markup is broken and it cannot be read. Technical detail (the parser's words): { $detail }
admin-addsource-found-feed = 📰 A news feed (RSS, Atom or JSON Feed): <b>{ $name }</b>
    { $url } · language: { $lang }
admin-addsource-found-alternate = 📰 The page links its feed: <b>{ $name }</b>
    { $url } · language: { $lang }
admin-addsource-found-sitemap = 🗺 A sitemap: <b>{ $name }</b>
    { $url } · language: { $lang }
admin-addsource-found-list = 📄 An HTML news list: <b>{ $name }</b>
    { $url } · language: { $lang }
admin-addsource-found-govkz = 🏛 A gov.kz news section: <b>{ $name }</b>
    { $url } · language: { $lang }
admin-addsource-no-items = (no items found right now)
admin-addsource-no-date = no date (the fetch time will be used)
admin-addsource-confirm = The newest items above are shown as they would be stored. Add this source?
admin-addsource-needs-selectors =
    📄 <b>{ $name }</b> is an HTML page without a feed. Tell me where its news list is, as CSS selectors:
    <code>item | link | title | date</code> (title and date may be left out), e.g. <code>.news-item | a | .title | time</code>
admin-addsource-selectors-suggested = Suggested: <code>{ $suggested }</code>
admin-addsource-selectors-format = Send the selectors as <code>item | link | title | date</code>, or /cancel.
admin-addsource-selectors-empty = These selectors find no links on the page. Try others, or /cancel.
admin-addsource-duplicate = This address is already watched as <b>{ $name }</b>.
admin-addsource-duplicate-paused = This address is already in /sources as <b>{ $name }</b>, paused: it is not being polled. Resume it there (▶️) to watch it again.
admin-addsource-added = ✅ <b>{ $name }</b> added. It will be polled within a minute; see /sources.
admin-addsource-restored = ✅ <b>{ $name }</b> is back: it comes from the sources file and had been removed in /sources. It is watched again as the file lists it (polled within a minute), not added a second time; the file decides its settings again when it changes that source.
admin-addsource-restored-unlisted = ✅ <b>{ $name }</b> is back (polled within a minute): it came from the sources file, which no longer lists it, and had been removed in /sources. It is now a source added in chat: the file no longer decides it.
admin-lang-en = English
admin-lang-ru = Russian
admin-lang-kk = Kazakh

admin-stats-header = 📊 <b>Last { $days } days</b>: { $published ->
        [one] { $published } published item
       *[other] { $published } published items
    }
admin-stats-by-kind = By kind: { $list }
admin-stats-by-partner = By partner: { $list }
admin-stats-backlog = 🔎 Waiting for review: <b>{ $count }</b> (oldest since { $since })
admin-stats-backlog-empty = 🔎 Waiting for review: <b>{ $count }</b>
admin-stats-audience = 👥 Subscribers: <b>{ $subscribers }</b>, subscriptions: <b>{ $subscriptions }</b> ({ $breakdown })
admin-stats-alerts = 📨 Alerts today: sent <b>{ $sent }</b>, pending <b>{ $pending }</b>, failed <b>{ $failed }</b>, withdrawn <b>{ $withdrawn }</b>
admin-stats-sources = 📡 Sources: { $enabled } enabled, <b>{ $failing }</b> failing
admin-stats-sources-more = …and { $count } more: /sources lists them all.
admin-topic-country = countries
admin-topic-org = organisations
admin-topic-sector = sectors
admin-topic-keyword = keywords
admin-topic-all = everything
admin-review-label = <b>Labels set by { $admin }:</b> { $relevant } · { $kind }
admin-partners-will-remember-home = I will remember «{ $alias }» as { $country }: our own country, so never a partner.
admin-suggestion =
    💡 { $user } suggests a source:
    { $url }
    Check it as /addsource does (you confirm before anything is added), or decline.
admin-button-check-suggestion = 🔍 Check and add
admin-suggestion-paused = ⏸ It is in /sources as <b>{ $name }</b>, paused: resume it there (▶️) to watch it, which tells the sender, or decline.
admin-button-decline = ✖️ Decline
admin-suggestion-declined = ✖️ Declined: { $url }
admin-suggestion-declined-toast = Declined; the sender is told.
admin-suggestion-already-added = This suggestion was already added.
admin-suggestion-already-declined = This suggestion was already declined.
admin-export-json = 📦 { $count ->
        [one] { $count } source
       *[other] { $count } sources
    } in the SOURCES_FILE format. Send it back with the caption /importsources to add what is missing.
admin-export-opml = 📦 The same list as OPML, for feed readers.
admin-export-credentials-dropped = 🔑 Left out of the address of { $names }: the user name and password the sources file gives (it keeps them).
admin-import-usage = Send a JSON file (the SOURCES_FILE format, as /exportsources makes it), an OPML file (any feed reader exports one) or a text file of addresses, one a line, with the caption <code>/importsources</code>, or reply <code>/importsources</code> to such a file. Addresses already watched are left as they are.
admin-import-not-a-file = That came as a photo or other media, not as a file. Send the source list (JSON, OPML or addresses one a line) as a file (📎 → File) with the caption <code>/importsources</code>.
admin-import-too-big = The file is too big for a source list (over { $limit }).
admin-import-unreadable = I could not download that file from Telegram; please send it again.
admin-import-invalid = Nothing was imported: { $error }
admin-import-source-named = source «{ $name }»
admin-import-source-number = source #{ NUMBER($number, useGrouping: 0) }
admin-import-problem-not-json = the file is not valid JSON (line { NUMBER($line, useGrouping: 0) }, column { NUMBER($column, useGrouping: 0) })
admin-import-problem-not-array = the file is not a JSON array of sources
admin-import-problem-not-object = { $source } is not an object
admin-import-problem-unknown-field = { $source }: unknown field «{ $field }»
admin-import-problem-missing-field = { $source }: field «{ $field }» is missing
admin-import-problem-bad-value = { $source }: «{ $field }» must be { $expected ->
    [name] a name
    [url] an http(s) address
    [type] one of rss, html, sitemap, govkz
    [lang] one of en, ru, kk
    [boolean] true or false
    [selector] a CSS selector
    [selectors] an object of CSS selectors (item, link …)
    [slug] a slug such as mam
   *[object] an object
}
admin-import-problem-name-too-long = { $source }: the name is longer than { $max } characters; shorten it
admin-import-problem-name-twice = { $source }: the name is used twice
admin-import-problem-html-needs-list = { $source }: an html source needs «list» selectors (item, link)
admin-import-problem-list-only-html = { $source }: «list» is only for html sources
admin-import-problem-govkz-needs-project = { $source }: a govkz source needs «project» (the portal's entity slug, e.g. mam)
admin-import-problem-project-only-govkz = { $source }: «project» is only for govkz sources
admin-import-problem-opml-list-not-json = { $source }: coopwatchList is not JSON
admin-import-problem-not-opml = the file is not OPML: it has no &lt;opml&gt; element
admin-import-problem-opml-no-feed = no outline has a feed address (xmlUrl)
admin-import-problem-no-address = the file lists no address
admin-import-problem-not-address = line { NUMBER($line, useGrouping: 0) } is not a web address: «{ $text }». A text list holds one address a line (a name may stand beside it), such as <code>https://www.inform.kz/rss/rus.xml</code>
admin-import-too-many = Nothing was imported: the file lists { $count } sources, at most { $limit } at once.
admin-import-done = 📥 Added: <b>{ $added }</b>; already watched: { $known }.
admin-import-added = New: { $names }. They are polled within a minute; see /sources.
admin-import-restored = ↩️ Back, rather than added a second time (sources from the sources file that had been removed in /sources): { $names }.
admin-import-known = Left as they were: { $names }.
admin-import-paused = ⏸ Already in /sources but paused, so not polled: { $names }. Resume them there (▶️) to watch them.
admin-import-blocked = 🚫 Not added: their addresses lead to a loopback, private or link-local network, which sources added in chat may not reach: { $names }.
admin-import-credentials-dropped = 🔑 A user name and password taken out of the address of { $names }: every admin sees a source's address, so none is kept in it.
admin-import-checking = 🔍 Checking the list's { $count } addresses: which are feeds, and which pages link one…
admin-import-via-page-feed = Watched through the feed their page links: { $names }.
admin-import-pages = Web pages that link no feed, not added: { $names }. Send each to /addsource, which asks how to read its list.
admin-import-plain-as-feeds = Not reached now, so taken as feeds as typed: { $names }. If one is a web page, its first poll fails, as /sources will say; send it to /addsource then.
admin-import-lang-guessed = The file gave no language for { $names }: set to { $lang }. To change it, export, fix "lang" and import after removing the source.
command-exportsources = Download the source list (JSON, OPML)
command-importsources = Add sources from a JSON, OPML or text file
