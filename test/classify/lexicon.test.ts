import { describe, expect, it } from 'vitest'
import { CUE_ENTRIES } from '../../src/classify/lexicon/cues.js'
import { ANY_TAIL, createLexicon, type LexiconEntry, type LexiconMatch, type WordPattern } from '../../src/classify/lexicon/lexicon.js'
import { ORG_ENTRIES } from '../../src/classify/lexicon/orgs.js'
import { isUpperWord, KEY_LENGTH, tokenize, type Token } from '../../src/language/normalize.js'
import { createRandom, pick } from '../helpers/random.js'

const word = (stem: string, tail: RegExp | null = ANY_TAIL, upperOnly = false): WordPattern => ({ stem, tail, upperOnly })
const entry = <T>(value: T, ...words: WordPattern[]): LexiconEntry<T> => ({ words, value })

/** The values found in `text`, left to right. */
function valuesIn<T>(entries: readonly LexiconEntry<T>[], text: string): T[] {
  return createLexicon(entries).findAll(tokenize(text)).map((m) => m.value)
}

/**
 * The lexicon's rule with no index, filter or memory: at each token, the first entry in order of
 * preference (more words, then a longer first stem) whose words all match; a first word must share
 * the stem's first KEY_LENGTH letters (all of a shorter stem) and be the stem and an ending the tail
 * accepts.
 */
function findAllPlainly<T>(entries: readonly LexiconEntry<T>[], tokens: readonly Token[]): LexiconMatch<T>[] {
  const ordered = [...entries].sort((a, b) => b.words.length - a.words.length || b.words[0]!.stem.length - a.words[0]!.stem.length)
  const wordMatches = (pattern: WordPattern, token: Token): boolean =>
    (!pattern.upperOnly || isUpperWord(token.raw)) &&
    token.norm.startsWith(pattern.stem) &&
    (pattern.tail === null ? token.norm.length === pattern.stem.length : pattern.tail.test(token.norm.slice(pattern.stem.length)))
  const found: LexiconMatch<T>[] = []
  let i = 0
  while (i < tokens.length) {
    const first = tokens[i]!
    const match = ordered.find(
      (e) =>
        first.norm.slice(0, KEY_LENGTH) === e.words[0]!.stem.slice(0, KEY_LENGTH) &&
        i + e.words.length <= tokens.length &&
        e.words.every((pattern, offset) => wordMatches(pattern, tokens[i + offset]!)),
    )
    if (match) {
      found.push({ value: match.value, start: i, end: i + match.words.length, lastStemLength: match.words.at(-1)!.stem.length })
      i += match.words.length
    } else i += 1
  }
  return found
}

