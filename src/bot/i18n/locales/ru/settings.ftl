## Settings
settings-header = ⚙️ <b>Настройки этого чата</b>
settings-header-remote = ⚙️ <b>Настройки «{ $chat }»</b>
settings-lead = 📝 Анонс под каждым заголовком: { $state }
settings-preview = 🖼 Превью страницы под каждым уведомлением: { $state }
settings-sound-on = 🔔 Уведомления приходят со звуком
settings-sound-off = 🔕 Уведомления приходят без звука
settings-quiet = 🌙 Тихие часы: { $hours }, { $zone }; в это время уведомления приходят без звука
settings-quiet-none = 🌙 Тихих часов нет
settings-hint = Нажмите, чтобы изменить, или напишите <code>/settings quiet 22-8</code>, <code>/settings digest 9</code>, <code>/settings tz Алматы</code>, <code>/settings lead off</code>, <code>/settings preview on</code>, <code>/settings silent on</code>.
settings-on = вкл.
settings-off = выкл.
settings-button-lead-on = 📝 Показывать анонсы
settings-button-lead-off = 📝 Скрыть анонсы
settings-button-preview-on = 🖼 Показывать превью
settings-button-preview-off = 🖼 Скрыть превью
settings-button-sound-on = 🔔 Со звуком
settings-button-sound-off = 🔕 Без звука
settings-button-quiet-off = Без тихих часов
settings-saved = Сохранено.
settings-not-understood = Не понял «{ $text }». Попробуйте <code>/settings quiet 22-8</code>, <code>/settings quiet off</code>, <code>/settings digest 9</code>, <code>/settings tz Алматы</code>, <code>/settings lead off</code>, <code>/settings preview on</code> или <code>/settings silent on</code>.
settings-quiet-not-taken = { $reason ->
    [range] «{ $text }»: тихие часы начинаются и кончаются в час от 0 до 23. Напишите, в котором часу они начинаются и в котором кончаются, например <code>/settings quiet 22-8</code> (с 22:00 до 08:00), или <code>/settings quiet off</code>.
    [same] «{ $text }»: тихие часы начинаются и кончаются в разные часы. Напишите, в котором часу они начинаются и в котором кончаются (от 0 до 23), например <code>/settings quiet 22-8</code> (с 22:00 до 08:00), или <code>/settings quiet off</code>.
   *[form] «{ $text }»: напишите, в котором часу тихие часы начинаются и в котором кончаются, от 0 до 23, например <code>/settings quiet 22-8</code> (с 22:00 до 08:00), или <code>/settings quiet off</code>.
}
settings-digest-not-taken = «{ $text }»: дайджест приходит раз в день в целый час от 0 до 23, например <code>/settings digest 9</code> (09:00 по поясу, заданному <code>/subscriptions tz</code>), а <code>/settings digest off</code> присылает каждый материал сразу.
settings-digest-missing = Чтобы получать дайджест раз в день, напишите, в котором часу он должен приходить, целый час от 0 до 23: <code>/settings digest 9</code> (09:00 по поясу, заданному <code>/subscriptions tz</code>); <code>/settings digest off</code> присылает каждый материал сразу.
settings-quiet-missing = Чтобы задать тихие часы, напишите, в котором часу они начинаются и в котором кончаются, от 0 до 23: <code>/settings quiet 22-8</code> (с 22:00 до 08:00); <code>/settings quiet off</code> их отменяет.
settings-time-zone = 🌐 Часовой пояс: { $zone }
