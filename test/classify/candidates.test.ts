import { describe, expect, it } from 'vitest'
import { createAnalyser } from '../../src/classify/classify.js'

const analyse = createAnalyser({ homeCountry: 'KZ' })

describe('candidateFeatures', () => {
  const analysis = analyse({
    title: 'Казахстан и Франция подписали соглашение о сотрудничестве музеев',
    body: 'В Париже министр культуры Казахстана и министр культуры Франции подписали соглашение о сотрудничестве в музейной сфере. Документ подписан под эгидой ЮНЕСКО. Ранее делегация посетила Лувр.',
    lang: 'ru',
  })
  const featuresOf = (code: string) => analysis.candidates.find((c) => c.code === code)?.features ?? {}

  it('reads a country paired with the home country in a signing as a party’s signs, and no organisation’s', () => {
    const france = featuresOf('FR')
    expect(france).toMatchObject({ 'c.title': 1, 'c.lead': 1, 'c.top': 1, 'c.others': 0, 'c.pair_home': 1, 'c.s_signed': 1, 'c.s_coop': 1, 'c.pair_coop': 1 })
    expect(france['c.mentions']).toBeCloseTo(Math.log1p(4))
    expect(Object.keys(france).filter((name) => name.startsWith('c.org') || name === 'c.body_only' || name === 'c.only_place')).toEqual([])
  })

  it('makes no candidate of an organisation under whose auspices a document is signed', () => {
    expect(analysis.candidates.map((c) => c.code)).not.toContain('UNESCO')
  })

  it('lists the features in the rules’ order, which the models sum in', () => {
    expect(Object.keys(featuresOf('FR'))).toEqual(['c.mentions', 'c.title', 'c.lead', 'c.first', 'c.top', 'c.others', 'c.institution',
      'c.pair_home', 'c.official', 'c.institution_near', 'c.location', 'c.s_coop', 'c.s_signed', 'c.s_home', 'c.s_visit', 'c.pair_coop',
      'c.s_participate'])
  })
})

describe('countries only beside what is reported', () => {
  const featuresIn = (title: string, body: string, code: string) =>
    analyse({ title, body }).candidates.find((c) => c.code === code)?.features ?? {}

  it('reads the host of a tour abroad as the place of an event, and a city only as where ministers meet when the talks are held there', () => {
    const venue = featuresIn('Kazakh and Uzbek culture ministers meet in Minsk',
      'The culture ministers of Kazakhstan and Uzbekistan held talks in Minsk on the sidelines of a forum and discussed theatre tours.', 'BY')
    expect(venue).toMatchObject({ 'c.place_meet': 1 })
    expect(venue['c.place_event']).toBeUndefined()
    const toured = featuresIn('Kazakh and Turkish culture ministers meet',
      'The ministers met and discussed the tour of the Astana Opera in Ankara next spring.', 'TR')
    expect(toured['c.place_meet']).toBeUndefined()
    const host = featuresIn('Astana Opera tours Turkey', 'The Astana Opera went on a tour to Ankara with two ballets.', 'TR')
    expect(host['c.place_event']).toBe(1)
  })

  it('marks the seat of an organisation the article names, when nothing links it to what is reported', () => {
    const paris = featuresIn('Мемлекеттік хатшы ЮНЕСКО штаб-пәтерінде Бас директормен кездесті', 'Мемлекеттік хатшы Парижге барып, ЮНЕСКО басшылығымен кездесті.', 'FR')
    expect(paris['c.org_seat']).toBe(1)
    const signed = featuresIn('Kazakhstan and France sign a museum agreement', 'The ministers signed it at UNESCO headquarters.', 'FR')
    expect(signed['c.org_seat']).toBeUndefined()
    expect(featuresIn('The Secretary of State visits Paris', 'She met museum directors in Paris.', 'FR')['c.org_seat']).toBeUndefined()
  })

  it('reads the place of an organisation\'s event held there, where nothing is signed or talked of, as a host and not its seat', () => {
    const concert = featuresIn('Оркестр дал концерт в Турции на фестивале ТЮРКСОЙ', 'Казахстанский оркестр дал первый концерт в Турции на фестивале ТЮРКСОЙ.', 'TR')
    expect(concert['c.place_org']).toBeUndefined()
    expect(concert['c.place_event']).toBe(1)
    const signedThere = featuresIn('Kazakhfilm and Belarusfilm sign a memo at the SCO film festival', 'The studios signed a memorandum at the SCO Film Festival in Beijing.', 'CN')
    expect(signedThere['c.place_org']).toBe(1)
    const talks = featuresIn('Министр встретился с генсеком ТЮРКСОЙ в Анкаре', 'Министр культуры Казахстана провёл переговоры с генсеком ТЮРКСОЙ в Анкаре.', 'TR')
    expect(talks['c.place_org']).toBe(1)
  })

  it('marks a country the title leaves out when the title names another', () => {
    const article = ['«Казинформ» и Associated Press of Pakistan заключили меморандум',
      'Документ подписан в Исламабаде. На церемонии присутствовали представители египетского MENA и иранского IRNA.']
    expect(featuresIn(article[0] as string, article[1] as string, 'EG')['c.title_other']).toBe(1)
    expect(featuresIn(article[0] as string, article[1] as string, 'PK')['c.title_other']).toBeUndefined()
    expect(featuresIn('Агентства подписали меморандум', 'Агентства Пакистана и Египта подписали меморандум.', 'EG')['c.title_other']).toBeUndefined()
  })
})

