## Start
start-greeting =
    <b>coopwatch</b> следит за сайтами министерств и новостных агентств: культурное и гуманитарное сотрудничество { $home ->
        [KZ] Казахстана
       *[other] ({ $homeRu })
    }.
    Он находит меморандумы, комиссии, переговоры и совместные мероприятия и раскладывает их по странам-партнёрам.
    Спросите <code>/country россия</code> или нажмите /subscribe, чтобы получать уведомления о новом.
start-button-country = 🌍 Страны
start-button-subscribe = 🔔 Подписаться
help-text =
    <b>Что я умею</b>
    /country <i>страна</i> — материалы со страной-партнёром, на любом языке (Россия, Ресей, france, 🇫🇷); можно сузить: <code>/country россия 2024 соглашения</code>. Достаточно и просто названия страны.
    /latest — самые новые материалы (<code>/latest 2024</code>, <code>/latest музеи</code>)
    /search <i>слова</i> — полнотекстовый поиск (<code>/search театр 2024</code>)
    /export <i>страна, сфера, слова, год</i> — подходящие записи файлом CSV (добавьте <i>json</i> для JSON)
    /subscribe <i>страна, организация (ЮНЕСКО), сфера, "слово" или all</i> — уведомления о новом; сузить подписку помогает +: <code>россия + музеи + соглашения</code>, <code>ЮНЕСКО + музеи</code> (без слов — меню)
    /unsubscribe <i>…</i> — отписаться
    /subscriptions — ваши подписки, режим уведомлений и час дайджеста
    /settings — анонсы, превью ссылок, звук, тихие часы
    /suggest <i>адрес</i> — предложить сайт для отслеживания
    /lang — язык интерфейса · /id — ваш Telegram id
    В группе подписки и настройки меняют только её администраторы; в теме форума подписка относится к этой теме. Канал настраивается из личного чата со мной: <code>/subscribe @channel россия</code>.
command-country = Материалы со страной-партнёром
command-latest = Самые новые материалы
command-search = Полнотекстовый поиск
command-export = Подходящие записи файлом CSV
command-subscribe = Уведомления по стране, организации, сфере или слову
command-unsubscribe = Отписаться
command-subscriptions = Ваши подписки и режим уведомлений
command-lang = Язык интерфейса
command-help = Всё, что я умею
command-start = О боте
command-review = Проверить отмеченные материалы
command-sources = Источники и их состояние
command-addsource = Добавить источник по адресу
command-stats = Цифры за 30 дней
command-notices = Включить или выключить уведомления админам
command-settings = Анонсы, превью, звук, тихие часы
start-your-id = Ваш Telegram id: <code>{ $id }</code>
id-private = Ваш Telegram id: <code>{ $id }</code>. Чтобы сделать человека администратором бота, тот, кто его запустил, добавляет этот id в <code>ADMIN_IDS</code>.
id-chat = Id этого чата: <code>{ $chat }</code>
id-yours = Ваш id: <code>{ $id }</code>
command-id = Ваш Telegram id
help-admin =
    <b>Для администраторов</b>
    /review — отмеченные материалы по одному; <code>/review history</code> — последние действия с отменой
    /sources — источники и их состояние; /addsource <i>адрес</i> — добавить источник
    /exportsources — список источников в JSON и OPML; /importsources — добавить источники из такого файла
    /stats — цифры за 30 дней · /notices — включить или выключить уведомления · /cancel — прервать редактирование
