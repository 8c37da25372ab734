import { describe, expect, it } from 'vitest'
import { SHIPPED_MODEL, createAnalyser } from '../../src/classify/classify.js'
import { CUE_ENTRIES, isSector } from '../../src/classify/lexicon/cues.js'
import { createLexicon } from '../../src/classify/lexicon/lexicon.js'
import type { ClassifierModel } from '../../src/classify/model/model.js'
import { decideSectors } from '../../src/classify/model/predict.js'
import { SECTORS, type Sector } from '../../src/classify/types.js'
import { tokenize } from '../../src/language/normalize.js'

const cueLexicon = createLexicon(CUE_ENTRIES)

/** The sectors the cue lexicon reads in `text`, each once, sorted. */
function sectorsIn(text: string): string[] {
  const found = new Set(cueLexicon.findAll(tokenize(text)).flatMap((m) => m.value.filter(isSector)))
  return [...found].sort()
}

describe('sector cues', () => {
  it('reads no schooling into diplomats and diplomacy, while a diploma stays education', () => {
    for (const text of [
      'Diplomats of both embassies met to mark thirty years of diplomatic relations and economic diplomacy.',
      'Дипломаты двух посольств отметили годовщину дипломатических отношений.',
      'Екі елдің дипломаттары дипломатиялық қарым-қатынастың мерейтойын атап өтті.',
    ]) expect(sectorsIn(text), text).toEqual([])
    for (const text of ['Graduates received a joint diploma.', 'Выпускники получили двойные дипломы.', 'Түлектер екі дипломға ие болды.']) {
      expect(sectorsIn(text), text).toEqual(['education'])
    }
  })

  it('reads a Kazakh book in all its cases as literature, a library staying a library', () => {
    for (const text of ['Елшілік кітапты сыйға тартты.', 'Абай кітабының тұсаукесері өтті.', 'Ақынның кітабын аударды.', 'Кітаптың таралымы мың дана.']) {
      expect(sectorsIn(text), text).toEqual(['literature'])
    }
    expect(sectorsIn('Ұлттық кітапханасының директоры келді.')).toEqual(['libraries'])
  })

  it('reads an opera as music as well as theatre, in the three languages, and an operation as neither', () => {
    for (const text of ['The opera house staged a new production.', 'Оперный театр показал премьеру оперы.', 'Опера театры жаңа қойылымды көрсетті.']) {
      expect(sectorsIn(text), text).toEqual(['music', 'theatre'])
    }
    expect(sectorsIn('Операция завершилась, оператор уехал.')).toEqual([])
  })

  it('reads the language a book or a broadcast is in as no education, while language teaching stays education', () => {
    for (const text of ['Ақынның өлеңдері жапон тілінде жарық көрді.', 'The poems came out in the Japanese language.', 'Стихи вышли на японском языке.']) {
      expect(sectorsIn(text), text).not.toContain('education')
    }
    for (const text of ['Студенттер қазақ тілін үйренеді.', 'Courses of the Kazakh language opened.', 'Открылись курсы казахского языка.']) {
      expect(sectorsIn(text), text).toContain('education')
    }
  })

  it('reads works, anthologies, prose and poems as literature in the three languages, creative work staying culture', () => {
    for (const text of [
      'Жазушының шығармалары неміс оқырмандарына жол тартты.',
      'Ақынның өлеңдері жарық көрді.',
      'An anthology of modern prose and poems came out.',
      'Вышла антология современной прозы и стихотворений.',
    ]) expect(sectorsIn(text), text).toEqual(['literature'])
    expect(sectorsIn('Шығармашылық ұжымдар кездесті.')).toEqual([])
  })

  it('reads the art of those who play, act or dance, in the three languages, however their longer words hide its own', () => {
    const cases: [string, Sector][] = [
      ['Iranian artists take part in the festival.', 'arts'],
      ['The dancers toured Seoul.', 'arts'],
      ['Танцоры показали номер.', 'arts'],
      ['Бишілер сахнаға шықты.', 'arts'],
      ['The pianist and the conductor came from Vienna.', 'music'],
      ['Пианист и дирижер выступили в Минске.', 'music'],
      ['Скрипкашы мен пианист келді.', 'music'],
      ['Actors and actresses of both countries met.', 'theatre'],
      ['Актеры и актрисы приехали в Бишкек.', 'theatre'],
    ]
    for (const [text, sector] of cases) expect(sectorsIn(text), text).toEqual([sector])
  })

  // English calls the players in politics and markets actors: "non-state actors" is no theatre, nor culture for relevance.
  it('reads no theatre into the actors of politics, markets and security, while a theatre\'s actors stay theatre', () => {
    for (const text of ['The dialogue discussed the role of non-state actors in Central Asia.', 'Key actors of the transit corridor met.',
      'Regional actors and state actors shape security.', 'Civil society actors and private actors took part.']) {
      expect(sectorsIn(text), text).toEqual([])
    }
    expect(sectorsIn('The actors of the Kazakh drama theatre toured Ankara.')).toEqual(['theatre'])
  })

  it("reads the field of days or weeks of a field's own, as days of culture keep their culture", () => {
    const cases: [string, Sector][] = [
      ['Days of Kazakh cinema open in Minsk.', 'cinema'],
      ['Kazakh film week opens in Seoul.', 'cinema'],
      ['В Минске прошли дни казахского кино.', 'cinema'],
      ['Беларусь киносы күндері өтті.', 'cinema'],
      ['Қазақстан киносы апталығы басталды.', 'cinema'],
      ['Өнер күндері басталды.', 'arts'],
      ['В Ташкенте прошли дни казахского искусства.', 'arts'],
      ['В Бишкеке прошли дни казахской литературы.', 'literature'],
      ['Қазақ әдебиеті күндері өтті.', 'literature'],
    ]
    for (const [text, sector] of cases) expect(sectorsIn(text), text).toContain(sector)
  })

  // «өнер» is the first letters of industry («өнеркәсіп»): its day is no art's, nor any event of culture.
  it('reads no art into the day of industry, which stays out of scope', () => {
    expect(sectorsIn('Өнеркәсіп күні аталып өтті.')).toEqual([])
    expect(cueLexicon.findAll(tokenize('Өнеркәсіп күні аталып өтті.')).flatMap((m) => m.value)).toContain('out')
    for (const text of ['Жапон өнерінің күндері ашылды.', 'Қазақ өнері күндері өтті.', 'Өнер күндері басталды.']) expect(sectorsIn(text), text).toEqual(['arts'])
  })

  it('reads songs as music in the three languages', () => {
    for (const text of ['Kazakh songs were performed.', 'Прозвучали казахские народные песни.', 'Сборник песен вышел в Минске.', 'Қазақ халық әндері орындалды.']) {
      expect(sectorsIn(text), text).toEqual(['music'])
    }
  })

  it.each<[string, Sector]>([
    ['A youth hockey school signs a memo with a Tashkent club', 'sport'],
    ['Футбольные академии двух стран договорились об обмене', 'sport'],
    ['The chess federations agreed to hold a joint tournament', 'sport'],
    ['Аида Балаева встретилась с верховными муфтиями Монголии', 'religion'],
    ['Мүфти мен имамдар кездесті', 'religion'],
    ['Imams and clergy of the two countries met in Astana', 'religion'],
    ['The display includes Bronze Age and Early Iron Age artefacts', 'archaeology'],
    ['The Golden Man exhibition opens in Tashkent', 'archaeology'],
    ['В Минске покажут «Золотого человека» и артефакты бронзового века', 'archaeology'],
    ['Көрмеде Алтын адам мен қола дәуірінің артефактілері қойылды', 'archaeology'],
  ])('reads %s as %s', (text, sector) => {
    expect(sectorsIn(text)).toContain(sector)
  })
})

