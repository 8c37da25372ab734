import { describe, expect, it } from 'vitest'
import { countryFlag, countryName, createCountryIndex, findCountryMentions, listCountryCodes } from '../../src/classify/countries.js'

const index = createCountryIndex()

describe('CountryIndex.resolve', () => {
  it.each([
    ['russia', 'RU'], ['RU', 'RU'], ['РФ', 'RU'], ['Россия', 'RU'], ['России', 'RU'], ['Ресей', 'RU'], ['Ресеймен', 'RU'],
    ['российская', 'RU'], ['belarus', 'BY'], ['Белоруссия', 'BY'], ['Беларусь', 'BY'], ['белорусские', 'BY'],
    ['франция', 'FR'], ['Францией', 'FR'], ['Франциямен', 'FR'], ['French', 'FR'], ['Türkiye', 'TR'], ['Turkey', 'TR'],
    ['Түркиямен', 'TR'], ['USA', 'US'], ['UK', 'GB'], ['Korea', 'KR'], ['Кореи', 'KR'], ['Kyrgyzstan', 'KG'],
    ['Кыргызстан', 'KG'], ['узбекской', 'UZ'], ['Өзбекстанның', 'UZ'], ['Louvre', 'FR'], ['Лувра', 'FR'],
    ['Третьяковской', 'RU'], ['Republic of Belarus', 'BY'], ['АҚШ-тың', 'US'], ['deu', 'DE'],
    ['Ресей Федерациясы', 'RU'], ['Ресей Федерациясымен', 'RU'], ['Российской Федерацией', 'RU'], ['Республикой Беларусь', 'BY'], ['Беларусь Республикасымен', 'BY'],
    ['Macedonia', 'MK'], ['Македонии', 'MK'], ['Македониямен', 'MK'], ['North Macedonia', 'MK'],
    ['East Timor', 'TL'], ['Восточный Тимор', 'TL'], ['Шығыс Тимор', 'TL'], ['Timor-Leste', 'TL'],
  ])('%s → %s', (name, code) => {
    expect(index.resolve(name)).toBe(code)
  })

  // A name before a hyphen and anything else, as it read before case endings were told apart («Sen-Bartelemi» is not «Sen», SEN).
  it.each([
    ['Россия-2024', 'RU'], ['Китай-Казахстан', 'CN'], ['China-Kazakhstan', 'CN'], ['Ресей-Қазақстан', 'RU'], ['UK-based', 'GB'], ['ОАЭ-шы', 'AE'],
  ])('%s → %s', (name, code) => {
    expect(index.resolve(name)).toBe(code)
  })

  // A name another's begins with (Нигер, Нигерия) keeps its own forms, the other's are the other's: «Нигерии» is no case of «Нигер».
  it.each([
    ['Нигерия', 'NG'], ['Нигерии', 'NG'], ['Нигерию', 'NG'], ['Нигерией', 'NG'], ['нигерийской', 'NG'], ['Нигериядан', 'NG'], ['Нигерияның', 'NG'],
    ['Нигер', 'NE'], ['Нигера', 'NE'], ['Нигере', 'NE'], ['Нигером', 'NE'], ['нигерской', 'NE'], ['Нигерден', 'NE'], ['Нигердің', 'NE'],
    ['Гвинеи', 'GN'], ['Гвинеи-Бисау', 'GW'], ['Гвинеей-Бисау', 'GW'], ['Экваториальной Гвинеи', 'GQ'], ['Доминики', 'DM'], ['Доминиканской Республики', 'DO'],
    // Kazakh: Dominica's accusative «Доминиканы» and genitive «Доминиканың» are not the Dominican Republic's short name «Доминикан» with a possessive ending.
    ['Доминика', 'DM'], ['Доминиканың', 'DM'], ['Доминикаға', 'DM'], ['Доминикада', 'DM'], ['Доминиканы', 'DM'], ['Доминикамен', 'DM'],
    ['Доминикан Республикасы', 'DO'], ['Доминикан Республикасының', 'DO'], ['Доминиканның', 'DO'], ['Доминиканды', 'DO'], ['Доминикан', 'DO'],
    // English: "Dominican" alone is the Dominican Republic's, as its full name is; Dominica is named so.
    ['Dominican Republic', 'DO'], ['the Dominican Republic', 'DO'], ['Dominican', 'DO'], ['dominican', 'DO'], ['Dominica', 'DM'],
    ['Судана', 'SD'], ['Южного Судана', 'SS'], ['Оңтүстік Суданмен', 'SS'], ['Республики Конго', 'CG'], ['Демократической Республики Конго', 'CD'],
  ])('%s → %s', (name, code) => {
    expect(index.resolve(name)).toBe(code)
  })

  // Russian writes the Korean states' adjectives as one word («южнокорейского университета»): the rule's «корейск» is only their end.
  it.each([
    ['южнокорейского', 'KR'], ['южнокорейский', 'KR'], ['южнокорейская', 'KR'], ['южнокорейской', 'KR'], ['корейского', 'KR'],
    ['северокорейской', 'KP'], ['северокорейские', 'KP'],
  ])('%s → %s', (name, code) => {
    expect(index.resolve(name)).toBe(code)
  })

  it.each(['rusia', 'груза', 'малой', 'Lenin', ''])('%s → null', (name) => {
    expect(index.resolve(name)).toBeNull()
  })
})

describe('CountryIndex.suggest', () => {
  it('puts the closest country first for a typo', () => {
    expect(index.suggest('rusia')[0]).toBe('RU')
    expect(index.suggest('Белорусия')[0]).toBe('BY')
  })

  it('honours the limit and offers nothing for gibberish', () => {
    expect(index.suggest('rusia', 1)).toEqual(['RU'])
    expect(index.suggest('qqqqqqqqqq')).toEqual([])
  })
})

