## Subscribe
subscribe-admins-only = Only this chat's admins can change its subscriptions and settings.
subscribe-menu-intro = <b>What to follow here</b>. ✅ marks what you follow; tap to switch it on or off. Any country can also be typed: <code>/subscribe chile</code>; narrow with +: <code>/subscribe russia + museums + agreements</code>.
subscribe-menu-countries = 🌍 Countries
subscribe-menu-sectors = 🏷 Sectors
subscribe-menu-organisations = 🏛 Organisations
subscribe-menu-all = 📰 Everything
subscribe-menu-instant = 🔔 Each item at once
subscribe-menu-digest = 🗞 Daily digest at { $hour }
subscribe-menu-hour = 🕘 Digest hour
subscribe-menu-back = « Back
subscribe-menu-done = ✔ Done
subscribe-menu-closed = Saved. Send /subscriptions to see or change what you follow.
subscribe-done = ✅ Subscribed: { $topics }. New items will come here.
subscribe-done-digest = ✅ Subscribed: { $topics }. New items will come here in the daily digest, at { $hour }, { $zone }.
subscribe-already = You already follow { $topics }.
subscribe-done-short = Subscribed: { $topic }
subscribe-already-short = You already follow { $topic }
subscribe-limit = Not added, this chat follows { $count } topics already (the most it may): { $topics }. Remove some with /unsubscribe or /subscriptions.
subscribe-limit-short = Not added: this chat follows { $count } topics already, the most it may. Remove some with /unsubscribe or /subscriptions.
subscribe-unknown = I did not understand: { $words }. Use a country, an organisation (UNESCO, TURKSOY…), a sector (museums, cinema…), a kind (agreements, talks…), a "keyword" in quotes, or all; join them with + to narrow: <code>russia + museums</code>.
subscribe-region = «{ $word }» is { $former ->
        [yes] a state that no longer exists
       *[no] a region
    }, not a country: follow its countries one at a time. { $count ->
        [0] None has items yet; name one: <code>/subscribe egypt</code>.
       *[other] Those with items:
    }
subscribe-keyword-is-org = «{ $word }» is followed as a word, written that way only. To follow { $org } by every name it goes by: <code>/subscribe { $org }</code>
subscribe-keyword-alternatives-cut = ⚠️ «{ $word }»: only its first { $count } alternatives joined by OR are followed, as /search searches no more; the rest would ask too much of a search.
subscribe-keyword-clauses-cut = ⚠️ «{ $word }»: only { $count } of its words and phrases are followed (the phrases first, then the words as typed), as /search searches no more; the rest would ask too much of a search.
topic-all = 📰 everything
subscribe-menu-zone = 🌐 Time zone: { $zone }
subscribe-zone-almaty = Almaty
subscribe-zone-aqtobe = Aqtobe, west Kazakhstan
subscribe-zone-moscow = Moscow
subscribe-zone-minsk = Minsk
subscribe-zone-tashkent = Tashkent
subscribe-zone-bishkek = Bishkek
subscribe-zone-istanbul = Istanbul
subscribe-zone-berlin = Berlin
subscribe-zone-paris = Paris
subscribe-zone-london = London
subscribe-zone-new-york = New York
subscribe-zone-shanghai = Shanghai
subscribe-zone-utc = UTC
subscribe-indirect = ℹ️ «{ $name }» is in { $country }, so this follows every item with that country. To follow only the word, tap below or send <code>{ $command }</code>.
subscribe-indirect-send = ℹ️ «{ $name }» is in { $country }, so this follows every item with that country. To follow only the word, send <code>{ $command }</code>.
subscribe-indirect-no-word = ℹ️ «{ $name }» is in { $country }, so this follows every item with that country.
subscribe-button-word = 🔤 Only the word «{ $word }»
subscribe-word-swapped = ✅ Now following the word { $word } instead of { $country }.
subscribe-word-added = ✅ Also following the word { $word }. { $country } stays, as you followed it before; remove it with ❌ in /subscriptions.
subscribe-home = { $country } is our own country: every item is about its cooperation. Follow everything with <code>/subscribe all</code>, or name a partner country.
subscribe-too-narrow = «{ $piece }»: one subscription joins one country or "word" with at most one sector and some kinds, such as <code>russia + museums + agreements</code>. Separate subscriptions with commas.
subscribe-narrowing-unknown = «{ $piece }»: nothing was followed, as I did not understand «{ $words }», and without it this would follow more than you asked for. I read { $understood }; to follow that, send <code>{ $command }</code>. A subscription narrows with + by one sector ({ $sectors }) and kinds ({ $kinds }), such as <code>/subscribe russia + museums + agreements</code>.
subscribe-narrowing-year = «{ $piece }»: nothing was followed, as a subscription alerts new items as they appear, and a year ({ $words }) does not narrow it. I read { $understood }; to follow that, send <code>{ $command }</code>. A year narrows the lists: <code>/latest { $words }</code>, <code>/country russia { $words }</code>.
subscribe-did-you-mean-tap = Did you mean one of these? Tap to subscribe:
subscribe-shared-name = «{ $word }» is the name of more than one country: tap the one to follow.
topic-kinds-only = { $kinds } only