const analyse = createAnalyser({ homeCountry: 'KZ' })

/** How many words of the article the sector's features count, wherever they stand. */
function sectorWords(title: string, body: string, sector: Sector): number {
  const features = analyse({ title, body }).sectors.get(sector) ?? {}
  return ['s.title', 's.lead', 's.coop', 's.body'].reduce((sum, name) => sum + Math.round(Math.expm1(features[name] ?? 0)), 0)
}

describe('sector features', () => {
  it('counts no education for an orchestra, theatre or library titled "academic", but does for academic exchanges', () => {
    const cases: [string, string][] = [
      ['The State Academic Orchestra of Folk Instruments tours Romania', 'The orchestra gave concerts in Bucharest and Constanta.'],
      ['Ұлттық академиялық кітапханасы Минскіде келісім жасасты', 'Кітапхана директоры келісімге қол қойды.'],
      ['Kupala National Academic Theatre comes to Astana', 'The troupe brings two plays.'],
    ]
    for (const [title, body] of cases) expect(sectorWords(title, body, 'education'), title).toBe(0)
    expect(sectorWords('Universities agree on academic exchanges', 'The sides will widen academic mobility.', 'education')).toBeGreaterThanOrEqual(2)
  })
})

describe('words only the sectors read', () => {
  it('counts a photo exhibition and its photographers as arts in the three languages, a photo credit as nothing', () => {
    const cases: [string, string][] = [
      ['Photo exhibition "Kazakhstan Today" opens in Ufa', 'Works by Kazakh photographers are on show.'],
      ['В Уфе открылась фотовыставка «Казахстан сегодня»', 'Представлены работы казахстанских фотографов.'],
      ['Ханойда «Белгісіз Қазақстан» фотокөрмесі өтті', 'Көрмеде қазақстандық фотографтардың жұмыстары қойылды.'],
    ]
    for (const [title, body] of cases) expect(sectorWords(title, body, 'arts'), title).toBe(2)
    expect(sectorWords('Ministers meet in Astana', 'Фото: пресс-служба Акорды', 'arts')).toBe(0)
  })
})

