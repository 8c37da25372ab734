import { tokenize } from './language/normalize.js'

/**
 * Continents and regions readers ask for as if they were countries («Африка», "Europe", «Орталық Азия», «Ближний Восток»,
 * «Латинская Америка»): no item has one as its partner, so each is answered with its countries. Members as the UN geoscheme
 * groups them (the Middle East as the usual West Asia and Egypt); the forms are those readers type in the three languages.
 */
const REGIONS: readonly { id: string; forms: readonly string[]; members: readonly string[] }[] = [
  {
    id: 'africa',
    forms: ['africa', 'африка', 'африке', 'африки', 'африку', 'африкой', 'африкада', 'африкамен', 'африканың', 'африкаға', 'африкадағы'],
    members: 'DZ AO BJ BW BF BI CV CM CF TD KM CG CD CI DJ EG GQ ER SZ ET GA GM GH GN GW KE LS LR LY MG MW ML MR MU MA MZ NA NE NG RW ST SN SC SL SO ZA SS SD TZ TG TN UG ZM ZW EH'.split(' '),
  },
  {
    id: 'europe',
    forms: ['europe', 'европа', 'европе', 'европы', 'европу', 'европой', 'еуропа', 'еуропада', 'еуропамен', 'еуропаның', 'еуропаға', 'еуропа елдері', 'european countries', 'страны европы'],
    members: 'AL AD AT BY BE BA BG HR CY CZ DK EE FI FR DE GR HU IS IE IT LV LI LT LU MT MD MC ME NL MK NO PL PT RO RU SM RS SK SI ES SE CH UA GB VA'.split(' '),
  },
  {
    id: 'central-asia',
    forms: ['central asia', 'центральная азия', 'центральной азии', 'центральную азию', 'средняя азия', 'средней азии', 'орталық азия', 'орталық азиядағы', 'орталық азия елдері', 'орталық азиямен'],
    members: ['KZ', 'KG', 'TJ', 'TM', 'UZ'],
  },
  {
    id: 'middle-east',
    forms: ['middle east', 'the middle east', 'near east', 'ближний восток', 'ближнего востока', 'ближнем востоке', 'ближним востоком', 'таяу шығыс', 'таяу шығыстағы', 'таяу шығыспен', 'таяу шығыс елдері'],
    members: 'BH CY EG IR IQ IL JO KW LB OM PS QA SA SY TR AE YE'.split(' '),
  },
  {
    id: 'latin-america',
    forms: ['latin america', 'латинская америка', 'латинской америки', 'латинской америке', 'латинскую америку', 'латын америкасы', 'латын америкасындағы', 'латын америкасымен', 'латын америкасы елдері', 'south america', 'южная америка', 'южной америки', 'оңтүстік америка'],
    members: 'AR BO BR CL CO CR CU DO EC SV GT HN HT MX NI PA PY PE UY VE'.split(' '),
  },
]

/** Prepositions a region is asked with («по Африке», "in Europe", «с Латинской Америкой»), read without them. */
const LEADING_PREPOSITION = /^(?:по|с|со|в|во|для|из|о|об|про|от|на|with|in|to|from|for|of|about)\s+/u

/** The region `text` names, with its member countries, or null. */
export function findRegion(text: string): { id: string; members: readonly string[] } | null {
  const typed = tokenize(text).map((t) => t.norm).join(' ').replace(LEADING_PREPOSITION, '')
  const found = REGIONS.find((region) => region.forms.some((form) => tokenize(form).map((t) => t.norm).join(' ') === typed))
  return found ? { id: found.id, members: found.members } : null
}
