/** Month names as dates print them in English, Russian and Kazakh: ingest reads pages' dates with them, the bot a date a reader typed. */

const MONTHS: Record<string, number> = {}
function addMonths(names: string[][]): void {
  names.forEach((forms, index) => {
    for (const form of forms) MONTHS[form] = index + 1
  })
}
addMonths([
  ['january', 'jan'], ['february', 'feb'], ['march', 'mar'], ['april', 'apr'], ['may'], ['june', 'jun'],
  ['july', 'jul'], ['august', 'aug'], ['september', 'sep', 'sept'], ['october', 'oct'], ['november', 'nov'], ['december', 'dec'],
])
// Russian: nominative and genitive («январь», «января») and the usual abbreviations.
addMonths([
  ['январь', 'января', 'янв'], ['февраль', 'февраля', 'фев', 'февр'], ['март', 'марта', 'мар'], ['апрель', 'апреля', 'апр'],
  ['май', 'мая'], ['июнь', 'июня', 'июн'], ['июль', 'июля', 'июл'], ['август', 'августа', 'авг'],
  ['сентябрь', 'сентября', 'сен', 'сент'], ['октябрь', 'октября', 'окт'], ['ноябрь', 'ноября', 'ноя', 'нояб'], ['декабрь', 'декабря', 'дек'],
])
// A month asked about with its year («в марте 2026 года»).
addMonths([['январе'], ['феврале'], ['марте'], ['апреле'], ['мае'], ['июне'], ['июле'], ['августе'], ['сентябре'], ['октябре'], ['ноябре'], ['декабре']])
// Kazakh months, with the case endings they take after a day number («11 сәуірде», «қаңтардың»).
addMonths([
  ['қаңтар'], ['ақпан'], ['наурыз'], ['сәуір'], ['мамыр'], ['маусым'], ['шілде'], ['тамыз'], ['қыркүйек'], ['қазан'], ['қараша'], ['желтоқсан'],
])
const KAZAKH_STEMS = ['қаңтар', 'ақпан', 'наурыз', 'сәуір', 'мамыр', 'маусым', 'шілде', 'тамыз', 'қыркүйек', 'қазан', 'қараша', 'желтоқсан']
/**
 * Kazakh months' short forms (CLDR's, and «желт.» as sites write December), written with their dot or without:
 * months only right after a day number («20 қаз.», «5 желт»), since «қаз» also begins «қазақ» and «там» is Russian for "there".
 */
const KAZAKH_ABBREVIATIONS = new Map(
  [['қаң.'], ['ақп.'], ['нау.'], ['сәу.'], ['мам.'], ['мау.'], ['шіл.'], ['там.'], ['қыр.'], ['қаз.'], ['қар.'], ['жел.', 'желт.']]
    .flatMap((forms, index) => forms.map((form) => [form, index + 1] as const)),
)

/**
 * The month `word` names; a Kazakh short form, with its dot or without («5 желт 2024»), only when `isAfterDay`,
 * the word following a day number.
 */
export function monthOf(word: string, isAfterDay = false): number | undefined {
  const short = isAfterDay ? KAZAKH_ABBREVIATIONS.get(word.toLowerCase().replace(/\.?$/, '.')) : undefined
  if (short !== undefined) return short
  const w = word.toLowerCase().replace(/\.$/, '')
  if (MONTHS[w] !== undefined) return MONTHS[w]
  const stem = KAZAKH_STEMS.find((s) => w.startsWith(s) && w.length - s.length <= 5)
  return stem ? MONTHS[stem] : undefined
}

/** Whether the date exists: 30 February and 31 November do not (Date would roll them into the next month). */
export function isCalendarDate(y: number, mo: number, d: number): boolean {
  return mo >= 1 && mo <= 12 && d >= 1 && d <= new Date(Date.UTC(y, mo, 0)).getUTCDate()
}
