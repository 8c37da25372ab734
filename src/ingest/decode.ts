import { isUtf8 } from 'node:buffer'
import iconv from 'iconv-lite'

export type DecodeKind = 'xml' | 'html'

/** Labels sites send that iconv-lite does not know under that name. */
const ALIASES: Record<string, string> = {
  'x-cp1251': 'windows-1251',
  'cp-1251': 'windows-1251',
  'win-1251': 'windows-1251',
  'windows1251': 'windows-1251',
  'utf8': 'utf-8',
  'unicode': 'utf-16le',
  'x-sjis': 'shift_jis',
  // WHATWG's labels for MacCyrillic, and Kazakhstan's standard name for RK1048.
  'x-mac-cyrillic': 'maccyrillic',
  'x-mac-ukrainian': 'maccyrillic',
  'kz-1048': 'rk1048',
}

function normalizeCharset(label: string | null | undefined): string | null {
  if (!label) return null
  const name = label.trim().replace(/^["']|["']$/g, '').toLowerCase()
  const known = ALIASES[name] ?? name
  return iconv.encodingExists(known) ? known : null
}

function bomCharset(bytes: Uint8Array): { charset: string; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { charset: 'utf-8', length: 3 }
  if (bytes[0] === 0xff && bytes[1] === 0xfe && bytes[2] === 0 && bytes[3] === 0) return { charset: 'utf-32le', length: 4 }
  if (bytes[0] === 0 && bytes[1] === 0 && bytes[2] === 0xfe && bytes[3] === 0xff) return { charset: 'utf-32be', length: 4 }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { charset: 'utf-16le', length: 2 }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { charset: 'utf-16be', length: 2 }
  return null
}

/** UTF-16/32 without a BOM, recognised by the zero bytes around "<". */
function sniffWideCharset(bytes: Uint8Array): string | null {
  if (bytes[0] === 0x3c && bytes[1] === 0 && bytes[2] === 0 && bytes[3] === 0) return 'utf-32le'
  if (bytes[0] === 0 && bytes[1] === 0 && bytes[2] === 0 && bytes[3] === 0x3c) return 'utf-32be'
  if (bytes[0] === 0x3c && bytes[1] === 0 && bytes[2] === 0x3f && bytes[3] === 0) return 'utf-16le'
  if (bytes[0] === 0 && bytes[1] === 0x3c && bytes[2] === 0 && bytes[3] === 0x3f) return 'utf-16be'
  return null
}

function headerCharset(contentType: string | null | undefined): string | null {
  const m = /charset\s*=\s*("[^"]*"|'[^']*'|[^;\s]+)/i.exec(contentType ?? '')
  return m ? normalizeCharset(m[1]) : null
}

function declaredCharset(head: string, kind: DecodeKind): string | null {
  const xml = /^\s*<\?xml[^>]*encoding\s*=\s*["']([^"']+)["']/i.exec(head)
  if (xml) return normalizeCharset(xml[1])
  if (kind === 'html' || /<html/i.test(head)) {
    const meta = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)
    if (meta) return normalizeCharset(meta[1])
  }
  return null
}

/** The text when the bytes are valid UTF-8, else null (the check is native, the decoding too). */
function strictUtf8(bytes: Uint8Array): string | null {
  return isUtf8(bytes) ? Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8') : null
}

/**
 * How often each letter of Russian or Kazakh text occurs, in per cent, either case: Russian's from the Russian National
 * Corpus; the letters Kazakh adds by their rough shares of Kazakh text. Ukrainian and Belarusian є ї ґ ў weigh as the
 * Kazakh ғ ү ө ұ that RK1048 puts on their windows-1251 bytes, so that Ukrainian in windows-1251 is not taken for Kazakh:
 * Kazakh's own ә қ ң һ, which windows-1251 reads as Serbian and Macedonian letters, tell the two apart.
 */
const LETTER_PERCENT: Record<string, number> = {
  о: 10.97, е: 8.45, а: 8.01, и: 7.35, н: 6.7, т: 6.26, с: 5.47, р: 4.73, в: 4.54, л: 4.4, к: 3.49, м: 3.21, д: 2.98, п: 2.81, у: 2.62, я: 2.01,
  ы: 1.9, ь: 1.74, г: 1.7, з: 1.65, б: 1.59, ч: 1.44, й: 1.21, х: 0.97, ж: 0.94, ш: 0.73, ю: 0.64, ц: 0.48, щ: 0.36, э: 0.32, ф: 0.26, ъ: 0.04, ё: 0.04,
  і: 4, қ: 3, ә: 2, ғ: 1.5, ү: 1.3, ң: 1.2, ұ: 1, ө: 0.8, һ: 0.05,
  є: 1.5, ї: 1.3, ґ: 0.8, ў: 1,
}
/**
 * The same for Serbian and Macedonian, rough shares: their ј ћ ќ ѕ are the bytes RK1048 reads as Kazakh ә һ қ ң, so a
 * page in either is scored by these too, and Kazakh text, with its ы й ю я they lack, is not.
 */
const SOUTH_SLAVIC_LETTER_PERCENT: Record<string, number> = {
  а: 11, и: 9.5, о: 9, е: 8.5, н: 6, с: 5, р: 5, ј: 4.5, т: 4.5, у: 4, д: 3.7, к: 3.5, в: 3.4, л: 3, м: 3, п: 2.9, з: 1.7, г: 1.6,
  б: 1.5, ч: 1.2, ш: 1, ц: 0.9, њ: 0.8, ћ: 0.8, х: 0.8, ж: 0.7, љ: 0.5, ф: 0.3, ќ: 0.3, ђ: 0.2, ѓ: 0.1, ѕ: 0.1, џ: 0.05,
}
/** Signs beyond ASCII that text has, about as often as a rare letter. */
const TEXT_SIGNS = new Set('«»–—…№“”„‘’•·°©®§±€™\u00a0')
/** What a sign no text here has weighs (a box-drawing line, ¤, a Serbian letter): about as unlikely as 1 in 1,000 letters. */
const FOREIGN_SIGN_BITS = -10

/** What reading a character counts for in text with those letters' shares: its share against an average letter's (3 %), in bits. */
function characterBits(character: string, letterPercent: Record<string, number>): number {
  const percent = letterPercent[character.toLowerCase()] ?? (TEXT_SIGNS.has(character) ? 0.5 : undefined)
  return percent === undefined ? FOREIGN_SIGN_BITS : Math.log2(percent / 3)
}

/** The single-byte Cyrillic charsets a mislabelled or unlabelled page may really be in, by the names iconv-lite reads them under (windows-1251 first: it wins a tie). */
const CYRILLIC_CHARSETS = ['windows-1251', 'koi8-r', 'koi8-u', 'iso-8859-5', 'ibm866', 'maccyrillic', 'rk1048', 'pt154'] as const
type CyrillicCharset = (typeof CYRILLIC_CHARSETS)[number]

const HIGH_BYTES = Buffer.from(Array.from({ length: 128 }, (_, i) => 0x80 + i))

/** A capital straight after a lower-case letter («тЕУЕК», KOI8-R's «Ресей» read as windows-1251) is next to never written. */
const CASE_BREAK_BITS = -10
const isLowerCase = (c: string) => c !== c.toUpperCase()
const isUpperCase = (c: string) => c !== c.toLowerCase()
interface ReadingTables {
  /** For each charset, what each byte from 0x80 counts for read as Russian, Kazakh or Ukrainian, and as Serbian or Macedonian. */
  bitsIn: Record<CyrillicCharset, number[][]>
  /** For each charset, the pairs of bytes from 0x80 (as `(first - 0x80) * 128 + second - 0x80`) that it reads as a lower-case letter and then a capital. */
  caseBreaksIn: Record<CyrillicCharset, number[]>
}

let readingTables: ReadingTables | undefined

/** Built on the first Cyrillic body (~20 ms), not when the module loads: the bot's start-up imports this module. */
function tables(): ReadingTables {
  readingTables ??= {
    bitsIn: Object.fromEntries(
      CYRILLIC_CHARSETS.map((c) => [c, [LETTER_PERCENT, SOUTH_SLAVIC_LETTER_PERCENT].map((shares) => [...iconv.decode(HIGH_BYTES, c)].map((character) => characterBits(character, shares)))]),
    ) as Record<CyrillicCharset, number[][]>,
    caseBreaksIn: Object.fromEntries(
      CYRILLIC_CHARSETS.map((c) => {
        const characters = [...iconv.decode(HIGH_BYTES, c)]
        return [c, characters.flatMap((first, i) => (isLowerCase(first) ? characters.flatMap((second, j) => (isUpperCase(second) ? [i * 128 + j] : [])) : []))]
      }),
    ) as Record<CyrillicCharset, number[]>,
  }
  return readingTables
}

/**
 * How much each Cyrillic charset's reading of the bytes from 0x80 looks like Russian or Kazakh text, in bits (counted by
 * byte value and pair first: a body may be 10 MB). Letters' shares tell a permuted reading apart where a count of common
 * letters did not (windows-1251 capitals read as KOI8-R are lower-case letters, half of them common too), and case
 * breaks tell a capitalised word.
 */
function scoreCyrillicReadings(bytes: Uint8Array): Record<CyrillicCharset, number> {
  const occurrences = new Uint32Array(256)
  const highPairs = new Uint32Array(128 * 128)
  let previous = 0
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i]!
    occurrences[byte]!++
    if (byte >= 0x80 && previous >= 0x80) highPairs[(previous - 0x80) * 128 + byte - 0x80]!++
    previous = byte
  }
  const { bitsIn, caseBreaksIn } = tables()
  const scoreIn = (charset: CyrillicCharset) =>
    Math.max(...bitsIn[charset].map((letterBits) => letterBits.reduce((sum, bits, i) => sum + bits * occurrences[0x80 + i]!, 0))) +
    CASE_BREAK_BITS * caseBreaksIn[charset].reduce((sum, pair) => sum + highPairs[pair]!, 0)
  return Object.fromEntries(CYRILLIC_CHARSETS.map((c) => [c, scoreIn(c)])) as Record<CyrillicCharset, number>
}

