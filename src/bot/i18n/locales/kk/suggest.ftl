## Suggest
suggest-usage = Бақылауға тұрарлық сайттың мекенжайын жіберіңіз: <code>/suggest https://example.kz/news</code>. Әкімшілер оны тексереді.
suggest-invalid = «{ $url }» — веб-мекенжай емес. <code>https://example.kz/news</code> сияқты мекенжай жіберіңіз.
suggest-watched = Бұл сайт бақыланып жүр: <b>{ $name }</b>.
suggest-already = Оны біреу ұсынып қойған; әкімшілер қарайды.
suggest-too-many = Сіздің { $count } ұсынысыңыз қаралуды күтіп тұр; әкімшілер оларды қарағанша күте тұрыңыз.
suggest-thanks = 🙏 Рақмет! Әкімшілер { $url } мекенжайын тексереді; шешімін сізге хабарлаймын.
suggest-added = ✅ Сіз ұсынған { $url } дереккөзі енді бақыланады: <b>{ $name }</b>. Рақмет!
suggest-declined = Әкімшілер { $url } сайтын бақыламауға шешті. Ұсынысыңызға бәрібір рақмет.
command-suggest = Бақылауға сайт ұсыну
suggest-found-watched = Сіз ұсынған { $url } дереккөзі бақыланып жүр: <b>{ $name }</b>. Рақмет!