describe('CountryIndex.parseList', () => {
  it.each([
    ['Франция, Германия', ['FR', 'DE'], []],
    ['fr de', ['FR', 'DE'], []],
    ['France and Germany', ['FR', 'DE'], []],
    ['Ресей, narnia', ['RU'], ['narnia']],
  ])('%s', (text, codes, unknown) => {
    expect(index.parseList(text)).toEqual({ codes, unknown })
  })
})

describe('extraAliases', () => {
  it('adds a taught name, inflected like any other', () => {
    const taught = createCountryIndex([{ alias: 'Бомбей', country: 'IN' }, { alias: 'Ruritania', country: 'ru' }])
    expect(taught.resolve('Бомбее')).toBe('IN')
    expect(taught.resolve('ruritania')).toBe('RU')
    expect(index.resolve('Ruritania')).toBeNull()
  })
})

describe('findCountryMentions', () => {
  it('tells Nigeria from Niger in every case, in Russian and Kazakh', () => {
    const text = 'Дни культуры Нигерии прошли в Нигере; нигерийские и нигерские артисты встретились с Нигерией и Нигером. Нигериядан және Нигерден келген әртістер.'
    expect(findCountryMentions(text, index).map((m) => m.code)).toEqual(['NG', 'NE', 'NG', 'NE', 'NG', 'NE', 'NG', 'NE'])
  })

  // North Korea's full names hold the Republic of Korea's («Republic of Korea», «Корея»): they are North Korea's whole.
  it.each<[string, string[]]>([
    ["The Democratic People's Republic of Korea and the Republic of Korea", ['KP', 'KR']],
    ['DPR Korea and South Korea', ['KP', 'KR']],
    ['Корея Халық Демократиялық Республикасының елшісі мен Корея Республикасының елшісі', ['KP', 'KR']],
    ['КХДР мен Оңтүстік Корея', ['KP', 'KR']],
    ['Корейской Народно-Демократической Республики и Республики Корея', ['KP', 'KR']],
    ['КНДР, Корея, Корей, Оңтүстік Корея, Солтүстік Корея', ['KP', 'KR', 'KR', 'KR', 'KP']],
  ])('tells North Korea from South Korea: %s', (text, codes) => {
    expect(findCountryMentions(text, index).map((m) => m.code)).toEqual(codes)
  })

  // A name ends at a comma: «Корея, Республика Конго» read «Корея Республика» (Kazakh «Корея Республикасы») and left DR Congo.
  it.each<[string, string[]]>([
    ['Делегации Кореи, Республики Конго и Японии', ['KR', 'CG', 'JP']],
    ['Корея, Республика Конго', ['KR', 'CG']],
    ['Конго, Республика Корея', ['CD', 'KR']],
    ['Конго, Республика Конго, Демократическая Республика Конго, Конго Республикасы', ['CD', 'CG', 'CD', 'CG']],
  ])('reads no name across a comma: %s', (text, codes) => {
    expect(findCountryMentions(text, index).map((m) => m.code)).toEqual(codes)
  })

  // An ISO 3166 short name puts the form of state after a comma: one country, the one the name in its usual order names.
  it.each<[string, string[]]>([
    ["Korea, Democratic People's Republic of; Korea, Republic of", ['KP', 'KR']],
    ['Delegations of Iran, Islamic Republic of, and Moldova, Republic of', ['IR', 'MD']],
    ['Tanzania, United Republic of and Congo, Democratic Republic of the', ['TZ', 'CD']],
    ['Venezuela, Bolivarian Republic of; Bolivia, Plurinational State of', ['VE', 'BO']],
    ['Корея, Народно-Демократическая Республика и Конго, Демократическая Республика', ['KP', 'CD']],
    ['Korea, Republic of the Congo and Japan', ['KR', 'CG', 'JP']],
    ['Germany, the United States and France', ['DE', 'US', 'FR']],
  ])('reads an ISO name with its form of state after the comma as one country: %s', (text, codes) => {
    expect(findCountryMentions(text, index).map((m) => m.code)).toEqual(codes)
  })

  // A city's name in lower case is a word that spells it: "oral" (Oral, Uralsk), Kazakh «оралды» (returned).
  it.each<[string, string[]]>([
    ['UNESCO lists oral traditions of Kazakhstan', ['KZ']],
    ['Делегация Қытайдан елге оралды', ['CN']],
    ['Oral, Almaty and алматылық әртістер in the стамбульском музее', ['KZ', 'KZ', 'KZ', 'TR']],
  ])('reads a city only in capitals, or as its adjective: %s', (text, codes) => {
    expect(findCountryMentions(text, index).map((m) => m.code)).toEqual(codes)
  })

  // A text written all in lower case (a headline so styled, a page's slug) says nothing by its case: its cities stay cities.
  it.each<[string, string[]]>([
    ['алматы театры түркияда гастрольде', ['KZ', 'TR']],
    ['almaty theatre tours turkey', ['KZ', 'TR']],
  ])('reads a city in a sentence with no capitals: %s', (text, codes) => {
    expect(findCountryMentions(text, index).map((m) => m.code)).toEqual(codes)
  })

  // South Korea's provinces and big cities name it as Busan and Incheon do.
  it.each<[string, string[]]>([
    ['A delegation from South Chungcheong Province and Cheonan visited Almaty', ['KR', 'KR', 'KZ']],
    ['Университеты Тэджона, Тэгу и Кванджу', ['KR', 'KR', 'KR']],
    ['Ульсан университеті және Кёнгидо провинциясы', ['KR', 'KR']],
  ])('reads a South Korean province or city as KR: %s', (text, codes) => {
    expect(findCountryMentions(text, index).map((m) => m.code)).toEqual(codes)
  })

  // A Russian name with a fleeting vowel drops it in its cases (Египет → Египта), as no other name in the tables does (Тибета).
  it.each<[string, string[]]>([
    ['Посол Египта встретился с министром культуры', ['EG']],
    ['Сотрудничество с Египтом: музеи Египта и выставка в Египте, визит к Египту', ['EG', 'EG', 'EG', 'EG']],
    ['Египет пен Қазақстан, египетский музей, Египеттің елшісі', ['EG', 'KZ', 'EG', 'EG']],
  ])('reads a fleeting vowel\'s name in its cases: %s', (text, codes) => {
    expect(findCountryMentions(text, index).map((m) => m.code)).toEqual(codes)
  })

  // A capital's or a city's four-letter name in -а inflects as any other; Vienna only in capitals, «вена» being a vein.
  it.each<[string, string[]]>([
    ['Концерт прошёл в Вене, затем оркестр выступил в Риге и Дохе', ['AT', 'LV', 'QA']],
    ['Оркестр Венада және Венаға барды', ['AT', 'AT']],
    ['Врач ввёл препарат в вену; вены и артерии', []],
  ])('reads a four-letter capital in its cases, and «Вена» only in capitals: %s', (text, codes) => {
    expect(findCountryMentions(text, index).map((m) => m.code)).toEqual(codes)
  })

  // A university named by no city the tables hold names its country as the Louvre does (labels.md § partners).
  it.each<[string, string[]]>([
    ['Намсоульский университет обсудил с казахстанскими вузами обмен студентами', ['KR', 'KZ']],
    ['Намсеул университеті Тұран университетімен келісім жасасты', ['KR']],
    ['Namseoul University signs agreements with Turan University', ['KR']],
    ['Делегация университета Вусон посетила Туркестан', ['KR', 'KZ']],
  ])('reads a Korean university by its own name: %s', (text, codes) => {
    expect(findCountryMentions(text, index).map((m) => m.code)).toEqual(codes)
  })

  // Kazakh's own names of some capitals, and Russian's current spelling of Ashgabat, in their cases.
  it.each<[string, string[]]>([
    ['Делегация Тәшкентте, Қаһирада және Теһранда болды', ['UZ', 'EG', 'IR']],
    ['Тәшкенттегі университет Қаһираның университетімен келісім жасасты', ['UZ', 'EG']],
    ['Гастроли в Ашгабате', ['TM']],
  ])('reads a capital by its Kazakh name: %s', (text, codes) => {
    expect(findCountryMentions(text, index).map((m) => m.code)).toEqual(codes)
  })

  // A three-letter capital ending in a consonant inflects too, but its forms are also a person's name («Рима», «Риму», «Рим
  // Ахметов»), a Roman numeral's word in lower case («рим цифрлары») and the Pope's («Рим Папасы»): Rome only as a place.
  it.each<[string, string[]]>([
    ['Концерт прошёл в Риме, затем оркестр вернулся из Рима и гастролировал под Римом', ['IT', 'IT', 'IT']],
    ['Делегация Римде болды, Римнен Миланға барды', ['IT', 'IT', 'IT']],
    ['Оркестр Рим қаласында өнер көрсетті', ['IT']],
    ['Рим — столица Италии', ['IT', 'IT']],
    ['Премию вручили Риме Батталовой и Риму Ахметову', []],
    ['Рима Батталова и Рим Ахметов выступили в Алматы', ['KZ']],
    ['Сағат тілі рим цифрларымен жазылған', []],
    ['Президент Рим Папасымен кездесті', []],
  ])('reads Rome in its cases only as a place: %s', (text, codes) => {
    expect(findCountryMentions(text, index).map((m) => m.code)).toEqual(codes)
  })

  // Kazakh puts an abbreviation's case ending after a hyphen: it is the name's ending, as «Ресейде»'s is.
  it.each<[string, [string, string][]]>([
    ['Делегация АҚШ-қа барды, ҚХР-да көрме ашылды', [['US', 'қа'], ['CN', 'да']]],
    ['Министрлік КХДР-мен келісімге қол қойды, РФ-тың елшісі қатысты', [['KP', 'мен'], ['RU', 'тың']]],
    ['АҚШ-Қазақстан форумы', [['US', ''], ['KZ', '']]],
  ])('reads an abbreviation\'s hyphenated Kazakh ending as its case: %s', (text, found) => {
    expect(findCountryMentions(text, index).map((m) => [m.code, m.suffix])).toEqual(found)
  })

  // A capital's or a city's name is no stem of a longer name: a surname in -ов, -ев is a person's.
  it.each<[string, string[]]>([
    ['Профессор Каиров выступил с докладом в Каире', ['EG']],
    ['Награду вручили Айгуль Каировой и Ерлану Ташкентову', []],
    ['Делегация прибыла в Ташкент, затем в Каир', ['UZ', 'EG']],
  ])('reads no capital in a surname made of its name: %s', (text, codes) => {
    expect(findCountryMentions(text, index).map((m) => m.code)).toEqual(codes)
  })

  // «того» is the Russian pronoun far more often than Togo: «Кроме того», «Для того чтобы», «Того же дня».
  it.each(['Кроме того, министры обсудили гастроли.', 'Для того чтобы укрепить связи, стороны подписали план.', 'Того же дня делегация посетила музей.'])(
    'reads the pronoun «того» as no Togo: %s', (text) => {
      expect(findCountryMentions(text, index)).toEqual([])
    })

  // As an item of a list of countries, capitalised between two names, a name running text uses as a word is the country.
  it.each<[string, string[]]>([
    ['Конгреске Сербия, АҚШ, Того және Түркия өкілдері қатысты', ['RS', 'US', 'TG', 'TR']],
    ['В форуме участвовали делегации Нигера, Чад и Мали', ['NE', 'TD', 'ML']],
    ['Artists from Niger, Chad and Mali took part', ['NE', 'TD', 'ML']],
    ['Делегации России, Того, Бенина прибыли', ['RU', 'TG', 'BJ']],
    ['Кроме того, Россия и Китай подписали план', ['RU', 'CN']],
    ['Россия, того же мнения и Китай', ['RU', 'CN']],
  ])('reads a word-like country name as an item of a list of countries: %s', (text, codes) => {
    expect(findCountryMentions(text, index).map((m) => m.code)).toEqual(codes)
  })

  it('reads "Nigerian" as Nigeria and "Nigerien" as Niger', () => {
    const mentions = findCountryMentions('Nigerian and Nigerien artists from Nigeria and Niger met the Nigerians.', index)
    expect(mentions.map((m) => [m.code, m.isDemonym])).toEqual([['NG', true], ['NE', true], ['NG', false], ['NE', false], ['NG', true]])
  })

  it('reads the Kazakh words for peoples that are no stem of their country\'s name: «белорус», «украин», «серб», «швед»', () => {
    const text = 'Фестивальге белорус, украин және серб әншілері, шведтер мен норвег суретшілері, эстон ақындары келді.'
    expect(findCountryMentions(text, index).map((m) => [m.code, m.isDemonym])).toEqual([['BY', true], ['UA', true], ['RS', true], ['SE', true], ['NO', true], ['EE', true]])
    // The countries' own names, in Russian too, stay the countries.
    expect(findCountryMentions('Украинаның, Сербияның және Швецияның делегациялары; в Украине и Швеции', index).map((m) => [m.code, m.isDemonym]))
      .toEqual([['UA', false], ['RS', false], ['SE', false], ['UA', false], ['SE', false]])
  })

  it('tells Dominica from the Dominican Republic in Kazakh', () => {
    const text = 'Доминиканың мәдениет күндері өтті. Біз Доминиканы және Доминикан Республикасын білеміз; Доминикан Республикасының әртістері келді.'
    expect(findCountryMentions(text, index).map((m) => m.code)).toEqual(['DM', 'DM', 'DO', 'DO'])
  })

  it('reads "Dominican" as the Dominican Republic and "Dominica" as Dominica', () => {
    const mentions = findCountryMentions('Dominican musicians from the Dominican Republic toured Dominica.', index)
    expect(mentions.map((m) => [m.code, m.isDemonym])).toEqual([['DO', true], ['DO', false], ['DM', false]])
  })

  it.each([
    'a Dominican friar of the Dominican Order restored the Dominican church',
    'доминиканский монах из доминиканского монастыря и доминиканские монахини',
    'Доминикан орденінің монахы',
  ])('reads the Dominican order\'s friars and houses as no Dominican Republic (%s)', (text) => {
    expect(findCountryMentions(text, index)).toEqual([])
  })

  // A US state in a film's or a performer's name is no state: f3310a0's states made the United States a partner of a concert of film music.
  it.each([
    'The orchestra played music from Indiana Jones and Star Wars', 'Прозвучала музыка из фильма «Индиана Джонс»',
    'a Hannah Montana song', 'the rapper French Montana performed', 'Sierra Nevada mountains',
  ])('reads no state in a film\'s, a performer\'s or a range\'s name (%s)', (text) => {
    expect(findCountryMentions(text, index)).toEqual([])
  })

  // Russian knowledge, «познание», in its cases spells Poznań's stem: Poznań's own forms are «Познань», «Познани», «Познанью».
  it.each(['Познанию истории посвящена выставка', 'Познании мира служит музей', 'Познания о культуре соседей расширились'])(
    'reads no Poznań in knowledge opening a sentence (%s)', (text) => {
      expect(findCountryMentions(text, index)).toEqual([])
    })

  it('still reads Poznań in its own forms', () => {
    expect(findCountryMentions('Университет в Познани и Познань', index).map((m) => m.code)).toEqual(['PL', 'PL'])
  })

  it('still reads Indiana and Montana as states', () => {
    expect(findCountryMentions('Indiana University and the University of Montana', index).map((m) => m.code)).toEqual(['US', 'US'])
  })

  it('still reads the Dominican Republic, its people and "Dominican" beside a state word', () => {
    const text = 'Dominican musicians and the Dominican ambassador; доминиканская делегация; the Dominican side'
    expect(findCountryMentions(text, index).map((m) => m.code)).toEqual(['DO', 'DO', 'DO', 'DO'])
  })

  it('reads «Бразилии» as Brazil, «Бразилиа» as its capital', () => {
    const mentions = findCountryMentions('В столице Бразилии, Бразилиа, открылись Дни кино.', index)
    expect(mentions.map((m) => [m.code, m.kind])).toEqual([['BR', 'country'], ['BR', 'capital']])
  })

  it('reads abbreviations only in capitals', () => {
    const codes = findCountryMentions('The US side thanked us and the UK', index).map((m) => m.code)
    expect(codes).toEqual(['US', 'GB'])
  })

  it('reads «Северная Корея» and the DPRK as North Korea, «Южная Корея» as South Korea', () => {
    const codes = findCountryMentions('Делегации Северной Кореи и Южной Кореи; the DPRK delegation', index).map((m) => m.code)
    expect(codes).toEqual(['KP', 'KR', 'KP'])
  })

  it('finds a Russian name with a one-letter word in it, inflected, and not its letter alone', () => {
    const codes = findCountryMentions('Переговоры с Боснией и Герцеговиной и Кот-д’Ивуаром; и Тобаго', index).map((m) => m.code)
    expect(codes).toEqual(['BA', 'CI'])
  })

  it('tells capitals and institutions from country names', () => {
    const mentions = findCountryMentions('Talks in Minsk with the Louvre and France', index)
    expect(mentions.map((m) => [m.code, m.kind])).toEqual([['BY', 'capital'], ['FR', 'institution'], ['FR', 'country']])
  })

  it('reads a place written with a capital İ as its plain spelling (İstanbul, Azerbaijani and Turkish names in English)', () => {
    expect(findCountryMentions('Films were shown in İstanbul and İzmir', index).map((m) => [m.code, m.kind])).toEqual([['TR', 'city'], ['TR', 'city']])
  })

  // labels.md § partners: a federal agency implies its country, in every case its name takes.
  it.each([
    ['фестиваль поддержало Россотрудничество'],
    ['при поддержке представительства Россотрудничества'],
    ['меморандум с Россотрудничеством'],
    ['Россотрудничествомен келісім'],
  ])('reads Rossotrudnichestvo in its cases as the Russian agency (%s)', (text) => {
    expect(findCountryMentions(text, index).map((m) => [m.code, m.kind])).toEqual([['RU', 'institution']])
  })

  it.each([
    ['выставка из фондов Русского музея', 'RU'],
    ['the Russian Museum lends works', 'RU'],
    ['Орыс мұражайының көрмесі', 'RU'],
  ])('reads the Russian Museum as an institution, not the word Russian (%s)', (text, code) => {
    expect(findCountryMentions(text, index).map((m) => [m.code, m.kind])).toEqual([[code, 'institution']])
  })

  it.each([
    ['Мажилис одобрил соглашение о филиале Челябинского госуниверситета', 'RU'],
    ['Меморандум с Омским университетом', 'RU'],
    ['Новосибирский театр на гастролях', 'RU'],
    ['в Омске', 'RU'],
  ])('reads a Russian city in -ск in its adjective forms as well as its own (%s)', (text, code) => {
    expect(findCountryMentions(text, index).map((m) => [m.code, m.kind])).toEqual([[code, 'city']])
  })

  it.each([
    ['Абай облысының әкімі', 'KZ'],
    ['Zhetysu University', 'KZ'],
    ['Маңғыстау облысы', 'KZ'],
    ['Abai region akim', 'KZ'],
    ['Жамбылской области', 'KZ'],
  ])('reads the home country\'s regions not named by a city as its places (%s)', (text, code) => {
    expect(findCountryMentions(text, index).map((m) => [m.code, m.kind])).toEqual([[code, 'city']])
  })

  it.each(['Абай Құнанбайұлы', 'Abai Kunanbayev', 'Жамбыл Жабаев'])('reads Abai and Zhambyl alone as persons, not regions (%s)', (text) => {
    expect(findCountryMentions(text, index)).toEqual([])
  })

  it.each(['с алматинским университетом', 'Карагандинский университет', 'Кызылординской области', 'астанинского театра'])(
    'reads a home city\'s Russian adjective whose stem is not its name as the city (%s)', (text) => {
      expect(findCountryMentions(text, index).map((m) => [m.code, m.kind])).toEqual([['KZ', 'city']])
    },
  )

  it.each([
    ['в Алтайском районе прошёл праздник', []],
    ['газета «Рудный Алтай» пишет', []],
    ['Алтайский округ подписал соглашение', []],
    ['Алтайский государственный университет', ['RU']],
  ])('reads the Russian adjective of the Altai as Russia, but not the Kazakhstani Altai\'s district or the Ore Altai (%s)', (text, codes) => {
    expect(findCountryMentions(text, index).map((m) => m.code)).toEqual(codes)
  })

  it('reads the Urals as no Uralsk: «Оңтүстік Орал» is South Ural, «Оралда» still Uralsk', () => {
    expect(findCountryMentions('Ош университеті Оңтүстік Орал университетімен, Орал таулары', index).map((m) => m.code)).toEqual(['KG'])
    expect(findCountryMentions('Оралда жастар форумы өтті', index).map((m) => [m.code, m.kind])).toEqual([['KZ', 'city']])
  })

  // «Уральский» names the Urals (Ural Federal University, in Yekaterinburg), «Петропавловская» Peter and Paul's fortress or
  // cathedral, «Петропавловск-Камчатский» a Russian city: none of them is Uralsk's or Petropavl's.
  it.each([
    'Уральский федеральный университет подписал соглашение',
    'студенты Уральского федерального университета',
    'Уральская опера',
    'Петропавловская крепость',
    'Петропавловск-Камчатский',
    'Орал федералды университеті',
  ])('reads the Urals\' and Peter and Paul\'s adjectives as no home city (%s)', (text) => {
    expect(findCountryMentions(text, index).filter((m) => m.code === 'KZ')).toEqual([])
  })

  it.each(['в Уральске', 'Уральск', 'Петропавловск', 'в Петропавловске'])('still reads Uralsk and Petropavl by their own names (%s)', (text) => {
    expect(findCountryMentions(text, index).map((m) => [m.code, m.kind])).toEqual([['KZ', 'city']])
  })

  it('reads Osh and Jalal-Abad as places of Kyrgyzstan, so that their universities name it (labels: a city implies its country)', () => {
    const mentions = findCountryMentions('Osh State University and the Ош университеті signed with Jalal-Abad', index)
    expect(mentions.map((m) => [m.code, m.kind])).toEqual([['KG', 'city'], ['KG', 'city'], ['KG', 'city']])
  })

  it.each(['с кыргызскими партнерами', 'кыргызские коллеги', 'кыргызско-казахстанский молодежный форум', 'Кыргызского национального театра'])(
    'reads «кыргызский», the Russian spelling of Kyrgyzstan\'s own press, as Kyrgyzstan (%s)', (text) => {
      expect(findCountryMentions(text, index).map((m) => m.code)).toContain('KG')
    })

  it.each<[string, string]>([
    ['Новосібір облысының мемлекеттік архиві', 'RU'], ['Новосібірде', 'RU'], ['Шэньси провинциясының білім басшысы', 'CN'], ['Қазақстанның Сиандағы бас консулы', 'CN'],
    ['Lanzhou University', 'CN'], ['в провинции Шэньси', 'CN'],
    // A state of the United States, a region of Italy, a seat of a Polish voivodeship (labels.md: a region or city implies its country).
    ['the University of Nebraska at Omaha', 'US'], ['Небраска университеті', 'US'], ['университет штата Техас', 'US'],
    ['Университет Реджо-Калабрии', 'IT'], ['a conservatory in Tuscany', 'IT'], ['Сицилияда өтетін фестиваль', 'IT'],
    ['Қарақалпақ мемлекеттік университеті', 'UZ'], ['Каракалпакский государственный университет', 'UZ'],
    ['Ольштындағы университет', 'PL'], ['Ягеллонский университет в Кракове', 'PL'], ['the University of Wrocław', 'PL'],
    // A German state or university town, and a German university by its own name.
    ['Hof University of Applied Sciences hosted seven guests', 'DE'], ['a preparatory college in Saxony-Anhalt', 'DE'],
    ['Магдебургский университет имени Отто фон Герике', 'DE'], ['Гейдельбергский университет', 'DE'], ['Штутгарттағы университет', 'DE'],
    ['Европейский университет Виадрина', 'DE'], ['the European University Viadrina', 'DE'],
    // Altai Krai and the Altai Republic, by the Russian adjective and the Kazakh name of the krai.
    ['сотрудники Алтайского государственного университета', 'RU'], ['Алтайскую делегацию возглавлял заместитель председателя', 'RU'],
    ['Ансамбльді Алтай өлкесі губернаторы қабылдады', 'RU'],
    // A Korean national university by its province's short name, and Hankuk, Korea's name in Korean.
    ['Jeonbuk National University', 'KR'], ['Kyungpook National University', 'KR'], ['Hankuk University of Foreign Studies', 'KR'],
    ['Университет иностранных языков Ханкук', 'KR'],
    // Namseoul ("South Seoul") University, by its Russian adjective and its Kazakh and English names.
    ['Намсоульский университет обсудил обмен студентами', 'KR'], ['Намсеул университеті меморандумға қол қойды', 'KR'], ['Namseoul University', 'KR'],
    // Ardabil, and the university named by the town's adjective after its scholar.
    ['University of Mohaghegh Ardabili', 'IR'], ['Ardabil province', 'IR'],
    // University towns of Japan, Turkey and Azerbaijan, whose schools were read as the home country's while their names were unknown.
    ['Kanazawa University', 'JP'], ['университет Цукуба', 'JP'], ['Ығдыр университетінің ректоры', 'TR'], ['Erzurum Atatürk University', 'TR'],
    ['Гәнжә мемлекеттік университетінде', 'AZ'], ['Lankaran State University', 'AZ'],
  ])('reads a city or region of a foreign state by its own name, in Kazakh too, as its country (%s → %s)', (text, code) => {
    expect(findCountryMentions(text, index).map((m) => m.code)).toContain(code)
  })

  it.each<[string, string]>([
    // Leningrad oblast, named by its adjective as any Russian place is («Ленинградский государственный университет»).
    ['Вуз Ленинградской области', 'RU'], ['Ленинградский государственный университет имени А. С. Пушкина', 'RU'],
    // A Polish university town that seats no voivodeship, and Warmia-Masuria.
    ['Радомдағы Технологиялық-гуманитарлық университет', 'PL'], ['Вармия-Мазур университетінің ректоры', 'PL'],
  ])('reads Leningrad oblast and Polish university towns that seat no voivodeship as their country (%s → %s)', (text, code) => {
    expect(findCountryMentions(text, index).map((m) => m.code)).toContain(code)
  })

  it.each(["Queen's University Belfast in Northern Ireland", 'Университет Северной Ирландии', 'Солтүстік Ирландиядағы университет', 'a festival in Wales'])(
    'reads Northern Ireland and Wales as the United Kingdom, not Ireland: %s', (text) => {
      const codes = findCountryMentions(text, index).map((m) => m.code)
      expect(codes).toContain('GB')
      expect(codes).not.toContain('IE')
    },
  )

  it.each(['Inner Mongolia University in Hohhot', 'Университет Внутренней Монголии', 'Ішкі Моңғолия университетінің ректоры'])(
    'reads Inner Mongolia as China, not Mongolia: %s', (text) => {
      const codes = findCountryMentions(text, index).map((m) => m.code)
      expect(codes).toContain('CN')
      expect(codes).not.toContain('MN')
    },
  )

  it.each(['Rosario signed a twinning agreement with Almaty', 'Росарио подписал соглашение о побратимстве с Алматы', 'Росарио қаласының интенданты'])(
    'reads Rosario as Argentina: %s', (text) => {
      expect(findCountryMentions(text, index).map((m) => m.code)).toContain('AR')
    },
  )

  // An acronym spelt like a city is no city: the OECD's PISA tests are no Pisa, OSH (occupational safety and health) no Osh.
  it.each([
    'Kazakh students took the PISA test', 'Результаты PISA-2022 показали рост грамотности', 'PISA зерттеуінің нәтижелері', 'an OSH training for teachers',
  ])('reads no city in an acronym written in capitals: %s', (text) => {
    expect(findCountryMentions(text, index).map((m) => m.code)).not.toContainEqual(expect.stringMatching(/^(?:IT|KG)$/))
  })

  it.each<[string, string]>([['a concert in Pisa', 'IT'], ['Пиза университеті', 'IT'], ['ОШ ҚАЛАСЫНДАҒЫ ФЕСТИВАЛЬ', 'KG']])(
    'still reads the city in capitals where the sentence is all capitals, and in its own spelling (%s → %s)', (text, code) => {
      expect(findCountryMentions(text, index).map((m) => m.code)).toContain(code)
    })

  it.each([
    'директор Русского академического драматического театра имени М. Горького', 'в Русском драматическом театре',
    'Лермонтов атындағы орыс драма театры', 'the Russian Drama Theatre in Almaty',
  ])('reads a Russian drama theatre as a theatre named for its language, no Russia (labels: a home institution with a foreign word in its name) (%s)', (text) => {
    expect(findCountryMentions(text, index).map((m) => m.code)).not.toContain('RU')
  })

  it.each([
    'Мемлекеттік республикалық корей музыкалық комедия театрының әртістері', 'Корей театры Алматыда', 'директор Корейского театра музыкальной комедии',
    'Almaty\'s Korean Theatre moves downtown', 'в Немецком драматическом театре',
  ])('reads the home country\'s Korean or German theatre as a theatre named for its people, no Korea or Germany (labels: a home institution with a foreign word in its name) (%s)', (text) => {
    expect(findCountryMentions(text, index).map((m) => m.code).filter((code) => code === 'KR' || code === 'DE')).toEqual([])
  })

  it.each<[string, string]>([['Корея Республикасының елшісі', 'KR'], ['корейский посол', 'KR'], ['Korean ambassador', 'KR'], ['немецкий посол', 'DE']])(
    'still reads Korea and Germany in their other names (%s → %s)', (text, code) => {
      expect(findCountryMentions(text, index).map((m) => m.code)).toContain(code)
    })

  // No other Russian name beside «русский», which alone must name Russia: the State Russian Museum is a Russian party.
  it.each(['русские писатели', 'русский балет', 'директор Государственного Русского музея', 'Русский музей'])('still reads «русский» elsewhere as Russia (%s)', (text) => {
    expect(findCountryMentions(text, index).map((m) => m.code)).toContain('RU')
  })

  it('reads Hong Kong and Macao as places of China (labels: a region implies its country)', () => {
    const mentions = findCountryMentions('Museums of Hong Kong and Macao met in Гонконге', index)
    expect(mentions.map((m) => [m.code, m.kind])).toEqual([['CN', 'city'], ['CN', 'city'], ['CN', 'city']])
    expect(index.resolve('Hong Kong')).toBe('CN')
    expect(index.resolve('Макао')).toBe('CN')
  })

  it.each([
    ['блюда с перцем чили и соусом', []],
    ['баллоны с бутаном и пропаном', []],
    ['газ бутан подорожал', []],
    ['делегация Чили и посол Бутана', ['CL', 'BT']],
    ['Чили мен Бутан елшілері', ['CL', 'BT']],
  ])('reads «чили» and «бутан» in lower case as the pepper and the gas, capitalised as the states (%s)', (text, codes) => {
    expect(findCountryMentions(text, index).map((m) => m.code)).toEqual(codes)
  })

  it.each([
    ['чилийская делегация прибыла на форум', ['CL']],
    ['бутанские монахи показали танцы', ['BT']],
    ['с чилийской стороной подписан меморандум', ['CL']],
    ['чилилік делегация келді', ['CL']],
    ['бутандық тарап', ['BT']],
  ])('still reads the lower-case adjectives of Chile and Bhutan as the countries (%s)', (text, codes) => {
    expect(findCountryMentions(text, index).map((m) => m.code)).toEqual(codes)
  })

  it.each([
    ['5 қазан күні дәріс өтті', []],
    ['қазанда ет пісірілді', []],
    ['Қазандағы федералдық университет', ['RU']],
    ['Қазан айында көрме ашылады', []],
    ['Биыл Қазан айының соңында', []],
    ['Қазан төңкерісінің жылдары', []],
    ['Қазан қаласында көрме ашылады', ['RU']],
    ['Орынбор облысының әкімі мен Омбы мұражайы', ['RU', 'RU']],
    ['Башқұртстан Ұлттық кітапханасы', ['RU']],
    ['KARACHI: the University of Karachi', ['PK', 'PK']],
  ])('reads Kazakh names of Russian cities, «қазан» in lower case and «Қазан айы» as October or a cauldron, and Karachi (%s)', (text, codes) => {
    expect(findCountryMentions(text, index).map((m) => m.code)).toEqual(codes)
  })

  it.each([
    ['Санкт-Петербордың Музыка үйі мен Петербордағы театр', ['RU', 'RU']],
    ['Шолпан-Атада өткен кездесу мен Қарақолдағы фестиваль', ['KG', 'KG']],
    ['Гәнжә мемлекеттік университетінде', ['AZ']],
  ])('reads cities in their Kazakh spelling, whatever their case: %s', (text, codes) => {
    expect(findCountryMentions(text, index).map((m) => m.code)).toEqual(codes)
  })

  it.each([
    ['a round table on current trends in restoration', []],
    ['Education: development trends and a new trend in museums', []],
    ['Trend news agency and Kazinform signed a memorandum', ['AZ']],
  ])('reads "trend" in lower case as the noun and Trend, capitalised, as Azerbaijan\'s news agency (%s)', (text, codes) => {
    expect(findCountryMentions(text, index).map((m) => m.code)).toEqual(codes)
  })

  it('prefers the longer institution name', () => {
    expect(findCountryMentions('an exhibition at the Louvre Abu Dhabi', index).map((m) => m.code)).toEqual(['AE'])
  })
})