/** The Cyrillic charset in which the bytes read best, if it reads at least `minBits` better than `assumed`, else `assumed`. */
function bestCyrillicOver(bytes: Uint8Array, assumed: CyrillicCharset, minBits: number): CyrillicCharset {
  const scores = scoreCyrillicReadings(bytes)
  const best = CYRILLIC_CHARSETS.reduce((a, b) => (scores[b] > scores[a] ? b : a))
  return scores[best] - scores[assumed] >= minBits ? best : assumed
}

/**
 * Over the corpus's Russian and Kazakh titles and texts, as written and in capitals, in each of these charsets, no other
 * reading scored more than 11 bits above the right one (Kazakh in MacCyrillic, whose « » windows-1251 reads as З И);
 * a mislabelled paragraph loses hundreds, a word or two less than this.
 */
const MISLABEL_MIN_BITS = 30
/**
 * Undeclared bytes are windows-1251 unless another reading is plainly better: not for a Belarusian «ў», which RK1048
 * reads as Kazakh «ұ», but for a KOI8-R «Ресей», or Kazakh in RK1048, whose letters windows-1251 reads as Serbian ones.
 */
const UNDECLARED_MIN_BITS = 8

/** Cyrillic text without a declared charset: windows-1251, or another of CYRILLIC_CHARSETS that plainly reads better. */
function guessCyrillic(bytes: Uint8Array): string {
  return bestCyrillicOver(bytes, 'windows-1251', UNDECLARED_MIN_BITS)
}

