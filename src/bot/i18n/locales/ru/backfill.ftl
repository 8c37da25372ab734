## Backfill
admin-button-history = 📜 { $n }
admin-sources-history-hint = 📜 загружает историю источника: его архив за { $years } { $years ->
    [one] год
    [few] года
   *[other] лет
}, без оповещений подписчикам.
admin-source-history-running = 📜 История загружается, пока до { $reached }
admin-source-history-done = 📜 История загружена до { $reached }
admin-source-history-failed = 📜 Загрузка истории остановилась на { $reached }; 📜 продолжит с этого места
admin-history-title = 📜 <b>История: { $name }</b>
admin-history-starting = Начинаю: архив до { $since }. В этом сообщении будет виден ход загрузки.
admin-history-running = ⏳ Загружено до { $reached } из { $since } · страниц: { $pages } · новых материалов: { $items } · по теме: { $relevant }
admin-history-done = ✅ Готово, загружено до { $reached } · страниц: { $pages } · новых материалов: { $items } · по теме: { $relevant } · на проверку: { $flagged }. Оповещения о них не рассылались.
admin-history-failed = ⚠️ Остановлено: <i>{ $error }</i> · страниц: { $pages } · новых материалов: { $items }. Нажмите 📜 в /sources, чтобы продолжить с этого места.
admin-history-busy = История источника «{ $name }» уже загружается: ход загрузки — в сообщении выше.
admin-history-busy-cli = История источника «{ $name }» сейчас загружается из командной строки (npm run backfill).
admin-history-started-toast = Загружаю историю: { $name }…
admin-action-backfill-source = загружена история источника
