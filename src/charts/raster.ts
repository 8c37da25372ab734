import { createHash } from 'node:crypto'
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'

/**
 * The charts' own width, one pixel per SVG unit. Telegram would take up to 1280 px, but a chat
 * shows a photo at half that, it re-encodes photos as JPEG anyway, and 1280 px cost half as much
 * again to draw and encode (a /stats overview: 90 ms instead of 60 on an idle core).
 */
export const PNG_WIDTH = 960

const require = createRequire(import.meta.url)
/**
 * Noto Sans (Google Fonts, from an npm package) covers Cyrillic with every Kazakh letter; system
 * fonts are not read, so a picture looks the same on every machine and in the container.
 */
const FONT_FILES = ['400Regular/NotoSans_400Regular.ttf', '700Bold/NotoSans_700Bold.ttf'].map((file) => require.resolve(`@expo-google-fonts/noto-sans/${file}`))
const FONT_FAMILY = 'Noto Sans'

/**
 * Every character a picture may hold: Latin with its extensions (Kazakh Latin, accented country
 * names), combining accents, Cyrillic with its supplement (the Kazakh letters), punctuation and
 * spaces (Intl's narrow no-break space groups digits), currency, letter-like and arrow signs.
 */
const DRAWN_RANGES: readonly (readonly [number, number])[] = [
  [0x20, 0x24f], [0x300, 0x36f], [0x400, 0x52f], [0x2000, 0x206f], [0x20a0, 0x20cf], [0x2100, 0x214f], [0x2190, 0x21ff], [0x2212, 0x2212],
]
export const isDrawnCharacter = (char: string): boolean => {
  const code = char.codePointAt(0) ?? 0
  return DRAWN_RANGES.some(([first, last]) => code >= first && code <= last)
}
const DRAWN_CHARACTERS = DRAWN_RANGES.flatMap(([first, last]) => Array.from({ length: last - first + 1 }, (_, i) => String.fromCodePoint(first + i))).join('')

/**
 * Noto Sans cut down to DRAWN_CHARACTERS (harfbuzz's subsetter, as WebAssembly from npm): the
 * full font covers Greek, Vietnamese and more, and resvg reads its tables for every text it
 * lays out, a quarter of an overview's drawing time. Cut once per machine into the temporary
 * folder (named by the fonts' digest, written under a temporary name and renamed, so processes
 * never read half a file); the full fonts serve if that cannot be done.
 */
async function subsetFontFiles(): Promise<string[]> {
  try {
    const fonts = await Promise.all(FONT_FILES.map((file) => readFile(file)))
    const digest = createHash('sha256').update(DRAWN_CHARACTERS)
    for (const font of fonts) digest.update(font)
    const dir = join(tmpdir(), `coopwatch-fonts-${digest.digest('hex').slice(0, 16)}`)
    await mkdir(dir, { recursive: true })
    return await Promise.all(FONT_FILES.map(async (file, i) => {
      const path = join(dir, basename(file))
      const isCut = await stat(path).then((s) => s.size > 0, () => false)
      if (!isCut) {
        const { default: subsetFont } = await import('subset-font')
        const partial = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}`
        await writeFile(partial, await subsetFont(fonts[i]!, DRAWN_CHARACTERS, { targetFormat: 'truetype' }))
        await rename(partial, path)
      }
      return path
    }))
  } catch {
    return FONT_FILES
  }
}

let fontFiles: Promise<string[]> | undefined

/** A standalone SVG of ours as a PNG `width` pixels wide, drawn by resvg on libuv's thread pool. */
export async function rasterise(svg: string, width = PNG_WIDTH): Promise<Buffer> {
  // Imported on the first picture (later imports come from Node's module cache): loading the
  // native binding takes about 45 ms, which the bot's start-up need not wait for.
  const { renderAsync } = await import('@resvg/resvg-js')
  fontFiles ??= subsetFontFiles()
  const image = await renderAsync(svg, {
    font: { loadSystemFonts: false, fontFiles: await fontFiles, defaultFontFamily: FONT_FAMILY, sansSerifFamily: FONT_FAMILY },
    fitTo: { mode: 'width', value: width },
  })
  return image.asPng()
}
