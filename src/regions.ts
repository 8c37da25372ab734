import { tokenize } from './language/normalize.js'

interface Region {
  id: string
  forms: readonly string[]
  members: readonly string[]
  /** A state that is no more (the USSR, Yugoslavia): its members are its successor states of today. */
  isFormer?: boolean
}

/**
 * Continents and regions readers ask for as if they were countries («Африка», "Europe", «Орталық Азия», «Ближний Восток»,
 * «Латинская Америка»): no item has one as its partner, so each is answered with its countries. Members as the UN geoscheme
 * groups them (the Middle East as the usual West Asia and Egypt); the forms are those readers type in the three languages.
 */
const REGIONS: readonly Region[] = [
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
  // Former states readers name the partner of their day by («СССР» was offered the Central African Republic): each is answered
  // with the states that succeeded it, as a region is with its countries.
  {
    id: 'ussr',
    forms: ['ussr', 'u.s.s.r.', 'soviet union', 'the soviet union', 'ссср', 'советский союз', 'советского союза', 'советском союзе', 'советским союзом', 'советскому союзу', 'ксро', 'кеңес одағы', 'кеңес одағының', 'кеңес одағымен', 'кеңес одағында', 'кеңестер одағы', 'срср', 'радянський союз', 'радянського союзу'],
    members: 'AM AZ BY EE GE KZ KG LV LT MD RU TJ TM UA UZ'.split(' '),
    isFormer: true,
  },
  {
    id: 'yugoslavia',
    forms: ['yugoslavia', 'югославия', 'югославии', 'югославию', 'югославией', 'югославиямен', 'югославияның', 'югославія', 'югославії'],
    members: 'BA HR ME MK RS SI'.split(' '),
    isFormer: true,
  },
  {
    id: 'czechoslovakia',
    forms: ['czechoslovakia', 'чехословакия', 'чехословакии', 'чехословакию', 'чехословакией', 'чехословакиямен', 'чехословакияның', 'чехословаччина', 'чехословаччини'],
    members: ['CZ', 'SK'],
    isFormer: true,
  },
]

/** Prepositions a region is asked with («по Африке», "in Europe", «с Латинской Америкой»), read without them. */
const LEADING_PREPOSITION = /^(?:по|с|со|в|во|для|из|о|об|про|от|на|with|in|to|from|for|of|about)\s+/u

/** The region (or former state) `text` names, with its member countries (its successor states), or null. */
export function findRegion(text: string): { id: string; members: readonly string[]; isFormer: boolean } | null {
  const typed = tokenize(text).map((t) => t.norm).join(' ').replace(LEADING_PREPOSITION, '')
  const found = REGIONS.find((region) => region.forms.some((form) => tokenize(form).map((t) => t.norm).join(' ') === typed))
  return found ? { id: found.id, members: found.members, isFormer: found.isFormer === true } : null
}
