## Lang
lang-choose = Choose the interface language:
lang-admins-only = Only this chat's admins choose the language it is answered in.
lang-chosen = Done: { $language }. Country names and kinds now appear in this language too.
lang-unknown = «{ $text }» is not a language I speak: English, Russian or Kazakh (<code>/lang en</code>, <code>/lang ru</code>, <code>/lang kk</code>).
