import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { DEFAULT_CONFIDENCE_THRESHOLD, classify, createClassifier } from '../../src/classify/classify.js'
import { TARGETS, computeFigures, type Label } from '../../src/classify/evaluate.js'
import type { Classification, Kind } from '../../src/classify/types.js'

const KZ = { homeCountry: 'KZ' }

interface Expected {
  relevant: boolean
  kind?: Kind | null
  partners?: string[]
  orgs?: string[]
}

function labelOf(c: Classification): Expected {
  return { relevant: c.relevant, kind: c.kind, partners: c.partners, orgs: c.orgs }
}

const HARD_CASES: [name: string, title: string, body: string, expected: Expected][] = [
  [
    'a partner named only through its museum, inflected',
    'Министр культуры провела встречу с директором Лувра',
    'Министр культуры и информации РК провела встречу с президентом-директором Лувра. Стороны обсудили стажировки казахстанских реставраторов.',
    { relevant: true, kind: 'meeting', partners: ['FR'], orgs: [] },
  ],
  [
    'Kazakh instrumental case',
    'Қазақстан Түркиямен мәдениет саласындағы ынтымақтастық бағдарламасына қол қойды',
    'Мәдениет және ақпарат министрлігі Түркиямен 2025-2027 жылдарға арналған бағдарламаға қол қойды. Бағдарлама театр гастрольдерін қамтиды.',
    { relevant: true, kind: 'agreement', partners: ['TR'], orgs: [] },
  ],
  [
    'a domestic memorandum has no partner',
    'National Library and Kazakh National University of Arts sign memorandum',
    'The National Library of the Republic of Kazakhstan and the Kazakh National University of Arts signed a memorandum of cooperation on joint exhibitions of rare books.',
    { relevant: true, kind: 'agreement', partners: [], orgs: [] },
  ],
  [
    'trade between the same countries',
    'Kazakhstan and Hungary sign agreement on grain exports',
    'The agriculture ministers of Kazakhstan and Hungary signed an agreement on grain exports and veterinary certificates.',
    { relevant: false },
  ],
  [
    'cultural cooperation between two other countries',
    'Uzbekistan and Georgia sign culture programme',
    'Tashkent. The culture ministers of Uzbekistan and Georgia signed a programme of cooperation in theatre and museums. Kazakhstan has a similar programme.',
    { relevant: false },
  ],
  [
    '"memorandum" in another sense',
    'Developers sign memorandum on housing prices',
    'Twelve developers in Astana signed a memorandum capping the price of flats for the next year.',
    { relevant: false },
  ],
  [
    'a sidebar headline naming another country',
    'Kazakhstan and Russia sign museum cooperation roadmap',
    'The culture ministries of Kazakhstan and Russia signed a roadmap on museum exchanges.\nRead also\nBelarus holds presidential election\nChina opens new trade route',
    { relevant: true, kind: 'agreement', partners: ['RU'], orgs: [] },
  ],
  [
    'a capital that is only the venue',
    'Kazakh and Uzbek culture ministers meet in Minsk',
    'The culture ministers of Kazakhstan and Uzbekistan held talks in Minsk on the sidelines of a forum and discussed theatre tours.',
    { relevant: true, kind: 'meeting', partners: ['UZ'], orgs: [] },
  ],
  [
    'a signing announced for later is a meeting',
    'Вице-министр культуры встретился с послом Японии',
    'Вице-министр культуры и информации РК встретился с послом Японии. Стороны обсудили обмен выставками. Меморандум между музеями планируется подписать осенью.',
    { relevant: true, kind: 'meeting', partners: ['JP'], orgs: [] },
  ],
  [
    'a commission that signs is an agreement',
    'Kazakhstan-Azerbaijan humanitarian sub-commission meets in Baku',
    'The sub-commission on humanitarian cooperation of Kazakhstan and Azerbaijan held its session in Baku. The parties signed a programme of cooperation in culture for 2025-2027.',
    { relevant: true, kind: 'agreement', partners: ['AZ'], orgs: [] },
  ],
  [
    'an organisation as a party',
    'Kazakhstan and UNESCO sign agreement on heritage training',
    'The Ministry of Culture and Information of Kazakhstan and UNESCO signed an agreement on training heritage specialists.',
    { relevant: true, kind: 'agreement', partners: [], orgs: ['UNESCO'] },
  ],
  [
    'an organisation only mentioned',
    'Казахстан и Кыргызстан проведут фестиваль молодежных театров',
    'Министерства культуры Казахстана и Кыргызстана договорились совместно провести фестиваль молодежных театров стран СНГ под эгидой ЮНЕСКО.',
    { relevant: true, kind: 'event', partners: ['KG'], orgs: [] },
  ],
  [
    'an earlier visit is no party',
    'Министр культуры встретилась с послом Кореи',
    'Министр культуры и информации РК встретилась с послом Кореи. Стороны обсудили Год корейской культуры. Ранее министр посетила Францию.',
    { relevant: true, kind: 'meeting', partners: ['KR'], orgs: [] },
  ],
  [
    'a tag cloud naming a country',
    'Казахстан и Венгрия подписали меморандум в сфере архивов',
    'Архивы Казахстана и Венгрии подписали меморандум о сотрудничестве.\nТеги: горячие новости 364 Китай 37 погода 90 футбол 63 Россия 12 доллар 51 бокс 51',
    { relevant: true, kind: 'agreement', partners: ['HU'], orgs: [] },
  ],
  [
    'healthcare between the same countries',
    'Қазақстан мен Түркия денсаулық сақтау саласында меморандумға қол қойды',
    'Денсаулық сақтау министрлігі мен Түркия тарапы ауруханалар арасындағы ынтымақтастық туралы меморандумға қол қойды.',
    { relevant: false },
  ],
]