describe('findCountryMentions: words that begin with a name', () => {
  it('reads Kazakh «бұқаралық» as mass, not Bukhara, and keeps Bukhara itself', () => {
    expect(findCountryMentions('бұқаралық ақпарат құралдары мен бұқаралық спорт', index)).toEqual([])
    expect(findCountryMentions('Бұқара мен Самарқандта', index).map((m) => m.code)).toEqual(['UZ', 'UZ'])
    expect(findCountryMentions('Бұқарада өтті', index).map((m) => m.code)).toEqual(['UZ'])
  })

  it.each([
    ['Бұхара', 'Бұхарада', 'Бұхараға', 'Бұхараның', 'Бұхарадан'],
    ['Хиуа', 'Хиуада', 'Хиуаға', 'Хиуаның'],
    ['Ферғана', 'Ферғанада', 'Нөкіс', 'Нөкісте'],
    ['Самарқанд', 'Самарқандта', 'Самарқандқа', 'Ташкентте', 'Ташкенттің'],
  ])('reads Uzbekistan\'s places in their Kazakh spelling and cases (%s)', (...names) => {
    expect(findCountryMentions(names.join(', '), index).map((m) => m.code)).toEqual(names.map(() => 'UZ'))
  })

  it.each([
    ['Latin America and Latin American countries, South America and the Americas', []],
    ['страны Латинской Америки и Южной Америке', []],
    ['Латын Америкасында және Оңтүстік Америка елдерінде', []],
    ['America, Америки, АҚШ пен Латын Америкасы', ['US', 'US', 'US']],
  ])('reads Latin, South or North America as no United States, and America alone as it (%s)', (text, codes) => {
    expect(findCountryMentions(text, index).map((m) => m.code)).toEqual(codes)
  })

  it('reads a Russian name in «-а» with the ending its last consonant takes: «Самари» is no Samara, «Польши», «Америки» are Poland and America', () => {
    expect(findCountryMentions('доктор Фахд бин Абдулла Ас-Самари', index)).toEqual([])
    expect(findCountryMentions('из Самары, Варшавы, Польши, Америки и Праги', index).map((m) => m.code)).toEqual(['RU', 'PL', 'PL', 'US', 'CZ'])
  })
})

