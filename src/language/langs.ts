/** The languages coopwatch reads and speaks (apart from detect.ts: naming them must not load the detector's n-grams). */
export const LANGS = ['en', 'ru', 'kk'] as const
export type Lang = (typeof LANGS)[number]

/** The language a feed or item declares ("ru", "kk-KZ", "en_US") when it is one of ours; null otherwise. */
export function langOfTag(tag: string | null | undefined): Lang | null {
  const code = tag?.trim().toLowerCase().split(/[-_]/)[0]
  return (LANGS as readonly string[]).includes(code ?? '') ? (code as Lang) : null
}
