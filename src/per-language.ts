import type { Lang } from './classify/types.js'

/**
 * One of something per reader language, each made on its first use. For Intl formatters:
 * building one costs far more than using it, and the first one built loads ICU's locale
 * data (~20 ms), which the bot's start-up need not wait for.
 */
export function perLanguage<T>(make: (lang: Lang) => T): (lang: Lang) => T {
  const made = new Map<Lang, T>()
  return (lang) => {
    let value = made.get(lang)
    if (value === undefined) made.set(lang, (value = make(lang)))
    return value
  }
}