describe('fields listed', () => {
  const listed = (title: string, body: string, sector: Sector): number => Math.round(Math.expm1(analyse({ title, body }).sectors.get(sector)?.['s.listed'] ?? 0))

  it('counts each sector a list of fields of cooperation names, in the three languages, wherever the list stands', () => {
    const cases: [string, string, Sector[]][] = [
      ['Kazakhstan and China sign a joint statement', 'Cooperation in education, health care, sport and tourism is also to be reinforced.', ['education', 'sport', 'tourism']],
      ['Молодежный форум открылся в Астане', 'Участники готовы реализовывать совместные проекты в образовании, науке, культуре и спорте.', ['education', 'science', 'sport']],
      ['Тоқаев ТМД мәдениет жылын жариялады', 'Мәдениет, туризм және спорт салаларындағы ынтымақтастықты нығайту жоспарланған.', ['tourism', 'sport']],
    ]
    for (const [title, body, sectors] of cases) for (const sector of sectors) expect(listed(title, body, sector), `${title}: ${sector}`).toBe(1)
  })

  it('counts no list where fields are named apart, or two side by side', () => {
    expect(listed('Sports minister meets Kazakh envoy', 'They discussed culture. The sides also spoke of universities.', 'sport')).toBe(0)
    expect(listed('Education and science ministers meet', 'The ministers of education and science met in Astana.', 'education')).toBe(0)
  })
})