describe('an organisation’s observers and dialogue partners', () => {
  const title = 'Министры культуры стран ШОС обсудят сотрудничество в Ташкенте'
  const body = 'Министры культуры Казахстана, Кыргызстана, России, Китая, Таджикистана и Узбекистана обсудят сотрудничество в культуре. ' +
    'Статус наблюдателей имеют Афганистан, Беларусь, Индия, Иран, Монголия и Пакистан, партнерами по диалогу — Азербайджан, Армения, Камбоджа, Непал, Турция и Шри-Ланка.'
  const analysis = analyse({ title, body })
  const featuresOf = (code: string) => analysis.candidates.find((c) => c.code === code)?.features ?? {}

  it('marks every item of a list of observers or dialogue partners as an observer, however far down the list, and no member taking part', () => {
    for (const code of ['AF', 'MN', 'PK', 'AZ', 'NP', 'LK']) expect(featuresOf(code)['c.observer'], code).toBe(1)
    for (const code of ['KG', 'RU', 'CN', 'UZ']) expect(featuresOf(code)['c.observer'], code).toBeUndefined()
  })
})

describe('a country named in Kazakh Latin with zh for ж', () => {
  it('reads «Mazharstan» as Hungary', () => {
    const analysis = analyse({ title: 'Mazharstandaǵy Qazaqstan mádenıeti kúnderi ashyldy', body: 'Budapeshtte Qazaqstan mádenıeti kúnderi ashyldy. Mazharstannyń mádenıet mınıstri qatysty.' })
    expect(analysis.candidates.map((c) => c.code)).toContain('HU')
  })
})

describe('an organisation named by its member states', () => {
  const orgIn = (title: string, body: string) => analyse({ title, body }).candidates.find((c) => c.code === 'SCO')

  it.each([
    ['ru', 'Министры культуры стран ШОС собрались в Минске', 'Стороны обсудили гастроли театров и обмен выставками.'],
    ['kk', 'Витебскіде ШЫҰ елдерінің мәдениет министрлері бас қосты', 'Тараптар театр гастрольдері мен көрмелер алмасуын талқылады.'],
  ])('reads the organisation in its states’ ministers’ headline, where they meet as its council (%s)', (_lang, title, body) => {
    expect(orgIn(title, body)?.features).toMatchObject({ 'c.title': 1, 'c.org_countries': 1 })
  })

  it('leaves an organisation named only as a group of states no party (isOnlyOrgName)', () => {
    expect(orgIn('Туристы из стран ШОС посетили Туркестан', 'Туристы осмотрели мавзолей.')?.isOnlyOrgName).toBe(true)
  })
})

