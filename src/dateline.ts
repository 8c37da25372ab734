/** A place in capitals: «АСТАНА», "HONG KONG", «НҰР-СҰЛТАН», «AQTAÝ». */
const PLACE = String.raw`\p{Lu}[\p{Lu}-]{2,}(?:[ -]\p{Lu}[\p{Lu}-]+)*`
/** The day a dateline may carry: «13 мая», «28 қараша», "April 29", «13 mamır». */
const DAY = String.raw`\d{1,2}\s+\p{L}+|\p{L}+\s+\d{1,2}`
/** Kazinform under its names in the three languages and both Kazakh scripts, in capitals or not. */
const AGENCY = 'KAZINFORM|Kazinform|КАЗИНФОРМ|Казинформ|QAZINFORM|Qazinform|ҚАЗАҚПАРАТ|ҚазАқпарат|QAZAQPARAT|QazAqparat'
/**
 * The agency dateline before the first sentence: «АСТАНА. KAZINFORM —», "ASTANA –", «НУР-СУЛТАН.», «ДУШАНБЕ. КАЗИНФОРМ —»,
 * places joined by a dash («АСТАНА — ТОКИО. КАЗИНФОРМ —», "BEIJING – HONG KONG. KAZINFORM –"), a day after the place
 * («АСТАНА. 13 мая.», «АСТАНА. 28 қараша. ҚазАқпарат —», "KAZAN. April 29. KAZINFORM –"), the agency in Kazakh in either
 * script («ӨСКЕМЕН. ҚазАқпарат —», «ASTANA. QazAqparat –»), or the agency alone, ending with a dash or a dot.
 */
const DATELINE = new RegExp(String.raw`^(?:${PLACE}(?:\s*[–—-]\s*${PLACE})*(?:\.\s+(?:${DAY}))?(?:[.,]?\s+(?:${AGENCY}))?|${AGENCY})\s*[.–—-]\s+`, 'u')

/** The text without the agency's dateline it starts with, if any: what was signed or held comes first. */
export function stripDateline(text: string): string {
  return text.replace(DATELINE, '')
}
