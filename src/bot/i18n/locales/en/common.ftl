## Common
error-generic = Sorry, something went wrong on our side. Please try again in a minute.
button-expired = This button is out of date. Please run the command again.
unknown-command = I did not understand that. Send /help to see what I can do.
list-page-of = Page { $page } of { $pages }
list-changed = The list has changed since; here is where it stands now.
menu-outdated = This menu was out of date; here is the current one.
cancel-nothing = Nothing to cancel: no edit is in progress.
list-left-out-show = { $count ->
        [one] One more country has no button here
       *[other] { $count } more countries have no button here
    }: { $countries }. For them: <code>{ $command }</code>
list-left-out-follow = { $count ->
        [one] One more country has no button here
       *[other] { $count } more countries have no button here
    }: { $countries }. To follow them: <code>{ $command }</code>
list-one-year = «{ $query }»: a list is narrowed by one year at a time, not by { $first } and { $second } together: <code>{ $firstCommand }</code> or <code>{ $secondCommand }</code>.
