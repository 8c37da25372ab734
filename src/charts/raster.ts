import { createRequire } from 'node:module'

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

/** A standalone SVG of ours as a PNG `width` pixels wide, drawn by resvg on libuv's thread pool. */
export async function rasterise(svg: string, width = PNG_WIDTH): Promise<Buffer> {
  // Imported on the first picture (later imports come from Node's module cache): loading the
  // native binding takes about 45 ms, which the bot's start-up need not wait for.
  const { renderAsync } = await import('@resvg/resvg-js')
  const image = await renderAsync(svg, {
    font: { loadSystemFonts: false, fontFiles: FONT_FILES, defaultFontFamily: FONT_FAMILY, sansSerifFamily: FONT_FAMILY },
    fitTo: { mode: 'width', value: width },
  })
  return image.asPng()
}
