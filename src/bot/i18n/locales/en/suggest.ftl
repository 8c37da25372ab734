## Suggest
suggest-usage = Send the address of a site worth watching: <code>/suggest https://example.kz/news</code>. The admins will check it.
suggest-invalid = «{ $url }» is not a web address. Send one like <code>https://example.kz/news</code>.
suggest-watched = That site is already watched, as <b>{ $name }</b>.
suggest-already = Someone has suggested it already; the admins will look at it.
suggest-too-many = You have { $count } suggestions waiting already; please wait until the admins have looked at them.
suggest-thanks = 🙏 Thank you! The admins will check { $url }; I will tell you what they decide.
suggest-paused = 🙏 Thank you! The admins know { $url } (as <b>{ $name }</b>) but have paused it; I have passed your suggestion on to them and will tell you what they decide.
suggest-added = ✅ The source you suggested, { $url }, is now watched as <b>{ $name }</b>. Thank you!
suggest-declined = The admins decided not to watch { $url }. Thank you for the suggestion all the same.
command-suggest = Suggest a site to watch
suggest-found-watched = The source you suggested, { $url }, is already watched, as <b>{ $name }</b>. Thank you!
