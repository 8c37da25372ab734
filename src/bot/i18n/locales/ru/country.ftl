## Country
country-header = { $flag } <b>{ $name }</b>: { $count ->
        [one] { $count } материал
        [few] { $count } материала
       *[many] { $count } материалов
    } с { $year } года
country-empty = { $flag } Опубликованных материалов со страной <b>{ $name }</b> пока нет. Подпишитесь, чтобы узнать о первом.
country-home = { $flag } { $name } — это наша страна: все материалы о её сотрудничестве. Попробуйте /latest или страну-партнёра: <code>/country россия</code>.
country-follow = 🔔 Следить: { $flag } { $name }
country-unknown = Не знаю страну «{ $query }». Напишите название по-русски, по-казахски или по-английски или отправьте /country, чтобы увидеть список.
country-filter-only = В «{ $query }» нет страны: /country показывает материалы одной страны-партнёра, и так их можно сузить (<code>/country россия { $query }</code>); материалы всех стран — <code>/latest { $query }</code>.
country-suggest = Не знаю «{ $query }». Возможно, вы имели в виду:
country-suggest-empty = Не знаю «{ $query }»: возможно, { $flag } <b>{ $name }</b>? Опубликованных материалов с этой страной пока нет; подпишитесь, чтобы узнать о первом.
country-words-unread = «{ $query }»: страну { $flag } { $name } я понял, а «{ $words }» — нет: это не год, не вид материалов ({ $kinds }) и не сфера. Показать материалы страны или поискать эти слова?
country-organisation = «{ $query }» — это { $mark } { $name }, международная организация, а не страна: /country показывает материалы одной страны-партнёра. Поищите её по кнопке ниже или подпишитесь: <code>{ $command }</code>.
country-year-out-of-range = «{ $query }»: страну { $flag } { $name } я понял, но список сужается годом от { $first } до { $last }, а не { $year }, например <code>{ $example }</code>.
country-place-in = «{ $query }» относится к стране { $flag } { $name }. Показать материалы этой страны или поискать эти слова в архиве?
country-read-as = ℹ️ «{ $query }» относится к стране { $flag } { $name }: вот материалы этой страны.
country-read-as-empty = ℹ️ «{ $query }» относится к стране { $flag } { $name }. «{ $query }» может упоминаться и в других материалах: 🔎 ниже ищет это слово.
country-several = В «{ $query }» названо несколько стран, а /country показывает по одной. Выберите:
country-several-unread = В «{ $query }» названо несколько стран, а /country показывает по одной; «{ $words }» я не понял: это не страна, не год, не вид материалов и не сфера. Выберите:
country-shared-name = «{ $query }» — так называют не одну страну. Какую вы имеете в виду?
country-pick = Страны, по которым есть материалы ({ $count }). Выберите:
country-region = «{ $query }» — это регион, а не страна, а /country показывает по одной стране. Его страны, по которым есть материалы ({ $count }):
country-region-empty = «{ $query }» — это регион, а не страна, и ни по одной из его стран материалов пока нет. Страны, по которым они есть, покажет /country.
country-former-state = «{ $query }» — государство, которого больше нет, а /country показывает нынешние страны по одной. Государства-преемники, по которым есть материалы ({ $count }):
country-former-state-empty = «{ $query }» — государство, которого больше нет, и ни по одному из государств-преемников материалов пока нет. Страны, по которым они есть, покажет /country.
country-region-narrowed = Посчитаны материалы: { $filter }.
country-region-empty-filtered = Ни по одной из стран «{ $query }» нет материалов · { $filter }. Без этого уточнения: <code>/country { $query }</code>.
country-region-year-out-of-range = «{ $year }»: список сужается годом от { $first } до { $last }, например <code>{ $example }</code>; страны ниже посчитаны без этого года.
country-none-yet = Опубликованных материалов пока нет. Отправьте /subscribe, чтобы узнать о первых.
country-header-filtered =
    { $flag } <b>{ $name }</b> · { $filter }: { $count ->
            [one] { $count } материал
            [few] { $count } материала
           *[many] { $count } материалов
        }
country-empty-filtered = { $flag } <b>{ $name }</b> · { $filter }: опубликованных материалов нет. Без даты или вида материалов список может оказаться длиннее.
country-unread-misspelt = Если «{ $word }» — это { $flag } { $name } с опечаткой, материалы этой страны — по кнопке ниже.
