## Channels
remote-chat-unknown = { $chat } табылмады. Мені арнаға (не топқа) әкімші етіп қосыңыз да, пәрменді қайта жіберіңіз.
remote-chat-not-admin = «{ $chat }» жазылымдарын тек оның әкімшілері өзгерте алады.
remote-chat-bot-missing = Мен әлі «{ $chat }» әкімшісі емеспін, сондықтан онда хабар жариялай алмаймын. Мені хабар жариялау құқығы бар әкімші етіп тағайындаңыз да, қайталап көріңіз.
remote-chat-header = 📣 <b>{ $chat }</b>
remote-subscribe-usage = «{ $chat }» нені бақылауы керек екенін оның атынан кейін жазыңыз, мысалы <code>/subscribe @yourchannel ресей, мұражайлар</code>. Хабарламалар сонда, сіз осында қолданатын тілде жарияланады.
remote-subscribe-done = ✅ Жазылым рәсімделді: { $topics }. Жаңа материалдар сонда жарияланады.
remote-subscribe-done-digest = ✅ Жазылым рәсімделді: { $topics }. Жаңа материалдар сонда күнделікті дайджестпен жарияланады: { $zone } уақытымен сағат { $hour }.
remote-subscriptions-header = <b>«{ $chat }» жазылымдары</b> ({ $count })
remote-subscriptions-empty = «{ $chat }» әлі ештеңеге жазылмаған. Оның атымен <code>/subscribe @channel ресей</code> жіберіңіз.
