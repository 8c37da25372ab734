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

/** The ten commonest letters of Russian text, which make up about half of it, in either case. */
const COMMON_LETTERS = new Set('оеаинтсрвлОЕАИНТСРВЛ')

/** The single-byte Cyrillic charsets a mislabelled page may really be in, by the names iconv-lite reads them under. */
const CYRILLIC_CHARSETS = ['windows-1251', 'koi8-r', 'iso-8859-5', 'ibm866'] as const
type CyrillicCharset = (typeof CYRILLIC_CHARSETS)[number]

const HIGH_BYTES = Buffer.from(Array.from({ length: 128 }, (_, i) => 0x80 + i))

/** For each byte from 0x80, whether `charset` reads it as one of COMMON_LETTERS. */
function commonLetterBytes(charset: string): boolean[] {
  return [...iconv.decode(HIGH_BYTES, charset)].map((letter) => COMMON_LETTERS.has(letter))
}

const COMMON_IN = Object.fromEntries(CYRILLIC_CHARSETS.map((c) => [c, commonLetterBytes(c)])) as Record<CyrillicCharset, boolean[]>

/** How many bytes each Cyrillic charset reads as one of Russian's commonest letters (counted by byte value first: a body may be 10 MB). */
function countCommonLetters(bytes: Uint8Array): Record<CyrillicCharset, number> {
  const occurrences = new Uint32Array(256)
  for (let i = 0; i < bytes.length; i++) occurrences[bytes[i]!]!++
  const countIn = (charset: CyrillicCharset) => COMMON_IN[charset].reduce((sum, isCommon, i) => (isCommon ? sum + occurrences[0x80 + i]! : sum), 0)
  return Object.fromEntries(CYRILLIC_CHARSETS.map((c) => [c, countIn(c)])) as Record<CyrillicCharset, number>
}

/**
 * Cyrillic text without a declared charset: windows-1251 or KOI8-R, whichever reads as more of
 * Russian's commonest letters. Counting lower-case letters instead misread a headline in capitals,
 * since the two charsets swap the cases' byte ranges.
 */
function guessCyrillic(bytes: Uint8Array): string {
  const counts = countCommonLetters(bytes)
  return counts['koi8-r'] > counts['windows-1251'] ? 'koi8-r' : 'windows-1251'
}

/**
 * Russian and Kazakh pages read as 1.56–2.1 times the common letters in their own charset as in
 * another (a headline in capitals, 1.35 at worst): a wrong charset never reaches 1.5 times the right one.
 */
const MISLABEL_RATIO = 1.5
/** Fewer common letters than this (a handful of Cyrillic words) are too few to overrule a declaration. */
const MISLABEL_MIN_LETTERS = 20

/**
 * The charset of a body declared in a single-byte Cyrillic charset: another of them when that
 * one plainly reads as Russian or Kazakh and the declared one does not (KOI8-R served under a
 * server's or template's windows-1251 stays readable), else the declared one.
 */
function correctCyrillicLabel(bytes: Uint8Array, declared: string): string {
  const declaredLetters = iconv.decode(HIGH_BYTES, declared)
  const declaredAs = CYRILLIC_CHARSETS.find((c) => iconv.decode(HIGH_BYTES, c) === declaredLetters)
  if (!declaredAs) return declared
  const counts = countCommonLetters(bytes)
  const best = CYRILLIC_CHARSETS.reduce((a, b) => (counts[b] > counts[a] ? b : a))
  return counts[best] >= MISLABEL_MIN_LETTERS && counts[best] >= MISLABEL_RATIO * counts[declaredAs] ? best : declared
}

export interface Decoded {
  text: string
  charset: string
}

/**
 * Bytes to text. The charset comes from a BOM, then the HTTP header, then the XML
 * declaration or `<meta charset>`; with none (or a wrong "utf-8"), undeclared non-UTF-8
 * bytes are read as windows-1251 or KOI8-R, since our sources are Cyrillic. A declared Cyrillic
 * charset gives way to another that plainly reads as Russian or Kazakh where it does not.
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