describe('createLexicon', () => {
  it('finds stems of every length: shorter than the second filter reads (РФ, музе-), and longer', () => {
    const entries = [entry('RU', word('рф', null, true)), entry('museum', word('музе')), entry('cooperation', word('сотрудничеств'))]
    expect(valuesIn(entries, 'РФ и музеем: сотрудничестве')).toEqual(['RU', 'museum', 'cooperation'])
    expect(valuesIn(entries, 'рф')).toEqual([])
  })

  it('finds nothing in words that share a stem’s first letters and part from it after them', () => {
    const entries = [entry('cooperation', word('сотрудничеств')), entry('ministry', word('министерств'))]
    expect(valuesIn(entries, 'сотрудник сотру министр министерский сотрудничать')).toEqual([])
    expect(valuesIn(entries, 'сотрудник министерства')).toEqual(['ministry'])
  })

  it('prefers longer phrases, then longer stems', () => {
    const entries = [entry('louvre', word('louvre')), entry('louvre abu dhabi', word('louvre'), word('abu'), word('dhabi')), entry('niger', word('нигер')), entry('nigeria', word('нигери'))]
    expect(valuesIn(entries, 'Louvre Abu Dhabi and the Louvre; Нигерии')).toEqual(['louvre abu dhabi', 'louvre', 'nigeria'])
  })

  it('reads days, a week or a year of a country\'s culture as an event of the cultural domain, in the three languages', () => {
    for (const text of ['Дни культуры Беларуси', 'Days of Hungarian culture', 'Беларусь мәдениеті күндері', 'Год корейской культуры', 'Year of Italian Culture']) {
      expect(valuesIn(CUE_ENTRIES, text).flat(), text).toEqual(expect.arrayContaining(['event', 'culture']))
    }
  })

  it('reads the home country\'s days or year abroad, and days of literature, as an event in Kazakh as in Russian', () => {
    for (const text of ['Анкарада Қазақстан күндері өтті', 'Ташкентте Қазақстан жылы қорытындыланды', 'Қазақстан жылының ашылуы', 'Год Казахстана в Узбекистане', 'под знаком Года Казахстана в Узбекистане', 'Year of Kazakhstan in China', 'Қазақ әдебиеті күндері']) {
      expect(valuesIn(CUE_ENTRIES, text).flat(), text).toContain('event')
    }
  })

  // «году» before a subject «Казахстан» dates a sentence: «В прошлом году Казахстан и Турция подписали …» reports no Year of
  // Kazakhstan, whose name is «Год Казахстана», the country in the genitive.
  it.each(['В прошлом году Казахстан и Турция подписали программу', 'В 2023 году Казахстан посетили артисты', 'С 2020 года Казахстан участвует в программе', 'За год Казахстан принял десять делегаций'])(
    'reads a year that dates what Kazakhstan did as no event: %s', (text) => {
      expect(valuesIn(CUE_ENTRIES, text).flat()).not.toContain('event')
    })

  // Nor is "the year of Kazakhstan's chairmanship" a Year of Kazakhstan, nor «жылы» there warm: «Қазақстан жылы қарсы алды».
  it.each(["In the first year of Kazakhstan's chairmanship, the ministers met", 'Делегацияны Қазақстан жылы қарсы алды', 'Қонақтарды Қазақстан жылы шыраймен қарсы алды'])(
    'reads Kazakhstan\'s year of something, or its warm welcome, as no event: %s', (text) => {
      expect(valuesIn(CUE_ENTRIES, text).flat()).not.toContain('event')
    })

  it('reads a role or a part played as a figure of speech, no stage play, where a theatre or a play near keeps theatre', () => {
    for (const text of ['Culture plays an important role in bilateral ties', 'He played a key role in the talks', 'Associations play a major part in relations',
      'The university has an important part to play', 'He stressed the part parliamentary diplomacy plays', 'Культура играет важную роль', 'Мәдениет маңызды рөл атқарады']) {
      expect(valuesIn(CUE_ENTRIES, text).flat(), text).not.toContain('theatre')
    }
    for (const text of ['The theatre will stage a play', 'He played the role of Abai in the play', 'The troupe plays in Almaty']) {
      expect(valuesIn(CUE_ENTRIES, text).flat(), text).toContain('theatre')
    }
  })

  it('reads an assistant as no aid: «помощник» is not «помощь»', () => {
    expect(valuesIn(CUE_ENTRIES, 'помощник министра, помощница посла').flat()).not.toContain('aid')
    expect(valuesIn(CUE_ENTRIES, 'гуманитарная помощь').flat()).toContain('aid')
  })

  it('reads a humanitarian mission in any case as aid, not the cultural domain', () => {
    for (const text of ['гуманитарную миссию', 'гуманитарной миссией', 'гуманитарная миссия', 'гуманитарной миссии']) {
      expect(valuesIn(CUE_ENTRIES, text), text).toEqual([['aid']])
    }
  })

  it('reads Central Asia as a region, no institution: «Центральной Азии», «Орталық Азияның» are not «центр», «орталық»', () => {
    for (const text of ['страны Центральной Азии', 'центральноазиатский регион', 'Орталық Азияның елдері']) {
      expect(valuesIn(CUE_ENTRIES, text).flat(), text).not.toContain('actor')
    }
    for (const text of ['культурный центр', 'мәдени орталық', 'Қазақстан мәдени орталығы']) expect(valuesIn(CUE_ENTRIES, text).flat(), text).toContain('actor')
  })

  it('reads Georgia as no cargo: «Грузии», «Грузиямен», «грузинский» are not «груз»', () => {
    for (const text of ['делегация Грузии', 'Грузия мен Қазақстан', 'Грузиямен', 'грузинский театр', 'с Грузией']) {
      expect(valuesIn(CUE_ENTRIES, text).flat(), text).not.toContain('out')
    }
    expect(valuesIn(CUE_ENTRIES, 'перевозка грузов').flat()).toContain('out')
  })

  it('reads Kazakh «арналған», «арнап» (dedicated to) as no TV channel, and «арна», «арналары» as one', () => {
    for (const text of ['Астана күніне арналған концерт', 'көрме ақынға арналды', 'жеңіске арнап', 'арнайы бағдарлама']) {
      expect(valuesIn(CUE_ENTRIES, text).flat(), text).not.toContain('media')
    }
    for (const text of ['«Хабар» арнасы', 'Телеарна мен радио', 'арнаның тілшісі', 'теле арналары']) expect(valuesIn(CUE_ENTRIES, text).flat(), text).toContain('media')
  })

  it('reads a Kazakh stem whose last к, қ, п is voiced before the possessive as the stem: «мектебі», «тарабы», «сыйлығын», «әріптестігі»', () => {
    const cases: [string, string][] = [['университет мектебінің', 'education'], ['қазақстан тарабы', 'side'], ['гуманитарлық көмегімен', 'aid'],
      ['мемлекеттік сыйлығын', 'award'], ['екі ел әріптестігі', 'coop'], ['академиялық ұтқырлығын', 'exchange']]
    for (const [text, cue] of cases) expect(valuesIn(CUE_ENTRIES, text).flat(), text).toContain(cue)
    // Only the possessive's endings: a Russian stem in -к voices into no word («выставки» stays an exhibition, «Бангладеш» no bank).
    expect(valuesIn(CUE_ENTRIES, 'Бангладеш').flat()).toEqual([])
  })

  it('reads Kazakh «серіктестік» as partnership, as «әріптестік» is, and a limited liability partnership as none', () => {
    for (const text of ['стратегиялық серіктестік', 'екі ел арасындағы серіктестігін нығайту']) expect(valuesIn(CUE_ENTRIES, text).flat(), text).toContain('coop')
    expect(valuesIn(CUE_ENTRIES, '«Алатау» жауапкершілігі шектеулі серіктестігі').flat()).not.toContain('coop')
  })

  it('reads "important", "hospitality", "investigated" and "taxi" as no trade, hospital, investment or tax', () => {
    for (const text of ['an important step of great importance', 'hospitality services', 'the case was investigated', 'by taxi']) {
      expect(valuesIn(CUE_ENTRIES, text).flat(), text).not.toContain('out')
    }
    expect(valuesIn(CUE_ENTRIES, 'hospitality services').flat()).toContain('tourism')
    for (const text of ['import of grain', 'a new hospital', 'investment funds', 'tax rates']) expect(valuesIn(CUE_ENTRIES, text).flat(), text).toContain('out')
  })

  // labels.md § judgement calls: a student exchange is a joint event; degrees and their programmes are education, not health.
  it('reads degree programmes as education and "doctoral" as no doctor: «докторантура», «магистратура», "doctoral studies"', () => {
    for (const text of ['doctoral studies', 'a PhD programme', 'postgraduate places', 'места в докторантуре', 'на магистратуру', 'бакалавриат и аспирантура', 'магистратура мен докторантураға']) {
      const cues = valuesIn(CUE_ENTRIES, text).flat()
      expect([cues.includes('education'), cues.includes('out')], text).toEqual([true, false])
    }
    expect(valuesIn(CUE_ENTRIES, 'a doctor at the hospital').flat()).toContain('health')
  })

  // labels.md § relevant: education is in scope, healthcare out; a medical university is a university whose teaching is education.
  it('reads a medical university or academy as a university of education, and medicine alone as healthcare', () => {
    for (const text of ['Karaganda Medical University', 'медицинского университета Астаны', 'Қазақ ұлттық медицина университетінде', 'Оңтүстік Қазақстан медицина академиясы', 'медициналық университеттер']) {
      const cues = valuesIn(CUE_ENTRIES, text).flat()
      expect([cues.includes('actor'), cues.includes('education'), cues.includes('out')], text).toEqual([true, true, false])
    }
    for (const text of ['medical care', 'медицинская помощь', 'медицина саласы']) expect(valuesIn(CUE_ENTRIES, text).flat(), text).toContain('health')
  })

  it('reads study places set aside for another country\'s citizens as an exchange in education, and a research grant as no such place', () => {
    for (const text of ['20 grant places for citizens of Uzbekistan', 'выделено 50 грантовых мест', 'гранты на обучение для граждан Кыргызстана', 'Түркия азаматтарына 30 гранттық орын']) {
      const cues = valuesIn(CUE_ENTRIES, text).flat()
      expect([cues.includes('exchange'), cues.includes('education')], text).toEqual([true, true])
    }
    expect(valuesIn(CUE_ENTRIES, 'a research grant to the museum').flat()).not.toContain('exchange')
  })

  it('reads students\' and scholars\' mobility as their exchange, and twinned cities as partners, in the three languages', () => {
    for (const text of ['an academic mobility programme', 'студенческая мобильность', 'программы академической мобильности', 'академиялық ұтқырлық бағдарламасы']) {
      const cues = valuesIn(CUE_ENTRIES, text).flat()
      expect([cues.includes('exchange'), cues.includes('education')], text).toEqual([true, true])
    }
    expect(valuesIn(CUE_ENTRIES, 'urban mobility').flat()).not.toContain('exchange')
    // A city's transport programme is no students' exchange.
    for (const text of ['Almaty launches an urban mobility programme with the EBRD', 'қалалық ұтқырлық бағдарламасы']) {
      expect(valuesIn(CUE_ENTRIES, text).flat(), text).not.toContain('exchange')
    }
    for (const text of ['Almaty and Bishkek became twin cities', 'города-побратимы', 'sister cities', 'бауырлас қалалар']) {
      expect(valuesIn(CUE_ENTRIES, text).flat(), text).toContain('coop')
    }
  })

  // labels.md § judgement calls: occasions are no parties; a forum named for cooperation is an occasion, no cooperation reported.
  it('reads a forum of interregional cooperation as a gathering, no cooperation: «Форум межрегионального сотрудничества», «өңіраралық ынтымақтастық форумы»', () => {
    for (const text of ['Гостям Форума межрегионального сотрудничества готовят культурную программу', 'Қазақстан мен Ресейдің XV өңіраралық ынтымақтастық форумы өтті',
      'Қазақстан мен Ресейдің өңіраралық ынтымақтастығының XI форумы', '17th Russia–Kazakhstan Interregional Cooperation Forum']) {
      const cues = valuesIn(CUE_ENTRIES, text).flat()
      expect([cues.includes('gathering'), cues.includes('coop')], text).toEqual([true, false])
    }
    for (const text of ['межрегиональное сотрудничество в сфере культуры', 'өңіраралық ынтымақтастық туралы келісім']) {
      expect(valuesIn(CUE_ENTRIES, text).flat(), text).toContain('coop')
    }
  })

  it('reads Kazakh guests in every case as those who came, as «гости» and "guests" are: «қонақтар», «қонақтарды»', () => {
    for (const text of ['Форумға шетелдік қонақтар келді', 'Университет корей қонақтарын қарсы алды', 'гости из Турции']) {
      expect(valuesIn(CUE_ENTRIES, text).flat(), text).toContain('arrive')
    }
  })

  it('reads Kazakh trade turnover and freight as out of scope, as «товарооборот» and «груз» are: «тауар айналымы», «жүк тасымалы»', () => {
    for (const text of ['екі ел арасындағы тауар айналымы өсті', 'тауар айналымын 10 млрд долларға жеткізу', 'жүк тасымалын арттыру', 'жүктасымалы']) {
      expect(valuesIn(CUE_ENTRIES, text).flat(), text).toContain('out')
    }
  })

  // labels.md § relevant: energy is out of scope, hydrocarbons and coal with it.
  it('reads hydrocarbons and coal as out of scope: «Көмірсутегі саласындағы инновациялар», «добыча углеводородов»', () => {
    for (const text of ['Көмірсутегі саласындағы инновациялар', 'көмірсутек шикізаты', 'добыча углеводородов', 'hydrocarbon projects', 'coal exports']) {
      expect(valuesIn(CUE_ENTRIES, text).flat(), text).toContain('out')
    }
  })

  // labels.md § relevant: politics is out of scope, and parliaments' cooperation is politics; the assemblies' names stay names.
  it('reads parliamentary cooperation, ties and diplomacy as out of scope, still cooperation: «межпарламентское сотрудничество», "parliamentary cooperation"', () => {
    for (const text of ['discuss parliamentary cooperation', 'the role of parliamentary diplomacy', 'развитие межпарламентского сотрудничества',
      'укрепление межпарламентских связей', 'парламентаралық ынтымақтастықты дамыту', 'парламенттік байланыстар']) {
      expect(valuesIn(CUE_ENTRIES, text).flat(), text).toContain('out')
    }
    for (const text of ['discuss parliamentary cooperation', 'развитие межпарламентского сотрудничества']) expect(valuesIn(CUE_ENTRIES, text).flat(), text).toContain('coop')
    for (const text of ['ТМД Парламентаралық ассамблеясы', 'Межпарламентская ассамблея СНГ', 'культурное сотрудничество']) {
      expect(valuesIn(CUE_ENTRIES, text).flat(), text).not.toContain('out')
    }
  })

  // labels.md § relevant: energy is out of scope, and power plants and electricity are energy though they do not begin with «энерг*».
  it('reads power plants, their initials and electricity as out of scope: «Балқаш ЖЭС-і», «строительство АЭС», «электроэнергия»', () => {
    for (const text of ['Балқаш ЖЭС-і жөніндегі келісім', 'строительство АЭС', 'Рогунская ГЭС', 'ТЭЦ-2 в Алматы', 'жел электр станциясын салады',
      'электростанции', 'поставки электроэнергии', 'a coal power plant', 'electricity exports']) {
      expect(valuesIn(CUE_ENTRIES, text).flat(), text).toContain('out')
    }
    for (const text of ['электронная библиотека', 'электрондық кітапхана']) expect(valuesIn(CUE_ENTRIES, text).flat(), text).not.toContain('out')
  })

  // labels.md § relevant: agriculture is out of scope, its research, food industry, fisheries and livestock with it.
  it('reads agrarian research, the agro-industrial complex, food and fisheries as out of scope: «аграрлық зерттеу орталықтары», «агропромышленный комплекс»', () => {
    for (const text of ['аграрлық зерттеу орталықтары', 'азық-түлік өнеркәсібі', 'агропромышленный комплекс', 'продовольственная безопасность',
      'agrotechnology', 'food security', 'fisheries', 'livestock breeding', 'рыбное хозяйство']) {
      expect(valuesIn(CUE_ENTRIES, text).flat(), text).toContain('out')
    }
  })

  // labels.md § relevant: tourism is in scope, and agritourism is tourism; Fisher, a surname, is no fishery.
  it('reads agritourism as tourism, not agriculture, and a Professor Fisher as no fishery', () => {
    for (const text of ['агротуризм', 'развитие агротуризма', 'агротуристік маршруттар', 'agrotourism', 'agritourism routes']) {
      expect(valuesIn(CUE_ENTRIES, text).flat(), text).toContain('tourism')
      expect(valuesIn(CUE_ENTRIES, text).flat(), text).not.toContain('out')
    }
    expect(valuesIn(CUE_ENTRIES, 'Professor Fisher of Cambridge').flat()).not.toContain('out')
    for (const text of ['fishery', 'fishing industry', 'fishermen']) expect(valuesIn(CUE_ENTRIES, text).flat(), text).toContain('out')
  })

  it('reads «исполнительный», «голос», «участки», «показатель», «жили» as no performer, goal, taking part, screening or housing', () => {
    const misreadings: [string, string][] = [
      ['исполнительный директор фонда', 'person'], ['исполнительный комитет', 'person'], ['отдал свой голос', 'result'], ['подсчет голосов', 'result'],
      ['головной убор', 'result'], ['избирательные участки', 'participate'], ['на 25 участках', 'participate'], ['показатель превысил 80', 'event'],
      ['мы жили одной семьей', 'out'], ['займет достойное место', 'out'],
    ]
    for (const [text, cue] of misreadings) expect(valuesIn(CUE_ENTRIES, text).flat(), text).not.toContain(cue)
    const readings: [string, string][] = [
      ['исполнитель народных песен', 'person'], ['забил гол', 'result'], ['участники форума', 'participate'], ['показ фильмов', 'event'],
      ['жилищное строительство', 'out'], ['голосование на референдуме', 'out'],
    ]
    for (const [text, cue] of readings) expect(valuesIn(CUE_ENTRIES, text).flat(), text).toContain(cue)
  })

  // labels.md § judgement calls: sport results are out of scope; an aim is no result.
  it('reads English "goal" as an aim, no sport result, unless scored, kept or own: "reach its goals", "the winning goal"', () => {
    for (const text of ['the project would reach its goals this year', 'its main goal is joint film production', 'sustainable development goals']) {
      expect(valuesIn(CUE_ENTRIES, text).flat(), text).not.toContain('result')
    }
    for (const text of ['he scored the winning goal', 'the goalkeeper saved a penalty', 'an own goal', 'the opening goal came early']) {
      expect(valuesIn(CUE_ENTRIES, text).flat(), text).toContain('result')
    }
  })

  // labels.md § judgement calls: sport results are out of scope; a medal handed over is an award.
  it('reads a commemorative medal and a medal presented as an award, no sport result: «вручили памятные медали», «медаль табыстады»', () => {
    for (const text of ['Артистам вручили памятные медали', 'вручили юбилейные медали организации', 'Руководителю театра вручили медаль',
      'университет елшіге медаль табыстады', 'he received a commemorative medal']) {
      const cues = valuesIn(CUE_ENTRIES, text).flat()
      expect(cues, text).not.toContain('result')
      expect(cues, text).toContain('award')
    }
    for (const text of ['спортсмены завоевали 912 медалей', 'Kazakhstan won five medals', 'қола медаль жеңіп алды']) {
      expect(valuesIn(CUE_ENTRIES, text).flat(), text).toContain('result')
    }
  })

  // labels.md § judgement calls: sport results are out of scope; esteem won is no result.
  it('reads esteem won as a figure of speech, no sport result: "won the hearts of", "won international recognition"', () => {
    for (const text of ['TURKSOY had won a respected place as an international organisation', 'the film won the hearts of viewers',
      'the ensemble wins international recognition', 'she won wide popularity']) {
      expect(valuesIn(CUE_ENTRIES, text).flat(), text).not.toContain('result')
    }
    for (const text of ['he won gold', 'the team won the match', 'she won first place', 'he won gold and the respect of fans']) {
      expect(valuesIn(CUE_ENTRIES, text).flat(), text).toContain('result')
    }
  })

  // labels.md § relevant: an award given is no cooperation; an honorary post or a guest of honour is no award.
  it('reads an honorary consul, a guest of honour and a guard of honour as no award: «почетного консула», «құрметті қонағы»', () => {
    for (const text of ["Kazakhstan's honorary consul in Nice", 'почетного консула Казахстана', 'сообщили в Почетном консульстве Казахстана',
      'Қазақстанның құрметті консулдығы ашылды', 'іс-шараның құрметті қонағы Жапония Парламентінің спикері болды', 'the guest of honour was the speaker',
      'в его честь выстроили почетный караул', 'құрметті елші Қайрат Саржанов']) {
      expect(valuesIn(CUE_ENTRIES, text).flat(), text).not.toContain('award')
    }
    for (const text of ['вручили почетную грамоту', 'an honorary doctorate', 'почетный профессор университета', 'құрметті атағы берілді']) {
      expect(valuesIn(CUE_ENTRIES, text).flat(), text).toContain('award')
    }
  })

  // labels.md § relevant: performers are the arts' people; a hotel's stars, the sky's or a general's are none.
  it('reads stars of the stage as performers, and a five-star hotel, the stars of the sky and a general\'s star as none', () => {
    for (const text of ['a five-star hotel in Astana', 'under the stars of the sky', 'генерал-майор получил вторую звезду',
      'звезды на небе', 'a three-star general']) {
      expect(valuesIn(CUE_ENTRIES, text).flat(), text).not.toContain('person')
    }
    for (const text of ['guest stars of the festival', 'K-pop stars of Korea', 'звезды эстрады Казахстана', 'stars of the opera', 'кинозвезда']) {
      expect(valuesIn(CUE_ENTRIES, text).flat(), text).toContain('person')
    }
  })

  it('reads surnames that begin with «сапар» (a trip) as no visit: Сапарбаев, Сапаровтың, Сапарбекұлы', () => {
    for (const text of ['аким Бердыбек Сапарбаев', 'Айдарбек Сапаровтың айтуынша', 'елші Абзал Сапарбекұлы', 'Абзал Сапарбекулы']) {
      expect(valuesIn(CUE_ENTRIES, text).flat(), text).not.toContain('visit')
    }
    for (const text of ['Қазақстанға сапары', 'жұмыс сапарымен барды', 'сапар барысында']) expect(valuesIn(CUE_ENTRIES, text).flat(), text).toContain('visit')
  })

  it('reads ties as ties: «связанные» (related to), «в связи с», «связь» (telecommunications), «осыған байланысты» are none', () => {
    for (const text of ['вопросы, связанные с имуществом', 'визит связан с проведением', 'министерство связи и информатизации', 'мобильная связь',
      'в связи с юбилеем', 'в ведомстве связывают результаты', 'Осыған байланысты тауар номенклатурасы']) {
      expect(valuesIn(CUE_ENTRIES, text).flat(), text).not.toContain('exchange')
    }
    for (const text of ['культурные связи двух стран', 'укрепление двусторонних связей', 'по внешним связям', 'мәдени байланыстарды нығайту', 'екі ел арасындағы байланысты кеңейту']) {
      expect(valuesIn(CUE_ENTRIES, text).flat(), text).toContain('exchange')
    }
  })

  it('reads a press service, office or conference as no media: «пресс-служба», "press office" are how a body speaks', () => {
    for (const text of ['сообщает пресс-служба министерства', 'the ministry\'s press office said', 'на пресс-конференции', 'a press release']) {
      expect(valuesIn(CUE_ENTRIES, text).flat(), text).not.toContain('media')
    }
    for (const text of ['freedom of the press', 'пресс-тур журналистов']) expect(valuesIn(CUE_ENTRIES, text).flat(), text).toContain('media')
  })

  it('reads the Turkic Council by its Kazakh long name and abbreviation, and TURKSOY\'s council as TURKSOY\'s, not the Turkic Council', () => {
    for (const text of ['Түркі тілдес мемлекеттер ынтымақтастық кеңесінің саммиті', 'ТМЫК-тың хатшылығы', 'Түркі кеңесіне мүше елдер']) {
      expect(valuesIn(ORG_ENTRIES, text), text).toEqual(['OTS'])
    }
    for (const text of ['ТҮРКСОЙ кеңесінің отырысы', 'ТҮРКСОЙ кеңесі Түркістанда жиналды']) expect(valuesIn(ORG_ENTRIES, text), text).toEqual(['TURKSOY'])
    for (const text of ['Біріккен Ұлттар Ұйымының', 'Ислам ынтымақтастығы ұйымына', 'Организации Объединенных Наций']) {
      expect(valuesIn(ORG_ENTRIES, text), text).toHaveLength(1)
    }
  })

  it('reads TURKSOY as Kazakh Latin pages type it in capitals and the reader reads it back: «TÜRKSOI» (ТҮРКСОІ), «TÜRKSOY» (ТҮРКСОЫ)', () => {
    for (const text of ['ТҮРКСОІ мәдениет министрлерінің тұрақты кеңесі', 'ТҮРКСОЫ-ға мүше елдер', 'TÜRKSOY Secretary General']) {
      expect(valuesIn(ORG_ENTRIES, text), text).toEqual(['TURKSOY'])
    }
    expect(valuesIn(ORG_ENTRIES, 'түрксоі')).toEqual([])
  })

  it('finds (and visits) what the plain rule finds in 3,000 sentences of the cue and organisation lexicons’ words, their endings and near misses', () => {
    const random = createRandom(29)
    for (const entries of [CUE_ENTRIES, ORG_ENTRIES] as readonly (readonly LexiconEntry<unknown>[])[]) {
      const stems = entries.flatMap((e) => e.words.map((w) => w.stem))
      const endings = ['', 'а', 'е', 'ом', 'ы', 'ами', 'ге', 'мен', 'тың', 's', 'ing']
      // The stems as they are, with endings, cut short, changed after their first letters, in capitals; and other words.
      const variants = [
        (stem: string) => stem + pick(random, endings),
        (stem: string) => stem.slice(0, Math.max(1, Math.floor(random() * stem.length))),
        (stem: string) => stem.slice(0, KEY_LENGTH + Math.floor(random() * 4)) + pick(random, ['ник', 'ать', 'х', 'z']),
        (stem: string) => (stem + pick(random, endings)).toUpperCase(),
        () => pick(random, ['и', 'в', 'the', 'and', '2026', 'Астана', 'Париж']),
      ]
      const lexicon = createLexicon(entries)
      for (let n = 0; n < 1_500; n++) {
        const text = Array.from({ length: 1 + Math.floor(random() * 12) }, () => pick(random, variants)(pick(random, stems))).join(' ')
        const tokens = tokenize(text)
        const plainly = findAllPlainly(entries, tokens)
        expect(lexicon.findAll(tokens), text).toEqual(plainly)
        const visited: LexiconMatch<unknown>[] = []
        lexicon.eachMatch(tokens, (value, start, end, lastStemLength) => visited.push({ value, start, end, lastStemLength }))
        expect(visited, text).toEqual(plainly)
      }
    }
  })
})