/**
 * The charset of a body declared in a single-byte Cyrillic charset: another of them when that one reads plainly better
 * (KOI8-R served under a server's or template's windows-1251 stays readable), else the declared one.
 */
function correctCyrillicLabel(bytes: Uint8Array, declared: string): string {
  const declaredLetters = iconv.decode(HIGH_BYTES, declared)
  const declaredAs = CYRILLIC_CHARSETS.find((c) => iconv.decode(HIGH_BYTES, c) === declaredLetters)
  if (!declaredAs) return declared
  const best = bestCyrillicOver(bytes, declaredAs, MISLABEL_MIN_BITS)
  return best === declaredAs ? declared : best
}

export interface Decoded {
  text: string
  charset: string
}

/**
 * Bytes to text. The charset comes from a BOM, then the HTTP header, then the XML
 * declaration or `<meta charset>`; with none (or a wrong "utf-8"), undeclared non-UTF-8
 * bytes are read as windows-1251 or another single-byte Cyrillic charset that plainly reads better, since our
 * sources are Cyrillic. A declared Cyrillic charset gives way to another that plainly reads better.
 */
export function decodeBody(bytes: Uint8Array, contentType?: string | null, kind: DecodeKind = 'html'): Decoded {
  const bom = bomCharset(bytes)
  if (bom) return { text: iconv.decode(Buffer.from(bytes.subarray(bom.length)), bom.charset), charset: bom.charset }
  const wide = sniffWideCharset(bytes)
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1')
  const declared = declaredCharset(head, kind)
  let charset = wide ?? headerCharset(contentType) ?? declared ?? null
  // A page declared (or assumed) UTF-8 whose bytes are not: trust the other declaration, else guess.
  if (charset === null || charset === 'utf-8') {
    const text = strictUtf8(bytes)
    if (text !== null) return { text, charset: 'utf-8' }
    charset = declared && declared !== 'utf-8' ? correctCyrillicLabel(bytes, declared) : guessCyrillic(bytes)
  } else if (!charset.startsWith('utf-') && bytes.some((b) => b >= 0x80)) {
    // Declared windows-1251 or the like (a server's default in the header, a template's XML declaration) over bytes
    // that are UTF-8: text in a legacy charset is next to never valid UTF-8 once it leaves ASCII, so the bytes decide.
    const text = strictUtf8(bytes)
    if (text !== null) return { text, charset: 'utf-8' }
    charset = correctCyrillicLabel(bytes, charset)
  }
  return { text: iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), charset), charset }
}