describe('broad words', () => {
  const broad = (title: string, body: string, sector: Sector): number => Math.round(Math.expm1(analyse({ title, body }).sectors.get(sector)?.['s.broad'] ?? 0))

  it('counts history, the spiritual, the young and a bare agency apart from the words that name heritage, religion, youth and media', () => {
    const cases: [string, string, Sector][] = [
      ['Institute of History signs a memorandum with Tashkent', 'The historians will study the shared history of the two peoples.', 'heritage'],
      ['«Рухани жаңғыру» бағдарламасы аясында кездесу өтті', 'Тараптар рухани құндылықтарды талқылады.', 'religion'],
      ['Young scientists of both countries meet in Almaty', 'The young researchers agreed on joint projects.', 'youth'],
      ['Report агенттігіне берген сұхбатында айтты', 'Агенттігі хабарлады.', 'media'],
    ]
    for (const [title, body, sector] of cases) {
      expect(sectorWords(title, body, sector), title).toBe(0)
      expect(broad(title, body, sector), title).toBeGreaterThanOrEqual(2)
    }
  })

  it("counts education and science apart where they name a ministry, in the three languages", () => {
    const cases: [string, string][] = [
      ['Kazakh ambassador meets Deputy Minister of Science and Higher Education', 'The Ministry of Education and Science hosted the talks.'],
      ['Посол встретился с министром образования и науки', 'Встречу помогло подготовить Министерство науки и высшего образования.'],
      ['Елші Білім және ғылым министрімен кездесті', 'Бұл туралы Ғылым және жоғары білім министрлігі хабарлады.'],
    ]
    for (const [title, body] of cases) {
      for (const sector of ['education', 'science'] as const) {
        expect(sectorWords(title, body, sector), `${title}: ${sector}`).toBe(0)
        expect(broad(title, body, sector), `${title}: ${sector}`).toBe(2)
      }
    }
  })

  it('still counts education and science named as what is reported beside a minister', () => {
    expect(sectorWords('Ministers discuss cooperation in education and science', 'The minister praised the students.', 'science')).toBe(1)
    expect(sectorWords('Министр культуры и спорта открыл научную конференцию', 'Министр встретился с учеными.', 'science')).toBe(2)
  })

  it('counts a concert apart as music in the three languages, a gala concert too, in Kazakh Latin letters too', () => {
    const cases: [string, string][] = [
      ['Kazakh masters of art give a concert in Tashkent', 'The gala concert closed the Year of Kazakhstan.'],
      ['В Душанбе прошел концерт казахстанских мастеров искусств', 'Гала-концертом открылись Дни культуры.'],
      ['Бакуде Қазақстан мәдениеті күндері гала-концертпен аяқталды', 'Концертке екі елдің өнерпаздары қатысты.'],
      ['Bakude Qazaqstan mädenietı künderı gala-kontsertpen aiaqtaldy', 'Kontsertke ekı eldıñ önerpazdary qatysty.'],
    ]
    for (const [title, body] of cases) {
      expect(broad(title, body, 'music'), title).toBe(2)
      expect(sectorWords(title, body, 'music'), title).toBe(0)
    }
  })

  it('still counts heritage, religion, youth and news agencies by their own words', () => {
    expect(sectorWords('Heritage memorandum signed', 'The sides will restore monuments.', 'heritage')).toBeGreaterThanOrEqual(2)
    expect(sectorWords('Religious leaders meet', 'The muftis discussed interfaith dialogue.', 'religion')).toBeGreaterThanOrEqual(2)
    expect(sectorWords('Youth forum opens', 'The youth organisations signed a memo.', 'youth')).toBe(2)
    expect(sectorWords('Ақпарат агенттігі Ташкентте меморандум жасасты', 'Ақпарат агенттігі хабарлады.', 'media')).toBe(4)
  })
})

describe("an organisation's fields", () => {
  const orgField = (title: string, body: string, sector: Sector): number | undefined => analyse({ title, body }).sectors.get(sector)?.['s.org']

  it.each<[string, string, Sector]>([
    ['Secretary of State meets UNESCO Director-General in Paris', 'The sides discussed its programmes.', 'heritage'],
    ['Мемлекеттік хатшы ЮНЕСКО Бас директорымен кездесті', 'Тараптар ұйымның бағдарламаларын талқылады.', 'science'],
    ['Фонд «Отандастар» и ТЮРКСОЙ заключили меморандум', 'Стороны договорились о совместных проектах.', 'arts'],
    ['Kazakhstan and the Turkic Academy sign an agreement on its seat', 'The document sets out the status of the academy.', 'science'],
  ])('%s (%s): the organisation in the headline names %s', (title, body, sector) => {
    expect(orgField(title, body, sector)).toBe(1)
  })

  it('reads no field from an organisation named only in the body, nor one outside its work', () => {
    const body = 'Minsk hosts a concert.\nThe orchestra performed works by Kazakh composers.\nThe musicians also recalled their tour under the UNESCO flag years ago.'
    expect(orgField('Kazakh orchestra performs in Minsk', body, 'heritage')).toBe(0)
    expect(orgField('Secretary of State meets UNESCO Director-General', 'They discussed cooperation.', 'sport')).toBe(0)
  })
})

