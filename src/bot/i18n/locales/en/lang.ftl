## Lang
lang-choose = Choose the interface language:
lang-chosen = Done: { $language }. Country names and kinds now appear in this language too.