describe('display', () => {
  it.each([
    ['RU', 'ru', 'Россия'], ['RU', 'kk', 'Ресей'], ['RU', 'en', 'Russia'], ['CN', 'ru', 'Китай'], ['KR', 'en', 'South Korea'],
    ['MD', 'ru', 'Молдова'], ['MD', 'en', 'Moldova'], ['CD', 'en', 'DR Congo'],
  ] as const)('countryName(%s, %s) = %s', (code, locale, name) => {
    expect(countryName(code, locale)).toBe(name)
  })

  it.each(['en', 'ru', 'kk'] as const)('gives no two countries one %s name, nor one with a comma or brackets', (locale) => {
    const names = listCountryCodes().map((code) => countryName(code, locale))
    expect(names.filter((name, i) => names.indexOf(name) !== i)).toEqual([])
    for (const code of ['CD', 'CG', 'MD', 'LA', 'SY', 'BN', 'VA', 'FM', 'MM']) expect(countryName(code, locale)).not.toMatch(/[,(]/)
  })

  it('draws flags from regional indicators', () => {
    expect(countryFlag('RU')).toBe('🇷🇺')
    expect(countryFlag('kz')).toBe('🇰🇿')
    expect(countryFlag('xyz')).toBe('')
  })
})

describe('country names in Kazakh Latin letters', () => {
  const index = createCountryIndex()
  it.each([
    ['Reseı', 'RU'], ['Fransııa', 'FR'], ['Qytaı', 'CN'], ['Túrkıa', 'TR'], ['Ózbekstan', 'UZ'], ['Ulybrıtanııa', 'GB'], ['Qatar', 'QA'],
    // In capitals, where ı has become I.
    ['RESEI', 'RU'], ['FRANSIIA', 'FR'], ['QYTAI', 'CN'],
    // Typed without the marks: i for ı, plain vowels for á ó ú ý, g n for ǵ ń, the 2021 ş for sh.
    ['Qytai', 'CN'], ['qytai', 'CN'], ['Resei', 'RU'], ['Germaniia', 'DE'], ['Turkiia', 'TR'], ['Ozbekstan', 'UZ'], ['Undistan', 'IN'],
    ['Mysyr', 'EG'], ['Ontustik Koreia', 'KR'], ['Soltustik Koreia', 'KP'], ['Polsha', 'PL'], ['Polşa', 'PL'], ['Qytai Halyq Respublikasy', 'CN'],
    // The 2021 alphabet, whose capital of i is İ: a name starting with it, alone or inflected.
    ['İtaliia', 'IT'], ['İspaniia', 'ES'], ['İndoneziia', 'ID'], ['İtaliiamen', 'IT'], ['İspaniiağa', 'ES'],
    // Inflected and typed without the marks: i for ı, n for the genitive's ń.
    ['Qytaidyn', 'CN'], ['Reseidin', 'RU'], ['Qytaimen', 'CN'], ['Germaniiadan', 'DE'], ['Ulybritaniianyn', 'GB'],
    // Russian names romanised and inflected, or with j for й, as Cyrillic ones are read.
    ['Rossii', 'RU'], ['Frantsii', 'FR'], ['Kitaya', 'CN'], ['Rossija', 'RU'], ['Frantsiyey', 'FR'], ['Franciei', 'FR'], ['Germanii', 'DE'], ['Italii', 'IT'], ['Kitaem', 'CN'],
    // A name whose second word follows a hyphen is not cut to its first: «Sen», SEN, is Senegal.
    ['Sen-Bartelemi', 'BL'], ['Сен-Бартелеми', 'BL'],
    // What the plain reading already found stays found.
    ['Qatar', 'QA'], ['Kuwait', 'KW'], ['Oman', 'OM'], ['Mali', 'ML'], ['Austria', 'AT'], ['Belarus', 'BY'],
  ])('%s → %s', (name, code) => {
    expect(index.resolve(name)).toBe(code)
  })

  // Capitals, cities, abbreviations and typos are not read through plain letters: Рим would be "rim", РК "rk", США "ssha".
  it.each(['rim', 'male', 'Pekin', 'rk', 'ssha', 'oae', 'rusia', 'Lenin', 'kino', 'Moskvy', 'Parizha', 'Sen-Barthelemy'])('%s → null', (name) => {
    expect(index.resolve(name)).toBeNull()
  })
})