describe('classify: hard cases', () => {
  it.each(HARD_CASES)('%s', (_name, title, body, expected) => {
    const got = classify({ title, body }, KZ)
    expect(labelOf(got)).toMatchObject(expected)
  })
})

describe('classify: contract', () => {
  it('never lists the home country, whichever it is', () => {
    const article = {
      title: 'Uzbekistan and Kazakhstan sign cultural cooperation programme',
      body: 'The culture ministers of Uzbekistan and Kazakhstan signed a programme of cultural cooperation in Tashkent.',
    }
    expect(classify(article, { homeCountry: 'KZ' }).partners).toEqual(['UZ'])
    expect(classify(article, { homeCountry: 'UZ' }).partners).toEqual(['KZ'])
  })

  it('judges relevance from the home country', () => {
    const article = {
      title: 'Uzbekistan and Türkiye sign cultural cooperation programme',
      body: 'The culture ministers of Uzbekistan and Türkiye signed a programme of cooperation in theatre and museums.',
    }
    expect(classify(article, { homeCountry: 'KZ' }).relevant).toBe(false)
    expect(labelOf(classify(article, { homeCountry: 'UZ' }))).toMatchObject({ relevant: true, kind: 'agreement', partners: ['TR'] })
  })

  it('reads aliases an admin taught', () => {
    const article = {
      title: 'Ministry signs memorandum with the Ruritanian national gallery',
      body: 'The Ministry of Culture and Information of Kazakhstan signed a memorandum of cooperation with the National Gallery of Ruritania on exhibition exchanges.',
    }
    expect(classify(article, KZ).partners).toEqual([])
    expect(classify(article, { homeCountry: 'KZ', extraAliases: [{ alias: 'Ruritania', country: 'RU' }] }).partners).toEqual(['RU'])
  })

  it('detects the language, Kazakh included', () => {
    const kk = classify({ title: 'Қазақстан мен Франция мұражайлары меморандумға қол қойды', body: '' }, KZ)
    const ru = classify({ title: 'Казахстан и Франция подписали меморандум о сотрудничестве музеев', body: '' }, KZ)
    const en = classify({ title: 'Kazakhstan and France sign a memorandum on museum cooperation', body: '' }, KZ)
    expect([kk.lang, ru.lang, en.lang]).toEqual(['kk', 'ru', 'en'])
  })

  it('gives kind null, a confidence in 0..1 and evidence', () => {
    const irrelevant = classify({ title: 'Snow expected in Astana', body: 'Forecasters expect heavy snow.' }, KZ)
    expect(irrelevant).toMatchObject({ relevant: false, kind: null, partners: [] })
    const relevant = classify({ title: 'Kazakhstan and Hungary sign library memorandum', body: 'The national libraries of Kazakhstan and Hungary signed a memorandum.' }, KZ)
    for (const c of [irrelevant, relevant]) expect(c.confidence).toBeGreaterThanOrEqual(0)
    for (const c of [irrelevant, relevant]) expect(c.confidence).toBeLessThanOrEqual(1)
    expect(relevant.confidence).toBeGreaterThanOrEqual(DEFAULT_CONFIDENCE_THRESHOLD)
    expect(relevant.evidence.length).toBeGreaterThan(0)
  })
})

interface LabelledLine {
  id: string
  title: string
  body: string
  split: 'tuning' | 'heldout'
  label: Label
}

const labelled = readFileSync(new URL('../fixtures/labelled.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line.trim())
  .map((line) => JSON.parse(line) as LabelledLine)
const classifier = createClassifier(KZ)

describe('classify: the labelled set', () => {
  it.each(labelled.filter((item) => item.split === 'tuning').map((item) => [item.id, item] as const))('tuning %s', (_id, item) => {
    const got = classifier({ title: item.title, body: item.body })
    const { relevant, kind, partners, orgs } = item.label
    const expected = relevant ? { relevant, kind, partners, orgs } : { relevant }
    expect(labelOf(got)).toMatchObject(expected)
  })

  it('meets the targets on the held-out split', () => {
    const heldout = labelled.filter((item) => item.split === 'heldout')
    const figures = computeFigures(heldout.map((item) => ({ item, predicted: classifier({ title: item.title, body: item.body }) })))
    expect(figures.f1).toBeGreaterThanOrEqual(TARGETS.relevantF1)
    expect(figures.partners).toBeGreaterThanOrEqual(TARGETS.partners)
    expect(figures.kind).toBeGreaterThanOrEqual(TARGETS.kind)
  })
})