describe('an observer called so after its name', () => {
  const featuresIn = (title: string, body: string, code: string) =>
    analyse({ title, body }).candidates.find((c) => c.code === code)?.features ?? {}

  it.each([
    ['en', 'SCO education ministers meet in Moscow', 'Delegations from China, Kyrgyzstan and Tajikistan attended, and Belarus took part as an observer state.', 'BY'],
    ['ru', 'Министры образования стран ШОС собрались в Москве', 'В заседании участвовали представители Китая, Кыргызстана и Таджикистана; Беларусь присутствовала как наблюдатель.', 'BY'],
    ['kk', 'ШЫҰ білім министрлері Мәскеуде бас қосты', 'Отырысқа Қытай, Қырғызстан және Тәжікстан өкілдері қатысты; Беларусь бақылаушы ретінде қатысты.', 'BY'],
    // An apposition between commas calls it so as well.
    ['en', 'SCO culture ministers meet in Moscow', 'Ministers of China, Kyrgyzstan and Russia attended. Mongolia, an observer state, sent its deputy minister.', 'MN'],
    ['ru', 'Министры культуры ШОС собрались в Москве', 'Участвовали министры Китая, Кыргызстана и России. Монголия, имеющая статус наблюдателя, направила замминистра.', 'MN'],
  ])('marks a state called an observer after its name (%s)', (_lang, title, body, code) => {
    expect(featuresIn(title, body, code)['c.observer']).toBe(1)
  })

  it.each([
    ['en', 'SCO tourism chiefs meet in Moscow', 'Representatives of Kazakhstan, China, Kyrgyzstan, Russia and Tajikistan, as well as observer states and dialogue partners, attended.'],
    ['ru', 'Главы туристических ведомств ШОС встретились в Москве', 'Во встрече участвовали представители Казахстана, Китая, Кыргызстана, России и Таджикистана, а также страны-наблюдатели и партнеры по диалогу.'],
    ['kk', 'ШЫҰ туризм әкімшіліктерінің басшылары Мәскеуде кездесті', 'Кездесуге Қазақстан, Қытай, Қырғызстан, Ресей және Тәжікстан өкілдері, сондай-ақ бақылаушы елдер мен диалог серіктестері қатысты.'],
  ])('calls no member an observer where the observers are another item of the sentence (%s)', (_lang, title, body) => {
    for (const code of ['CN', 'KG', 'RU', 'TJ']) expect(featuresIn(title, body, code)['c.observer'], code).toBeUndefined()
  })

  // A member that invites, sends or hears observers is not called one.
  it.each([
    ['en', 'CIS culture ministers meet in Minsk', 'Representatives of Kazakhstan, Belarus and Kyrgyzstan took part; Russia proposed to invite observers from other states.'],
    ['ru', 'Министры культуры СНГ собрались в Минске', 'В заседании участвовали представители Казахстана, Беларуси и Кыргызстана; Россия предложила пригласить наблюдателей от других государств.'],
    ['kk', 'ТМД мәдениет министрлері Минскіде бас қосты', 'Отырысқа Қазақстан, Беларусь және Қырғызстан өкілдері қатысты; Ресей басқа мемлекеттерден бақылаушылар шақыруды ұсынды.'],
    ['en', 'CIS culture ministers meet in Minsk', 'Representatives of Kazakhstan, Belarus and Kyrgyzstan took part. Russia, which invited observers, chaired the session.'],
    ['ru', 'Министры культуры СНГ собрались в Минске', 'Участвовали представители Казахстана, Беларуси и Кыргызстана. Россия, которая пригласила наблюдателей, председательствовала.'],
    ['en', 'CIS culture ministers meet in Minsk', 'Representatives of Kazakhstan, Belarus and Kyrgyzstan took part. Russia, according to observers, chaired the session well.'],
    ['ru', 'Министры культуры СНГ собрались в Минске', 'Участвовали представители Казахстана, Беларуси и Кыргызстана. Россия, по мнению наблюдателей, успешно председательствовала.'],
  ])('calls no member an observer for the observers it invites (%s)', (_lang, title, body) => {
    expect(featuresIn(title, body, 'RU')['c.observer']).toBeUndefined()
  })
})

describe('performers from a list of countries', () => {
  const personIn = (title: string, body: string, code: string) =>
    analyse({ title, body }).candidates.find((c) => c.code === code)?.features['c.person']

  // corpus/README.md: individual performers are no party, wherever in the list of their countries the name stands.
  it.each([
    ['en', 'Ethno music festival opens in Almaty', 'Musicians from Kazakhstan, Turkey, Germany and Italy will perform at the festival in Almaty.'],
    ['ru', 'В Алматы пройдет фестиваль этнической музыки', 'На сцену выйдут музыканты из Казахстана, Турции, Германии и Италии.'],
    ['ru', 'В Астане открылся театральный фестиваль', 'В фестивале участвуют артисты театров из Казахстана, Турции, Германии и Италии.'],
    ['ru', 'В Шымкенте проходит конкурс эстрадной песни', 'Среди участников — певцы из Казахстана, Турции, Германии, а также из Италии.'],
  ])('reads every country of the list as where a performer comes from (%s: %s)', (_lang, title, body) => {
    for (const code of ['TR', 'DE', 'IT']) expect(personIn(title, body, code)).toBe(1)
  })

  it('does not read a delegation from a list of countries as performers', () => {
    expect(personIn('Culture ministers meet in Astana', 'Delegations from Kazakhstan, Turkey, Germany and Italy discussed joint exhibitions.', 'DE')).toBeUndefined()
  })
})
