/** The languages coopwatch reads and speaks (apart from detect.ts: naming them must not load the detector's n-grams). */
export const LANGS = ['en', 'ru', 'kk'] as const
export type Lang = (typeof LANGS)[number]
