// The library without its locales: knowing which codes exist needs none.
import countries from 'i18n-iso-countries/index.js'

/** Telegram refuses a button whose callback_data is longer than this, in UTF-8 bytes. */
export const MAX_CALLBACK_DATA_BYTES = 64

/**
 * Callback data of one feature: `<prefix>:<field>:<field>…`. Encoding a value that would not
 * fit is a bug and throws; decoding anything else (an old, foreign or forged button) is an
 * expected failure and returns null.
 */
export interface CallbackCodec<T> {
  /** Matches every callback of this feature, valid or not, for `callbackQuery(codec.filter)`. */
  readonly filter: RegExp
  encode(value: T): string
  /** Whether `value` fits (a button carrying free text, such as a keyword, may not). */
  fits(value: T): boolean
  decode(data: string | undefined): T | null
}

export function createCodec<T>(prefix: string, toFields: (value: T) => (string | number)[], fromFields: (fields: string[]) => T | null): CallbackCodec<T> {
  const join = (value: T) => [prefix, ...toFields(value).map(String)].join(':')
  return {
    filter: new RegExp(`^${prefix}:`),
    encode(value) {
      const data = join(value)
      if (Buffer.byteLength(data, 'utf8') > MAX_CALLBACK_DATA_BYTES) throw new Error(`callback data over ${MAX_CALLBACK_DATA_BYTES} bytes: ${data}`)
      return data
    },
    fits: (value) => Buffer.byteLength(join(value), 'utf8') <= MAX_CALLBACK_DATA_BYTES,
    decode(data) {
      if (data === undefined || Buffer.byteLength(data, 'utf8') > MAX_CALLBACK_DATA_BYTES) return null
      const [head, ...fields] = data.split(':')
      return head === prefix ? fromFields(fields) : null
    },
  }
}

/** A non-negative integer written in base 36 (ids and page numbers stay short). */
export function encodeNumber(n: number): string {
  return n.toString(36)
}

export function decodeNumber(text: string | undefined, max = Number.MAX_SAFE_INTEGER): number | null {
  if (text === undefined || !/^[0-9a-z]{1,11}$/.test(text)) return null
  const n = Number.parseInt(text, 36)
  return Number.isSafeInteger(n) && n <= max ? n : null
}

/** An ISO 3166-1 alpha-2 code that exists: a forged `sub:c:ZZ` is not one. */
export const isCountryCode = (text: string | undefined): text is string => text !== undefined && /^[A-Z]{2}$/.test(text) && countries.isValid(text)
