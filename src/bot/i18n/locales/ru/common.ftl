## Common
error-generic = Извините, у нас что-то пошло не так. Попробуйте через минуту.
button-expired = Эта кнопка устарела. Повторите команду.
unknown-command = Не понял сообщение. Отправьте /help, чтобы увидеть, что я умею.
list-page-of = Страница { $page } из { $pages }
list-changed = Список успел измениться — вот он сейчас.
menu-outdated = Меню устарело — вот актуальное.
cancel-nothing = Отменять нечего: сейчас ничего не редактируется.
list-left-out-show = Ещё { $count } { $count ->
        [one] страна не поместилась
        [few] страны не поместились
       *[many] стран не поместились
    } в кнопки: { $countries }. Для них: <code>{ $command }</code>
list-left-out-follow = Ещё { $count } { $count ->
        [one] страна не поместилась
        [few] страны не поместились
       *[many] стран не поместились
    } в кнопки: { $countries }. Подписаться на них: <code>{ $command }</code>
list-one-year = «{ $query }»: список сужается одним годом, а не { $first } и { $second } сразу: <code>{ $firstCommand }</code> или <code>{ $secondCommand }</code>.