describe('how early a sector is named', () => {
  const firstAt = (title: string, body: string, sector: Sector): number | undefined => analyse({ title, body }).sectors.get(sector)?.['s.first']

  it('weighs a field named in the headline above one named further down, and a field never named at nothing', () => {
    const title = 'National libraries of Kazakhstan and Belarus sign a cooperation agreement'
    const body = 'MINSK.\nThe directors signed the agreement in the presence of the ambassador.\nThey also discussed joint research projects.'
    expect(firstAt(title, body, 'libraries')).toBe(1)
    expect(firstAt(title, body, 'science')).toBeCloseTo(1 / 3)
    expect(firstAt(title, body, 'sport')).toBe(0)
  })
})

describe('kindred fields', () => {
  const kin = (title: string, body: string, sector: Sector): number => Math.round(Math.expm1(analyse({ title, body }).sectors.get(sector)?.['s.kin'] ?? 0))

  it("counts for heritage and archaeology the words of museums, for science those of education, in the three languages", () => {
    const cases: [string, string, Sector, number][] = [
      ['National museums of Kazakhstan and Oman sign a memorandum', 'The museums will exchange exhibits.', 'heritage', 3],
      ['Ұлттық музей мен Оман музейі меморандум жасасты', 'Музейлер экспонаттар алмасады.', 'archaeology', 4],
      ['Университеты Казахстана и Польши подписали соглашение', 'Студенты получат двойные дипломы.', 'science', 3],
    ]
    for (const [title, body, sector, words] of cases) {
      expect(sectorWords(title, body, sector), title).toBe(0)
      expect(kin(title, body, sector), title).toBe(words)
    }
  })

  it('counts no kin for a field outside the groups, nor words of another group', () => {
    expect(kin('National museums sign a memorandum', 'The museums will exchange exhibits.', 'sport')).toBe(0)
    expect(kin('Universities sign an agreement', 'Students will get double degrees.', 'heritage')).toBe(0)
  })
})

/** The shipped model with every sector's model answering `p` whatever it reads (none where not given). */
function modelAnswering(p: Partial<Record<Sector, number>>): ClassifierModel {
  const sectors = Object.fromEntries(SECTORS.map((s) => [s, { bias: Math.log((p[s] ?? 1e-6) / (1 - (p[s] ?? 1e-6))), weights: {} }]))
  return { ...SHIPPED_MODEL, sectors: sectors as ClassifierModel['sectors'] }
}

describe('sectors named', () => {
  const analysis = analyse({ title: 'Astana Opera tours Italy', body: 'The troupe gives three performances in Rome.' })

  it.each<[string, Partial<Record<Sector, number>>, Sector[]]>([
    ['a likely sector beside an unsure one: both, as labels name fields generously', { music: 0.6, theatre: 0.35 }, ['theatre', 'music']],
    ['a sure sector beside an unlikely one: the sure one alone', { music: 0.9, theatre: 0.2 }, ['music']],
    ['two sectors each model is unsure of: both rather than none', { music: 0.45, theatre: 0.35 }, ['theatre', 'music']],
    ['one unlikely sector: named, as every relevant article is about some field', { music: 0.2 }, ['music']],
    ['every sector all but ruled out: still the likeliest', { theatre: 0.01 }, ['theatre']],
  ])('%s', (_, p, named) => {
    expect(decideSectors(modelAnswering(p), analysis)).toEqual(named)
  })
})
