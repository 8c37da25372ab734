import { describe, expect, it } from 'vitest'
import { createAnalyser } from '../../src/classify/classify.js'

const analyse = createAnalyser({ homeCountry: 'KZ' })

describe('kind features', () => {
  // labels.md § judgement calls: a declaration of cooperation is an agreement, and declarations are adopted, not signed.
  it.each([
    ['В Маскате министры культуры стран ОИС приняли декларацию', 'По итогам встречи участники приняли Маскатскую декларацию и резолюцию конференции.'],
    ['Turkic Council summit adopts declarations on youth and culture', 'The heads of state adopted the Cholpon-Ata declaration on cultural cooperation.'],
    ['Түркі кеңесінің саммиті декларацияны қабылдады', 'Тараптар мәдени ынтымақтастық туралы декларацияны қабылдады.'],
    ['Главы правительств СНГ провели заседание', 'По итогам заседания было принято Заявление глав правительств о культурно-гуманитарном сотрудничестве.'],
    ['CIS heads of government meet in Moscow', 'The heads of government adopted a statement on cultural and humanitarian cooperation.'],
  ])('reads an adopted declaration as one agreed to: %s', (title, body) => {
    expect(analyse({ title, body }).kind['k.a.declaration']).toBe(1)
  })

  // labels.md § judgement calls: a joint statement is an agreement; one the headline names is one issued, not one to come.
  it.each([
    ['Қазақстан мен Қытайдың бірлескен мәлімдемесі: 2024 жыл – туризм жылы', 'Екі мемлекет басшысы 2024 жылды туризм жылы деп жариялады.'],
    ['Совместное заявление Казахстана и Китая: 2024 год объявлен Годом туризма', 'Главы двух государств объявили 2024 год Годом туризма.'],
    ['Kazakhstan–China joint statement pledges closer cultural ties', 'The two heads of state declared 2024 the Year of Tourism.'],
  ])('reads a joint statement the headline names as signed: %s', (title, body) => {
    const kind = analyse({ title, body }).kind
    expect([kind['k.a.signed_title'], kind['k.a.declaration']]).toEqual([1, 1])
  })

  it.each([
    ['Казахстан и Китай планируют принять совместное заявление', 'Главы двух государств обсудят туризм.'],
    ['Ministers discuss a draft joint statement', 'The ministers discussed cultural ties.'],
  ])('reads no signing in a joint statement the headline announces or drafts: %s', (title, body) => {
    expect(analyse({ title, body }).kind['k.a.signed_title']).toBeUndefined()
  })

  // labels.md § judgement calls: what the article reports decides; a signing told in a sentence that opens on a month or a year
  // gone by is background, one dated by its day or told as today's is reported.
  it.each([
    ['Намсоульский университет обсудил с казахстанскими вузами обмен студентами', 'Консультации прошли в зале конференций.\nВ апреле университет заключил соглашение с университетом «Туран».', undefined],
    ['Vietnam and Kazakhstan discuss culture', 'The deputy minister received the ambassador.\nIn August, the two ministries signed a memorandum on tourism cooperation.', undefined],
    ['Vietnam and Kazakhstan discuss culture', 'The deputy minister received the ambassador.\nIn 2015, the two ministries signed an agreement on cultural cooperation.', undefined],
    ['Намсеул университеті қазақстандық жоғары оқу орындарымен кездесті', 'Кеңес конференция залында өтті.\nСәуірде университет «Тұран» университетімен келісімге қол қойды.', undefined],
    ['Намсоульский университет обсудил с казахстанскими вузами обмен студентами', 'Консультации прошли в зале конференций.\n5 апреля университет заключил соглашение с университетом «Туран».', 1],
    ['Vietnam and Kazakhstan discuss culture', 'The deputy minister received the ambassador.\nOn Monday, the two ministries signed a memorandum on tourism cooperation.', 1],
  ])('reads a signing in a sentence that opens on a month or a year gone by as background: %s', (title, body, expected) => {
    const kind = analyse({ title, body }).kind
    expect(kind['k.a.signed_lead'] ?? kind['k.a.signed_body']).toBe(expected)
  })

  // labels.md § kind: a forum's or festival's session is the gathering's sitting, no commission's; a council's stays one.
  it.each([
    ['Pakistan and Kazakhstan agree to widen educational cooperation', 'It came out of the second meeting of the Pakistan Kazakhstan Alumni Forum in Islamabad.', undefined],
    ['Казахстан и Пакистан расширят сотрудничество в образовании', 'Об этом заявили на пленарном заседании форума выпускников в Исламабаде.', undefined],
    ['Қазақстан мен Пәкістан білім саласында ынтымақтасады', 'Бұл туралы түлектер форумының пленарлық отырысында айтылды.', undefined],
    ['Совет по гуманитарному сотрудничеству СНГ провел заседание', 'Заседание совета прошло в дни форума творческой интеллигенции.', 1],
  ])('reads a gathering\'s session as no commission in session: %s', (title, body, expected) => {
    expect(analyse({ title, body }).kind['k.c.session_core']).toBe(expected)
  })

  // labels.md § kind: a working group or commission that convenes is in session.
  it.each([
    ['Ұлы Жібек жолы нысандары жөніндегі жұмыс тобы Алматыда жиналды', 'Төрт елдің мамандары қатысты.', 1],
    ['Рабочая группа собралась в Алматы', 'Обсуждалась номинация Шелкового пути, участвовали эксперты четырех стран.', 1],
    ['Silk Roads nomination working group convened in Almaty', 'Experts of four countries took part.', 1],
    ['Зрители собрались на концерт в Алматы', 'Концерт прошел при полном зале.', undefined],
  ])('reads a commission or working group that convenes as in session: %s', (title, body, expected) => {
    expect(analyse({ title, body }).kind['k.c.session_core']).toBe(expected)
  })

  // labels.md § judgement calls: the meeting of an organisation's member states' heads of agencies is its council in session;
  // one who met heads held talks.
  it.each([
    ['ШЫҰ елдері туризм саласында ынтымақтасуға келісті', 'ШЫҰ-ға мүше мемлекеттердің ұлттық туризм әкімшіліктері басшыларының кездесуі Мәскеуде өтті.', 1],
    ['Страны ШОС договорились о сотрудничестве в туризме', 'В Москве прошла встреча руководителей национальных туристических администраций государств — членов ШОС.', 1],
    ['Страны ШОС договорились о сотрудничестве в туризме', 'Генеральный секретарь ШОС провел встречу с руководителями туристических администраций Казахстана.', undefined],
    ['Казахстан и Китай договорились о сотрудничестве в туризме', 'В Пекине прошла встреча руководителей туристических ведомств двух стран.', undefined],
  ])('reads a meeting of heads beside an organisation as its council in session: %s', (title, body, expected) => {
    expect(analyse({ title, body }).kind['k.c.session_core']).toBe(expected)
  })

  // labels.md § kind: a venue that received an event hosted it; a host who received guests gave them an audience.
  it.each([
    ['В Бурсе выступил казахский ансамбль', 'Панорамный музей принял большой концерт к 30-летию независимости Казахстана.', undefined],
    ['Kazakh ensemble performs in Bursa', 'The city museum received the touring exhibition from Almaty.', undefined],
    ['Бурсада қазақ ансамблі өнер көрсетті', 'Мұражай үлкен концертті қабылдады.', undefined],
    ['В Бурсе выступил казахский ансамбль', 'Мэр Бурсы принял гостей выставки из Казахстана.', 1],
    ['Kazakh ensemble performs in Bursa', 'The mayor received the Kazakh ambassador at the exhibition.', 1],
  ])('reads a venue that received an event as no meeting: %s', (title, body, expected) => {
    expect(analyse({ title, body }).kind['k.m.meet_lead']).toBe(expected)
  })

  // labels.md § kind: an event the headline or lead reports (a tour, an exhibition, a concert) tells the meeting model what
  // its talks and receptions came with; one further down the body does not.
  it.each([
    ['Tajik artists to perform in Astana during Days of Culture', 'The ministers discussed the programme.', 1],
    ['Петропавл мен Курган мәдениет басқармалары кездесті', 'Тараптар жазушылар туралы әңгімелесті.\nӘңгіме жаңа жобалар туралы болды.\nКездесуден кейін концерт өтті.', undefined],
    ['Руководители управлений культуры Кургана и Петропавловска встретились', 'Стороны обсудили сотрудничество.\nРечь шла о новых проектах.\nПосле встречи состоялся концерт.', undefined],
    ['В Париже открылась выставка об истории Казахстана', 'Послы обсудили сотрудничество музеев.', 1],
  ])('reads an event in the headline or lead for the meeting model: %s', (title, body, expected) => {
    expect(analyse({ title, body }).kind['k.m.event_core']).toBe(expected)
  })

  // labels.md § judgement calls: days of culture are a joint event in every Russian case, not only the nominative «Дни культуры».
  it.each([
    ['Посол Казахстана посетит библиотеку в Гомеле', 'Визит входит в программу Дней культуры Казахстана в Беларуси.'],
    ['В Москве подвели черту под Днями культуры Астаны', 'Посол поблагодарил артистов.'],
    ['Делегация Казахстана приняла участие в Днях культуры в Бишкеке', 'Министры обсудили программу.'],
    ['Министры обсудили подготовку к Дням культуры Казахстана в Таджикистане', 'Стороны обсудили программу.'],
  ])('reads days of culture in their Russian cases as an event: %s', (title, body) => {
    expect(analyse({ title, body }).kind['k.m.event_core']).toBe(1)
  })

  // labels.md § kind: a joint event held or announced is an event, whether the headline or lead names it by a generic word or
  // as the opening of a centre; beside talks in the headline or lead, such events are what the talks planned.
  it.each([
    ['China Media Group holds China-Kazakhstan cultural exchange evening in Astana', 'Close to 100 guests watched a documentary made together.', 1],
    ['В Каракандинском университете прошло мероприятие литовских вузов', 'Студенты узнали о программах обучения в Литве.', 1],
    ['Қарағандыда Литва университеттерінің іс-шарасы өтті', 'Студенттер Литвадағы оқу бағдарламаларымен танысты.', 1],
    ['Belarus-Kazakhstan cultural centre opened at Minsk university', 'The rectors cut the ribbon.', 1],
    ['В Монголии проведут мероприятия в честь Абая', 'Посол Казахстана провел встречу с руководителем управления культуры Монголии.', undefined],
  ])('reads an event named by a generic word or an opening where the headline and lead report no talks: %s', (title, body, expected) => {
    expect(analyse({ title, body }).kind['k.m.occasion_core']).toBe(expected)
  })

  // labels.md § kind: a signed cooperation document is an agreement, also where the text calls it documents alone.
  it.each([
    ['Визит министра культуры в Ташкент', 'Министр культуры Казахстана провел переговоры с министром культуры Узбекистана.\nПо итогам встречи подписан пакет документов.', 'k.a.signed_lead'],
    ['Kazakhstan and Uzbekistan sign documents', 'The culture ministers held talks in Tashkent.', 'k.a.signed_title'],
    ['Мәдениет министрлері кездесті', 'Қазақстан мен Өзбекстан министрлері мәдениет саласындағы құжаттарға қол қойды.', 'k.a.signed_lead'],
    ['Министры культуры встретились', 'По итогам переговоров подписаны документы о сотрудничестве в сфере культуры.', 'k.a.signed_lead'],
  ])('reads documents signed, unnamed, as a cooperation document signed: %s', (title, body, feature) => {
    expect(analyse({ title, body }).kind[feature]).toBe(1)
  })

  it('reads documents discussed, approved or signed by one official, unnamed, as none signed', () => {
    const kind = analyse({ title: 'Министры культуры встретились', body: 'Стороны обсудили документы.\nПравительство утвердило документы о назначениях.\nМинистр подписал документы о назначении директоров музеев.' }).kind
    expect([kind['k.a.signed_lead'], kind['k.a.signed_body']]).toEqual([undefined, undefined])
  })

  // A meeting where one official signs documents on appointments, one state named twice, or documents shown are no parties' signing.
  it.each([
    ['Министр встретился с коллективом музея', 'В ходе встречи министр подписал документы о назначении новых директоров музеев.'],
    ['Minister meets museum staff', 'At the meeting the minister signed documents on the appointment of new museum directors.'],
    ['Министр мұражай ұжымымен кездесті', 'Кездесу барысында министр мұражай директорларын тағайындау туралы құжаттарға қол қойды.'],
    ['Реформа в Узбекистане', 'В Ташкенте президент Узбекистана подписал документы о реформе высшего образования.'],
    // Documents on show, signed by their authors long ago.
    ['Выставка архивных документов открылась в Астане', 'На выставке представлены документы, подписанные казахскими ханами и российскими императорами.'],
    ['Archive exhibition opens in Astana', 'The exhibition shows documents signed by Kazakh khans and Russian emperors.'],
    ['Астанада мұрағат көрмесі ашылды', 'Көрмеде қазақ хандары мен Ресей императорлары қол қойған құжаттар көрсетілген.'],
  ])('reads documents signed by one official or one state, or on show, unnamed, as none signed: %s', (title, body) => {
    expect(analyse({ title, body }).kind['k.a.signed_lead']).toBeUndefined()
  })

  // corpus/README.md (more-ru-049): a plan of joint events adopted is a cooperation document, also one under an earlier memorandum.
  it.each([
    ['Kazakhstan and Uzbekistan approve action plan', 'The culture ministers approved the action plan under the memorandum of cooperation in culture for 2025–2026.', 1],
    ['Казахстан и Узбекистан утвердили план', 'Министры культуры утвердили план мероприятий в рамках соглашения о сотрудничестве в сфере культуры.', 1],
    ['Kazakh theatres tour Uzbekistan', 'The memorandum signed under the agreement on cultural cooperation provides for tours.', undefined],
  ])('reads a plan adopted under an earlier memorandum as adopted now: %s', (title, body, expected) => {
    expect(analyse({ title, body }).kind['k.a.signed_lead']).toBe(expected)
  })

  // A cooperation document approved is one adopted (candidates.ts § sentenceFacts): a headline that names it, and reports it
  // approved, reports the document as one signed.
  it.each([
    ['ТПУ и Карагандинский технический университет утвердили план сотрудничества на 2014 год', 'В Томском политехническом университете побывала делегация из Караганды.'],
    ['Uzbekistan approves agreement with Kazakhstan on cooperation in higher education', 'The government of Uzbekistan published the decision.'],
    ['Үкімет басшылары туризм саласындағы ынтымақтастық бағдарламасын бекітті', 'Жиын Душанбеде өтті.'],
  ])('reads a cooperation document the headline names and reports approved as signed by title: %s', (title, body) => {
    expect(analyse({ title, body }).kind['k.a.signed_by_title']).toBe(1)
  })

  // «заявление» is also an application: applications accepted for a contest are no statement adopted.
  it.each([
    ['Открыт приём заявок на фестиваль казахской культуры в Бишкеке', 'Принятие заявлений на участие в фестивале продлится до 1 марта.'],
    ['Казахстанские студенты поедут учиться в Турцию', 'Заявления на стипендию приняты от 120 студентов из Казахстана и Турции.'],
  ])('reads applications accepted as no declaration: %s', (title, body) => {
    expect(analyse({ title, body }).kind['k.a.declaration']).toBeUndefined()
  })

  it('reads no declaration where delegates took part or a delegation was received', () => {
    const kind = analyse({ title: 'Министры приняли делегацию ТЮРКСОЙ', body: 'Делегаты приняли участие в конференции и обсудили проект декларации.' }).kind
    expect(kind['k.a.declaration']).toBeUndefined()
  })

  // labels.md § kind: a meeting is officials who met or held talks; «принял участие» is taking part, not receiving someone.
  it.each([
    ['В Лондоне представили антологию казахской литературы', 'Посол Казахстана принял участие в презентации антологии в Лондоне.'],
    ['В Анкаре показали казахский фильм', 'Министр культуры Казахстана приняла участие в премьере фильма в Анкаре.'],
  ])('reads no meeting where an official took part in an event: %s', (title, body) => {
    expect(analyse({ title, body }).kind['k.m.meet_lead']).toBeUndefined()
  })

  // labels.md § kind: a meeting is officials who met or held talks; guests greeted on arrival («встречали») met no one.
  it.each([
    ['В Уфе открылась выставка казахстанских фотографов', 'У входа в библиотеку гостей из Казахстана встречали девушки в национальных костюмах.'],
    ['Алматинский театр завершил гастроли в Омске', 'Артистов встретили прямо на вокзале хлебом-солью, а вечером они выступили на сцене драмтеатра.'],
  ])('reads guests greeted on arrival as no meeting: %s', (title, body) => {
    expect(analyse({ title, body }).kind['k.m.meet_lead']).toBeUndefined()
  })

  it('still reads «встретился», «встречались» and «встреча» as a meeting, and so talks and conversations', () => {
    for (const body of ['Министр культуры встретился с послом Турции.', 'Министры встречались в Анкаре.', 'Состоялась встреча министров культуры.',
      'They talked with the rector about joint research and student exchanges.', 'Консул и ректор говорили о совместных образовательных программах.',
      'Посол побеседовал с ректором университета.', 'Елші университет ректорымен әңгімелесті.']) {
      expect(analyse({ title: 'Сотрудничество в культуре', body }).kind['k.m.meet_lead']).toBe(1)
    }
  })

  // Kazakh's "put heads together" is "met": «бас қосты», «бас қосып», a gathering («басқосу»).
  it.each([
    ['Мәдени ынтымақтастық', 'Қазақстан мен Қырғызстанның мәдениет министрлері Бішкекте бас қосты.'],
    ['Madenı yntymaqtastyq', 'TMD mádenı yntymaqtastyq keńesi Astanada bas qosyp, tóraǵalyqty Belarýske tapsyrdy.'],
    ['Туризм саласындағы ынтымақтастық', 'Басқосуды ШЫҰ хатшылығы мен Ресейдің туризм агенттігі ұйымдастырды.'],
  ])('reads Kazakh «бас қосты» as a meeting: %s', (title, body) => {
    expect(analyse({ title, body }).kind['k.m.meet_lead']).toBe(1)
  })

  // Speaking to the press is no talks with a partner.
  it.each([
    ['Minister visits the festival', 'The minister talked to reporters after the opening of the festival.'],
    ['Министр посетил фестиваль', 'В беседе с журналистами министр рассказал о программе фестиваля.'],
    ['Министр посетил фестиваль', 'После открытия министр поговорил с журналистами о программе фестиваля.'],
    ['Министр фестивальге барды', 'Министр журналистермен әңгімелесіп, фестиваль бағдарламасы туралы айтты.'],
  ])('reads talking to the press as no meeting: %s', (title, body) => {
    expect(analyse({ title, body }).kind['k.m.meet_lead']).toBeUndefined()
  })

  // A forum where speakers talked about a theme held no talks.
  it('reads a theme talked about at a forum as no meeting', () => {
    const body = 'At the forum, speakers talked about the role of museums in cultural diplomacy.'
    expect(analyse({ title: 'Museums forum in Astana', body }).kind['k.m.meet_lead']).toBeUndefined()
  })

  // Two states' ministers meeting on the sidelines of an organisation's summit hold talks; the organisation's council is not in session.
  it.each([
    ['Министры Казахстана и Турции провели переговоры', 'Министры Казахстана и Турции встретились на полях саммита ШОС и обсудили культурный обмен.'],
    ['Қазақстан мен Түркия министрлері кездесті', 'Қазақстан мен Түркия министрлері ШЫҰ саммиті аясында кездесіп, мәдени алмасуды талқылады.'],
  ])('reads ministers meeting on the sidelines of a summit as no council in session: %s', (title, body) => {
    const kind = analyse({ title, body }).kind
    expect([kind['k.m.meet_lead'], kind['k.c.session_core']]).toEqual([1, undefined])
  })

  // labels.md § judgement calls: a council of an organisation's culture ministers is a commission, whatever it is called.
  it.each([
    ['Министры культуры стран ШОС обсудят сотрудничество в Ташкенте', 'В Ташкенте состоится 13-е совещание министров культуры государств — членов ШОС.'],
    ['SCO culture ministers to discuss cooperation in Tashkent', 'The 13th meeting of the culture ministers of the SCO member states opens in Tashkent.'],
    ['Kazan hosts sixth conference of SCO culture ministers', 'The conference of culture ministers of the SCO member states was held in Kazan.'],
    ['Қазанда ШЫҰ мәдениет министрлерінің VI конференциясы өтті', 'Қазан қаласында ШЫҰ-ға мүше мемлекеттердің мәдениет министрлерінің конференциясы өтті.'],
    ['В Казани прошла конференция министров культуры ШОС', 'Министры культуры государств — членов ШОС обсудили культурный обмен.'],
  ])('reads a ministers’ conference under any of its names as a session: %s', (title, body) => {
    expect(analyse({ title, body }).kind['k.c.session_core']).toBe(1)
  })

  // labels.md § judgement calls: so is a meeting of an organisation's ministers or of its council, however it is worded.
  it.each([
    ['CIS culture council meets in Minsk', 'The CIS Council for Cultural Cooperation, meeting in Minsk, chose its next chair.'],
    ['OTS education ministers meet in Baku', 'The education ministers of the Organization of Turkic States met in Baku to discuss student exchange.'],
    ['Министры культуры стран СНГ встретились в Душанбе', 'Министры культуры стран СНГ обсудили план культурного сотрудничества.'],
    ['ТҮРКСОЙ елдерінің мәдениет министрлері кездесті', 'ТҮРКСОЙ-ға мүше елдердің мәдениет министрлері Анкарада кездесті.'],
  ])('reads an organisation’s ministers or council meeting as a session: %s', (title, body) => {
    expect(analyse({ title, body }).kind['k.c.session_core']).toBe(1)
  })

  it.each([
    ['Culture minister meets UNESCO Director-General', 'The Minister of Culture met the UNESCO Director-General in Paris to discuss heritage nominations.'],
    ['Министр культуры встретился с генсеком ТЮРКСОЙ', 'Министр культуры и информации встретился с генеральным секретарём ТЮРКСОЙ.'],
    ['Turkic Council Secretary General meets Kazakh minister', 'The Turkic Council Secretary General met the Minister of Education in Astana.'],
  ])('reads no session where one minister meets an organisation’s head: %s', (title, body) => {
    expect(analyse({ title, body }).kind['k.c.session_core']).toBeUndefined()
  })

  it.each([
    ['Minister of Culture attends UNESCO conference in Paris', 'The Minister of Culture and Information took part in an international conference on heritage organised by UNESCO in Paris.'],
    ['Министр культуры выступил на конференции ЮНЕСКО', 'Министр культуры и информации Казахстана выступил на международной конференции ЮНЕСКО по сохранению наследия в Париже.'],
    ['ТЮРКСОЙ провёл научную конференцию в Анкаре', 'Заместитель министра культуры принял участие в научной конференции ТЮРКСОЙ, посвящённой наследию Абая.'],
  ])('reads no session where a minister only took part in an organisation\'s conference: %s', (title, body) => {
    expect(analyse({ title, body }).kind['k.c.session_core']).toBeUndefined()
  })

  // labels.md § kind: a commission is an intergovernmental one in session; a national commission for UNESCO is a standing body.
  it.each([
    ['National Commission for UNESCO meets Japanese ambassador', 'The National Commission of Kazakhstan for UNESCO and ISESCO met the ambassador of Japan.'],
    ['Национальная комиссия по делам ЮНЕСКО встретилась с послом Японии', 'Национальная комиссия Казахстана по делам ЮНЕСКО и ИСЕСКО провела встречу с послом Японии.'],
    ['ЮНЕСКО істері жөніндегі ұлттық комиссия Жапония елшісімен кездесті', 'Қазақстанның ЮНЕСКО істері жөніндегі ұлттық комиссиясы Жапония елшісімен кездесті.'],
  ])('reads no commission session in a national commission for UNESCO: %s', (title, body) => {
    const kind = analyse({ title, body }).kind
    expect([kind['k.c.commission_title'], kind['k.c.commission_lead']]).toEqual([undefined, undefined])
    expect(kind['k.m.meet_title']).toBe(1)
  })

  it('still reads an intergovernmental commission beside a national commission for UNESCO', () => {
    const kind = analyse({ title: 'Kazakh-Japanese commission holds its session', body: 'The intergovernmental commission met in Astana, with the National Commission for UNESCO taking part.' }).kind
    expect(kind['k.c.commission_title']).toBe(1)
  })

  // labels.md § kind: a commission, sub-commission or working group that meets or discusses is in session, as a council that meets is.
  it.each([
    ['Heritage nomination working group meets in Almaty', 'Experts of four countries reviewed the draft dossier.'],
    ['Межправкомиссия обсудила гуманитарное сотрудничество', 'Эксперты рассмотрели план мероприятий.'],
    ['Мәдениет жөніндегі кіші комиссия кездесті', 'Сарапшылар іс-шаралар жоспарын қарады.'],
  ])('reads a commission or working group that meets as a session: %s', (title, body) => {
    expect(analyse({ title, body }).kind['k.c.session_core']).toBe(1)
  })

  it.each([
    ['Commission chairman met the ambassador of Japan', 'They spoke of heritage.'],
    ['Министр встретился с председателем комиссии', 'Стороны обсудили культурный обмен.'],
  ])('reads no session where a commission\'s official meets, or someone meets its head: %s', (title, body) => {
    expect(analyse({ title, body }).kind['k.c.session_core']).toBeUndefined()
  })

  // labels.md § kind: a committee named by two countries joined by a hyphen is their joint committee, a commission on cooperation.
  it.each([
    ['В Астане прошло заседание казахстанско-корейского комитета по культуре', 'Стороны обсудили культурные мероприятия.'],
    ['Қазақстан-Корея мәдениет комитетінің отырысы өтті', 'Тараптар мәдени жобаларды талқылады.'],
    ['Kazakhstan-Korea Committee on Culture holds its fourth meeting', 'The sides discussed cultural events.'],
  ])('reads two countries\' committee as a commission: %s', (title, body) => {
    expect(analyse({ title, body }).kind['k.c.commission_title']).toBe(1)
  })

  it.each([
    ['Казахстанский олимпийский комитет провел заседание', 'Члены комитета обсудили подготовку к играм.'],
    ['Следующее заседание казахстанско-корейского комитета намечено на май', 'Стороны обсудят культурные мероприятия.'],
  ])('reads no commission in one country\'s committee, or one to come: %s', (title, body) => {
    expect(analyse({ title, body }).kind['k.c.commission_title']).toBeUndefined()
  })

  // labels.md § judgement calls: a draft memorandum discussed is not yet signed, but a joint project is no draft.
  it.each([
    ['Музеи подписали меморандум о сотрудничестве', 'Меморандум предусматривает совместные проекты и обмен выставками.'],
    ['Мұражайлар ынтымақтастық туралы меморандумға қол қойды', 'Меморандум бірлескен жобаларды және көрмелер алмасуды қарастырады.'],
  ])('reads no document planned where a signed one provides for joint projects: %s', (title, body) => {
    const kind = analyse({ title, body }).kind
    expect(kind['k.a.doc_planned']).toBeUndefined()
    expect(kind['k.a.signed_title']).toBe(1)
  })

  // A joint project beside a signing is the work the document serves, no draft of it: the signing is reported.
  it.each([
    ['Музеи подписали меморандум', 'Меморандум о совместном проекте подписали музеи Казахстана и Турции.'],
    ['Театры договорились о гастролях', 'Соглашение о совместном проекте подписали театры Алматы и Казани.'],
  ])('reads a signing beside a joint project as signed, not planned: %s', (title, body) => {
    const kind = analyse({ title, body }).kind
    expect(kind['k.a.signed_lead']).toBe(1)
    expect(kind['k.a.doc_planned']).toBeUndefined()
  })

  it.each([
    ['Министры обсудили проект соглашения о сотрудничестве', 'Стороны обсудили проект межправительственного соглашения в сфере культуры.'],
    ['Министрлер келісім жобасын талқылады', 'Тараптар мәдени ынтымақтастық туралы келісімнің жобасын талқылады.'],
    ['Ministers discuss draft cultural agreement', 'The sides discussed a draft intergovernmental agreement on culture.'],
  ])('reads a draft document discussed as planned: %s', (title, body) => {
    expect(analyse({ title, body }).kind['k.a.doc_planned']).toBe(1)
  })

  // labels.md § judgement calls: not yet signed is not an agreement; Kazakh says so in the verb's form.
  it.each([
    ['Кітапхана мен Сауд қоры меморандумға қол қоюға келісті', 'Кездесу соңында тараптар ынтымақтастық туралы меморандумға қол қоюға уағдаласты.'],
    ['Ресейлік делегация Тараз университетіне келді', 'Кездесу екі оқу орны арасында ынтымақтастық туралы келісімге қол қою мақсатымен ұйымдастырылды.'],
    ['Ұлттық музей мен Қытайдың жібек музейі меморандум жасаспақ', 'Екі музей көрмелер алмасу туралы меморандум жасаспақ.'],
    // So is a signing proposed or discussed: «қол қоюды ұсынды», «қол қою мәселесі талқыланды», «вопрос подписания».
    ['Музей басшылары кездесті', 'Қытай музейінің директоры екі музей арасында өзара түсіністік меморандумына қол қоюды ұсынды.'],
    ['Комитет төрағасы елшімен кездесті', 'Кездесуде екі ел арасында ынтымақтастық туралы меморандумға қол қою мәселесі талқыланды.'],
    ['Министр встретился с послом', 'Стороны обсудили вопрос подписания меморандума о сотрудничестве в сфере культуры.'],
    ['Премьер выступил на заседании ШОС', 'Мы придаем большое значение перспективе подписания соглашения о создании Университета ШОС.'],
  ])('reads a signing still to come, proposed or discussed as planned, not signed: %s', (title, body) => {
    const kind = analyse({ title, body }).kind
    expect([kind['k.a.signed_title'], kind['k.a.signed_lead'], kind['k.a.signed_body']]).toEqual([undefined, undefined, undefined])
    expect(kind['k.a.doc_planned']).toBe(1)
  })

  it('reads «өткен» alone (held) as no time gone by', () => {
    const kind = analyse({ title: 'Меморандумға қол қойылды', body: 'Астанада өткен форумда екі университет ынтымақтастық туралы меморандумға қол қойды.' }).kind
    expect(kind['k.a.signed_lead']).toBe(1)
  })

  // «өткен ай*», «өткен жыл*» are last month, last year only as those words: «аймақтық» (regional), «айтыс» and «жыл сайынғы»
  // (annual) after «өткен» are a gathering held.
  it.each([
    'Алматыда өткен аймақтық форумда екі университет ынтымақтастық туралы меморандумға қол қойды.',
    'Астанада өткен айтыс барысында екі университет ынтымақтастық туралы меморандумға қол қойды.',
    'Өткен жыл сайынғы фестивальде екі театр ынтымақтастық туралы меморандумға қол қойды.',
  ])('reads «өткен» before a word that only starts like «ай», or before «жыл сайынғы», as held, not gone by: %s', (body) => {
    const kind = analyse({ title: 'Меморандумға қол қойылды', body }).kind
    expect(kind['k.a.signed_lead']).toBe(1)
    expect(kind['k.a.doc_earlier']).toBeUndefined()
  })

  // labels.md § kind: a commission's session that signs its own protocol (its minutes) signed no cooperation document.
  it('reads a session\'s protocol signed as the session, not an agreement, in the three languages', () => {
    const sessions = [
      ['В Астане прошло заседание совместного комитета по культуре', 'Стороны обсудили культурные мероприятия и по итогам подписали протокол заседания.'],
      ['Joint committee on culture meets in Seoul', 'At the end the parties signed the protocol of the fourth meeting of the joint committee.'],
      ['Комиссия отырысы өтті', 'Жиын соңында комиссияның бесінші отырысының хаттамасына қол қойылды.'],
    ] as const
    const read = sessions.map(([title, body]) => analyse({ title, body }).kind).map((k) => [k['k.a.signed_lead'], k['k.c.session_core']])
    expect(read).toEqual(sessions.map(() => [undefined, 1]))
  })

  // labels.md § judgement calls: ratification is an agreement, and a state approves a treaty as it ratifies one.
  it('reads a cooperation document approved as one signed, and a budget approved as no signing and no cooperation', () => {
    const signed = (title: string, body: string): number | undefined => analyse({ title, body }).kind['k.a.signed_lead']
    expect([
      signed('Uzbekistan approves agreement with Kazakhstan', 'A presidential decree approved the agreement between Uzbekistan and Kazakhstan on cooperation in higher education.'),
      signed('Минкульты Казахстана и России утвердили программу', 'Министры культуры Казахстана и России утвердили программу сотрудничества на три года.'),
      signed('ТМД үкімет басшылары стратегияны бекітті', 'Үкімет басшылары туризм саласындағы ынтымақтастық бағдарламасын бекітті.'),
      signed('Министры утвердили бюджет', 'Министры утвердили бюджет секретариата на 2026 год.'),
    ]).toEqual([1, 1, 1, undefined])
    expect(analyse({ title: 'Министры утвердили бюджет', body: 'Министры утвердили бюджет секретариата на 2026 год.' }).relevance.features['r.coop_lead']).toBeUndefined()
  })

  // An approval spoken of, awaited or discussed («утверждение», «бекітілуі», "the approval") is no document approved.
  it.each([
    ['Kazakhstan and Turkey cooperate in culture', 'The cooperation agreement awaits the approval of both parliaments.'],
    ['Сотрудничество в культуре', 'Министры обсудили утверждение программы сотрудничества.'],
    ['Мәдениет саласындағы ынтымақтастық', 'Тараптар ынтымақтастық бағдарламасының бекітілуін талқылады.'],
  ])('reads an approval spoken of as no signing: %s', (title, body) => {
    expect(analyse({ title, body }).kind['k.a.signed_lead']).toBeUndefined()
  })

  // «Протокол» is also diplomatic protocol: a protocol of a visit or a meeting observed is no session in progress.
  it.each([
    ['Посол Турции посетил музей', 'Протокол встречи был соблюдён: гостей встретили у входа в музей.'],
    ['Делегация из Кыргызстана прибыла в Астану', 'Сотрудники службы протокола встречали делегацию в аэропорту.'],
  ])('reads diplomatic protocol as no session: %s', (title, body) => {
    expect(analyse({ title, body }).kind['k.c.session_core']).toBeUndefined()
  })

  it('reads the Kazakh reciprocal «қол қойысты» as a signing', () => {
    const kind = analyse({ title: 'Қазақстан мен Иран жазушылары меморандумға қол қойысты', body: 'Екі одақтың басшылары әдеби ынтымақтастық туралы меморандумға қол қойысты.' }).kind
    expect(kind['k.a.signed_title']).toBe(1)
  })

  it('reads Kazakh «ұсынды» (presented) as done, not planned', () => {
    const kind = analyse({ title: 'Жұмыс тобы құжаттарды ұсынды', body: 'Қазақстан мен Түркия мәдениет министрліктерінің бірлескен жұмыс тобы құжаттарды ұсынды.' }).kind
    expect(kind['k.c.commission_title']).toBe(1)
  })

  // labels.md § kind: a commission is also a working group on cooperation, whatever it is called.
  it.each([
    ['CIS experts meet in Minsk', 'An expert group of the CIS member states met in Minsk to agree the plan of humanitarian cooperation.'],
    ['В СНГ согласовали план', 'В Минске собралась экспертная группа государств СНГ по гуманитарному сотрудничеству.'],
    ['Korea and Kazakhstan hold joint committee', 'The joint cultural committee of Korea and Kazakhstan met in Seoul.'],
  ])('reads an expert group or a joint committee as a commission: %s', (title, body) => {
    expect(analyse({ title, body }).kind['k.c.commission_lead']).toBe(1)
  })

  it.each([
    ['АӨСШК Жастар кеңесінің IV сессиясы онлайн өтті', 'Жиынға мүше мемлекеттердің жастар ұйымдары қатысты.'],
    ['Bolashak presented in Beijing', 'Kazakhstan took part in the First Conference of the Youth Council of CICA in Beijing.'],
    ['«Болашақ» Бейжіңде таныстырылды', 'Ғани Нығыметов АӨСШК Жастар кеңесінің Бейжіңдегі алғашқы конференциясында сөз сөйледі.'],
  ])('reads a council’s session in Kazakh and a council’s conference as a session: %s', (title, body) => {
    expect(analyse({ title, body }).kind['k.c.session_core']).toBe(1)
  })

  // labels.md § judgement calls: an agreement signed years ago and recalled is not what the article reports.
  it.each([
    ['Exhibition about Kazakhstan opens in Korea', 'An exhibition about Kazakhstan opened at a Korean university.\nStudents saw photographs of Astana.\nThe province and Almaty region signed a cooperation agreement in 2023.'],
    ['Uzbek citizens get grant places', 'The places are offered under the intergovernmental agreement on cooperation in education, signed on December 22, 2022.'],
    ['Қытайдағы мәдени орталық', 'Еске сала кетейік, мәдени орталықтар туралы келісімге 2023 жылдың қарашасында Астанада қол қойылған.'],
    // A sentence that opens on a time gone by speaks of the past however far its verb stands, and Kazakh puts the verb last.
    ['Ауған жастары Қазақстанда оқиды', 'Өткен жылы біз Ауғанстанмен білім беру саласындағы келісімге қол қойдық.'],
    ['Афганские студенты приедут учиться', 'В прошлом году министерства образования Казахстана и Афганистана в Кабуле подписали соглашение о сотрудничестве.'],
    ['Afghan students to study in Kazakhstan', 'Last year the education ministries of Kazakhstan and Afghanistan in Kabul signed an agreement on cooperation.'],
  ])('reads a signing dated by its year, or in a sentence that opens on last year, as recalled, not reported: %s', (title, body) => {
    const kind = analyse({ title, body }).kind
    expect([kind['k.a.signed_lead'], kind['k.a.signed_body']]).toEqual([undefined, undefined])
    expect(kind['k.a.doc_earlier']).toBe(1)
  })

  // A sentence that opens on a former thing («Бұрынғы …», "The former …", «Прежний …») does not open on a time gone by.
  it.each([
    ['Келісімге қол қойылды', 'Бұрынғы одақтас республикалардың мәдениет министрлері Минскіде өткен кеңесте мәдени ынтымақтастық туралы келісімге қол қойды.'],
    ['Agreement signed', 'The former Soviet republics\' culture ministers meeting at the council in Minsk today signed an agreement on cultural cooperation.'],
    ['Соглашение подписано', 'Прежний состав министров культуры стран Содружества на заседании совета в Минске подписал соглашение о сотрудничестве.'],
  ])('reads a signing in a sentence that opens on a former thing as reported: %s', (title, body) => {
    const kind = analyse({ title, body }).kind
    expect(kind['k.a.signed_lead']).toBe(1)
    expect(kind['k.a.doc_earlier']).toBeUndefined()
  })

  it.each([
    ['Ministries sign roadmap', 'The culture ministries signed a roadmap of cooperation for 2025-2026.'],
    ['Министерства подписали дорожную карту', 'Министерства культуры подписали дорожную карту сотрудничества на 2025–2026 годы.'],
  ])('reads a period, not a date, beside a signing as the signing reported: %s', (title, body) => {
    expect(analyse({ title, body }).kind['k.a.signed_lead']).toBe(1)
  })

  // labels.md § judgement calls: a joint statement adopted and an agreement extended are agreements.
  it.each([
    ['ОмГУ и Торайгыров университет продлили договор', 'Ректоры двух университетов продлили договор о партнерстве в образовании.'],
    ['Universities renew partnership', 'The rectors of the two universities renewed their agreement on cooperation for five years.'],
  ])('reads an agreement extended as a document signed: %s', (title, body) => {
    expect(analyse({ title, body }).kind['k.a.signed_lead']).toBe(1)
  })

  it.each([
    ['Kazakhstan and China issue joint statement', 'The two countries will expand exchanges, according to the joint statement adopted after the talks.'],
    ['Казахстан и Китай приняли совместное заявление', 'По итогам переговоров президенты приняли совместное заявление о гуманитарном сотрудничестве.'],
  ])('reads a joint statement adopted as a declaration agreed to: %s', (title, body) => {
    expect(analyse({ title, body }).kind['k.a.declaration']).toBe(1)
  })
})

describe('youth and student gatherings', () => {
  // labels.md § judgement calls: a student or youth exchange is a joint event; a youth forum, camp, olympiad, contest or
  // students' hackathon or round table the headline or lead reports is what its «встреча» was, not officials' talks.
  it.each([
    ['Студенты двух университетов провели совместный хакатон', 'Встреча шла в смешанном формате.'],
    ['Students of Almaty and Kazan hold a joint round table', 'The meeting was moderated by a lecturer.'],
    ['В Павлодаре прошёл международный молодёжный лагерь', 'Встреча прошла под эгидой акимата.'],
    ['Қазақстан мен Қырғызстан жастарының форумы өтті', 'Кездесуді облыстық жастар орталығы ұйымдастырды.'],
    ['Qazaqstan men Qyrǵyzstan jastarynyń forýmy ótti', 'Kezdesýdi oblystyq jastar ortalyǵy uıymdastyrdy.'],
    ['Олимпиада школьников Казахстана и России прошла в Омске', 'Участники встретились в финале.'],
    ['Студенттер арасындағы халықаралық байқау өтті', 'Кездесуге екі елдің студенттері қатысты.'],
  ])('reads a youth or student gathering in the headline for the meeting model: %s', (title, body) => {
    expect(analyse({ title, body }).kind['k.m.youth_event_core']).toBe(1)
  })

  it.each([
    // A forum with no young people in it is officials' own, and youth ministers' talks are no gathering.
    ['Казахстанско-российский межрегиональный форум открылся в Омске', 'Губернаторы обсудили сотрудничество.'],
    ['Youth ministers of Kazakhstan and Turkey meet in Ankara', 'The ministers discussed youth exchanges.'],
    // A student gathering down the body, not the headline or lead, is what the talks came with, not what is reported.
    ['Ректоры университетов встретились в Астане', 'Стороны обсудили обмен студентами.\nРечь шла о новых программах.\nПосле встречи прошёл студенческий форум.'],
  ])('reads no youth gathering where the headline and lead report none: %s', (title, body) => {
    expect(analyse({ title, body }).kind['k.m.youth_event_core']).toBeUndefined()
  })

  it.each([
    ['В Павлодаре прошёл международный молодёжный лагерь', 'В лагере участвовали делегации двух стран.\nВстреча молодёжи Казахстана и России прошла под эгидой акимата.'],
    ['Қазақстан мен Қырғызстан жастарының форумы өтті', 'Форумға екі елдің жастары қатысты.\nҚазақстан мен Қырғызстан жастарының кездесуін облыстық жастар орталығы ұйымдастырды.'],
    ['Kazakh and Turkish youth forum opens in Shymkent', 'Young people from both countries took part.\nThe meeting of Kazakh and Turkish youth was organised by a youth centre.'],
  ])('reads a meeting word with no official in a youth gathering\'s article as the gathering\'s own: %s', (title, body) => {
    const kind = analyse({ title, body }).kind
    expect([kind['k.m.meet_title'], kind['k.m.meet_lead'], kind['k.m.meet_body']]).toEqual([undefined, undefined, undefined])
  })

  it('still reads a minister\'s talks at a youth forum as a meeting', () => {
    const kind = analyse({ title: 'Kazakh and Turkish youth forum opens in Shymkent', body: 'Young people from both countries took part.\nOn its sidelines the Kazakh culture minister met the Turkish ambassador to discuss cultural cooperation.' }).kind
    expect(kind['k.m.meet_lead']).toBe(1)
  })
})

describe('joint plans and cooperation documents signed', () => {
  // labels.md § kind: a programme or plan of cooperation signed is an agreement, and a plan of joint events or a joint action
  // plan is one («план совместных мероприятий», "joint plan of action", «бірлескен іс-шаралар жоспары»); so is a document
  // of cooperation or of mutual understanding in Kazakh («ынтымақтастық құжатына», «өзара түсіністік құжатына»).
  it.each([
    ['Kazakhstan and Uzbekistan sign joint action plan in culture', 'The culture ministers met in Tashkent.', 'k.a.signed_title'],
    ['Министры культуры встретились в Астане', 'Министры культуры Казахстана и Узбекистана подписали план совместных мероприятий на 2026 год.', 'k.a.signed_lead'],
    ['Мәдениет министрлері кездесті', 'Қазақстан мен Өзбекстан министрлері бірлескен іс-шаралар жоспарына қол қойды.', 'k.a.signed_lead'],
    ['Ministers meet in Tashkent', 'The ministers signed a joint plan of action for 2026.', 'k.a.signed_lead'],
    ['Түркияның мәдени орталығы университетпен ынтымақтастық құжатына қол қойды', 'Рәсім Алматыда өтті.', 'k.a.signed_title'],
    ['Рәсім Алматыда өтті', 'Тараптар ынтымақтастық туралы өзара түсіністік құжатына қол қойды.', 'k.a.signed_lead'],
  ])('reads a joint plan or a cooperation document signed as an agreement signed: %s', (title, body, feature) => {
    expect(analyse({ title, body }).kind[feature]).toBe(1)
  })

  it.each([
    // A joint concert and a festival's programme signed off are no joint plan; nor is a plan shown with support.
    ['Orchestras give a concert', 'The two orchestras will give a joint concert on Friday, and the festival programme has been signed off by the director.'],
    ['Оркестры дадут концерт', 'Оркестры дадут совместный концерт в пятницу, а программу фестиваля подписал директор театра.'],
    // A council in session that approves its plan of joint events adopts its own work plan: no parties' signing.
    ['CIS culture council meets in Minsk', 'The council approved a plan of joint events for 2025.'],
    ['Совет по культурному сотрудничеству СНГ собрался в Минске', 'Совет утвердил план совместных мероприятий на 2025 год.'],
  ])('reads no joint plan signed where «joint» stands apart from the plan or a council approves its own: %s', (title, body) => {
    expect(analyse({ title, body }).kind['k.a.signed_lead']).toBeUndefined()
  })
})

describe('a signing ceremony', () => {
  // labels.md § kind: an agreement is a document of cooperation signed; a signing ceremony held signed one, however the text
  // names it (an association founded, "the document").
  it.each([
    ['Central Asian Universities Association founded', 'Universities from seven countries took part in the signing ceremony in Bishkek.'],
    ['В Бишкеке основана ассоциация университетов', 'В Бишкеке состоялась церемония подписания с участием университетов семи стран.'],
    ['Бішкекте университеттер қауымдастығы құрылды', 'Қол қою рәсімі Бішкекте өтті.'],
  ])('reads a signing ceremony held as a document signed: %s', (title, body) => {
    expect(analyse({ title, body }).kind['k.a.signed_lead']).toBe(1)
  })

  it.each([
    ['Universities to found an association', 'The signing ceremony will be held in Bishkek next month.'],
    ['Kazakh centre opens in Bishkek', 'The ambassador spoke at the opening ceremony.'],
  ])('reads no document signed at a ceremony to come or one of no signing: %s', (title, body) => {
    expect(analyse({ title, body }).kind['k.a.signed_lead']).toBeUndefined()
  })
})

describe('a signing announced in the headline or lead', () => {
  // corpus/README.md: an announced bilateral signing is a meeting (not yet signed); the headline or lead that announces it
  // reports what the parties are doing now, where a plan further down the body is background.
  it.each([
    ['Kazakh institute to sign archive memorandums with Turkey', 'The director spoke at a conference in Astana.'],
    ['Университет Болоньи подпишет меморандум с Евразийским университетом', 'Делегация прибудет в субботу.'],
    ['Өзбекстан университеті қазақстандық университетпен меморандумға қол қояды', 'Делегация сенбіде келеді.'],
    ['Delegation arrives in Bologna', 'The two universities will sign a memorandum of cooperation on Saturday.'],
  ])('reads a signing announced in the headline or lead: %s', (title, body) => {
    expect(analyse({ title, body }).kind['k.m.signing_announced_core']).toBe(1)
  })

  it.each([
    ['Kazakh and Turkish universities sign memorandum', 'The rectors met in Almaty.'],
    ['Ректоры встретились в Алматы', 'Стороны обсудили обмен студентами.\nРечь шла о новых программах.\nВ будущем университеты подпишут меморандум.'],
  ])('reads no signing announced where the headline and lead report one done or none: %s', (title, body) => {
    expect(analyse({ title, body }).kind['k.m.signing_announced_core']).toBeUndefined()
  })

  // labels.md § judgement calls: institutions that will sign while their joint exhibition runs report an event.
  it.each([
    ['National Museum and China Silk Museum to sign memorandum', 'The Chinese museum is now showing its silk exhibition in Astana.'],
    ['Национальный музей и Китайский музей шелка подпишут меморандум', 'Сейчас в Астане проходит выставка китайского музея.'],
    ['Ұлттық музей мен Қытайдың Ұлттық жібек музейі меморандумға қол қояды', 'Қазір Қытай музейі Астанада көрмесін ұсынып отыр.'],
  ])('reads no signing announced where a joint event runs beside it: %s', (title, body) => {
    expect(analyse({ title, body }).kind['k.m.signing_announced_core']).toBeUndefined()
  })
})

describe('a signing still to be worked out', () => {
  // labels.md § judgement calls: not yet signed is not an agreement; parties who agreed to work towards concluding one
  // («договорились прорабатывать заключение соглашения», "agreed to work towards signing an agreement") held a meeting.
  it.each([
    ['Ректор посетил Токийский университет', 'Университеты договорились прорабатывать заключение соглашения об обмене студентами.'],
    ['Rector visits Tokyo university', 'The universities agreed to work towards signing an agreement on student exchange.'],
    ['Ректор Токио университетіне барды', 'Университеттер студент алмасу туралы келісім жасасу мәселесін пысықтауға уағдаласты.'],
  ])('reads a signing to be worked out as no agreement signed: %s', (title, body) => {
    const kind = analyse({ title, body }).kind
    expect(kind['k.a.signed_lead']).toBeUndefined()
    expect(kind['k.a.doc_planned']).toBe(1)
  })
})

describe('Russian «подготов*»: a plan only in the future or the infinitive', () => {
  // labels.md § judgement calls: what the article reports decides. What is prepared («подготовили», «подготовлен») or a centre of
  // physical training («центр физической подготовки») announces nothing; «подготовят», «подготовить», preparation for something
  // («подготовка к визиту») or of a document («подготовку соглашения») does.
  it.each([
    ['КФФ и Национальный центр физической подготовки подписали меморандум', 'Документ предусматривает развитие детского футбола.'],
    ['Университеты подписали подготовленный меморандум', 'Документ подготовили юристы двух вузов.'],
  ])('reads a signing beside a past or a training «подготов*» as done: %s', (title, body) => {
    const kind = analyse({ title, body }).kind
    expect(kind['k.a.signed_title']).toBe(1)
    expect(kind['k.a.doc_planned']).toBeUndefined()
  })

  it.each([
    ['Universities sign memorandum', 'The memorandum, prepared by the two law faculties, was signed in Almaty.'],
    ['Университеттер меморандумға қол қойды', 'Меморандумды екі университеттің заңгерлері дайындады.'],
  ])('reads what was prepared as no plan in English and Kazakh either: %s', (title, body) => {
    const kind = analyse({ title, body }).kind
    expect(kind['k.a.signed_title']).toBe(1)
    expect(kind['k.a.doc_planned']).toBeUndefined()
  })

  it.each([
    ['Rectors meet in Almaty', 'The universities will prepare a memorandum on student exchange.'],
    ['Ректорлар Алматыда кездесті', 'Студент алмасу туралы меморандум дайындалып жатыр.'],
  ])('reads a document still being prepared as planned in English and Kazakh: %s', (title, body) => {
    expect(analyse({ title, body }).kind['k.a.doc_planned']).toBe(1)
  })

  it.each([
    ['Ректоры встретились в Алматы', 'Стороны подготовят соглашение об обмене студентами.'],
    ['Ректоры встретились в Алматы', 'Стороны обсудили подготовку соглашения об обмене студентами.'],
  ])('reads a document still to be prepared as planned: %s', (title, body) => {
    expect(analyse({ title, body }).kind['k.a.doc_planned']).toBe(1)
  })
})

describe('a signing told in a relative clause', () => {
  // labels.md § judgement calls: an agreement signed before and recalled in passing does not make today's talks an agreement;
  // a relative clause ("the memorandum that was signed there", "with which the university has signed protocols", «с которыми
  // университет подписал») tells of a document the main clause takes as known.
  it.each([
    ['Envoy meets heritage minister', 'He welcomed the commission held in December and the cultural memorandum that was signed there.'],
    ['Lecturers visit Kastamonu University', 'It is one of the 32 universities with which Kastamonu University has signed bilateral protocols.'],
    ['Преподаватели посетили университет', 'Это один из 32 университетов, с которыми университет подписал двусторонние протоколы.'],
  ])('reads a signing in a relative clause as an earlier one: %s', (title, body) => {
    expect(analyse({ title, body }).kind['k.a.signed_lead']).toBeUndefined()
  })

  it('still reads a signing in a main clause beside a relative one', () => {
    const kind = analyse({ title: 'Universities sign memorandum', body: 'The rectors, who met in Almaty, signed a memorandum of cooperation.' }).kind
    expect(kind['k.a.signed_lead']).toBe(1)
  })
})

describe('a signing told in the Kazakh perfect', () => {
  // labels.md § judgement calls: an agreement signed before and recalled in passing is no agreement reported. Kazakh news tells
  // what it reports in the simple past («қол қойды», «қол қойылды») and what had been done before in the perfect.
  it.each([
    ['Кореяда Қазақстан туралы көрме өтті', 'Өңір басшылығы Алматы облысымен ынтымақтастық туралы келісімге қол қойған.'],
    ['Сеулде Қазақстан туралы көрме өтті', 'Өңір басшылығы Алматы облысымен ынтымақтастық туралы келісімге қол қойылған болатын.'],
    ['Qazaqstan týraly kórme ótti', 'Óńir basshylyǵy Almaty oblysymen yntymaqtastyq týraly kelisimge qol qoıǵan.'],
  ])('reads a signing told in the perfect as an earlier one: %s', (title, body) => {
    expect(analyse({ title, body }).kind['k.a.signed_lead']).toBeUndefined()
  })

  it('still reads a signing told in the simple past', () => {
    const kind = analyse({ title: 'Кореяда Қазақстан туралы көрме өтті', body: 'Өңір басшылығы Алматы облысымен ынтымақтастық туралы келісімге қол қойды.' }).kind
    expect(kind['k.a.signed_lead']).toBe(1)
  })
})

describe('what a speaker recalls', () => {
  // labels.md § judgement calls: an agreement signed before and recalled in passing does not make today's event an agreement,
  // nor does a meeting recalled make it talks.
  it.each([
    ['China Media Group holds cultural exchange evening in Astana', 'He recalled that the Chinese composer and the Kazakh musician met in Almaty.', 'k.m.meet_lead'],
    ['В Астане прошёл вечер китайской музыки', 'Он напомнил, что министры культуры двух стран подписали меморандум о сотрудничестве.', 'k.a.signed_lead'],
    ['Астанада қытай музыкасының кеші өтті', 'Еске салайық, екі елдің мәдениет министрлері ынтымақтастық туралы меморандумға қол қойды.', 'k.a.signed_lead'],
  ])('reads an act a speaker recalls as an earlier one: %s', (title, body, feature) => {
    expect(analyse({ title, body }).kind[feature]).toBeUndefined()
  })
})

describe('years of standing', () => {
  // labels.md § judgement calls: what the article reports decides. A relation's years of standing tell its record: the
  // memorandums signed over them are no signing reported now.
  it.each([
    ['Rector visits National University of Uzbekistan', 'The university has worked with Kazakh universities for many years and has signed more than 30 memorandums with them.'],
    ['Ректор посетила Национальный университет Узбекистана', 'Университет на протяжении многих лет сотрудничает с казахстанскими вузами и подписал с ними более 30 меморандумов.'],
    ['Ректор Өзбекстан ұлттық университетінде болды', 'Университет көп жылдан бері олармен 30 меморандумға қол қойды.'],
  ])('reads memorandums signed over years of standing as none signed now: %s', (title, body) => {
    expect(analyse({ title, body }).kind['k.a.signed_lead']).toBeUndefined()
  })

  it.each([
    ['Rector visits National University of Uzbekistan', 'The university has signed a memorandum with a Kazakh university.'],
    ['Театр впервые за много лет подписал меморандум', 'Театр подписал меморандум о сотрудничестве с казахстанским театром.'],
  ])('still reads a signing with no years of standing as reported: %s', (title, body) => {
    expect(analyse({ title, body }).kind['k.a.signed_lead']).toBe(1)
  })
})

describe('a visit that is no talks of today', () => {
  // labels.md § judgement calls: what the article reports decides. News reports today's visit without its year; a sentence that
  // opens on one ("In 2019, …", «В 2015 году …», «2015 жылдың күзінде …») tells background.
  it.each([
    ['Қазақстандық жапон тілін үйренушілер Жапонияда тағылымдамадан өтті', '2015 жылдың күзінде Жапония Премьер-министрі Қазақстанға сапар жасады.'],
    ['Казахстанские студенты прошли стажировку в Японии', 'В 2015 году премьер-министр Японии посетил Казахстан с визитом.'],
    ['Kazakh learners of Japanese train in Japan', 'In 2015 the Japanese Prime Minister paid a visit to Kazakhstan.'],
    ['Kazakh learners of Japanese train in Japan', 'ASTANA. KAZINFORM In 2015 the Japanese Prime Minister paid a visit to Kazakhstan.'],
  ])('reads no visit in a sentence that opens on a past year: %s', (title, body) => {
    expect(analyse({ title, body }).kind['k.m.visit_core']).toBeUndefined()
  })

  it.each([
    ['Ministers discuss cultural cooperation', 'The minister paid an official visit to Seoul.'],
    ['Ministers discuss cultural cooperation', 'In 2026, the minister will pay an official visit to Seoul.'],
    ['In 2025–2027 the sides will work together', 'The minister paid an official visit to Seoul.'],
  ])('still reads a visit reported, or one a year opens as a plan: %s', (title, body) => {
    expect(analyse({ title, body }).kind['k.m.visit_core']).toBe(1)
  })

  // labels.md § judgement calls: a student or youth exchange is a joint event; its visit is no officials' talks.
  it.each([
    ['Молодёжь Зауралья съездила с ответным визитом в Петропавловск', 'Участники проекта побывали в Петропавловске.'],
    ['Kazakh students visit Kastamonu on an exchange', 'The group spent two weeks at the university.'],
  ])('reads no talks in young people\'s or students\' visit: %s', (title, body) => {
    expect(analyse({ title, body }).kind['k.m.visit_core']).toBeUndefined()
  })

  it('still reads a visit of a youth minister', () => {
    expect(analyse({ title: 'Министр молодёжной политики Кыргызстана посетил Астану с визитом', body: 'Стороны обсудили сотрудничество.' }).kind['k.m.visit_core']).toBe(1)
  })
})

describe('sides that agreed', () => {
  // labels.md § judgement calls: officials who agree on something, nothing signed, held a meeting; the sides that agreed are
  // the talks' own, where other people who agreed to work together may be an event's.
  it.each([
    ['Polish rector in Almaty', 'The sides agreed to increase the exchange of students and researchers.'],
    ['Польский ректор в Алматы', 'Стороны договорились увеличить обмен студентами и научными сотрудниками.'],
    ['Поляк ректоры Алматыда', 'Тараптар студенттер мен ғылыми қызметкерлер алмасуын көбейтуге уағдаласты.'],
  ])('reads the sides that agreed as talks: %s', (title, body) => {
    expect(analyse({ title, body }).kind['k.m.sides_agreed']).toBe(1)
  })

  // Officials named by their posts who agreed held talks too: ministers, ambassadors, akims, delegations.
  it.each([
    ['Hungarian to be taught at a Kazakh university', 'The ambassador said he and the Education Minister had agreed on the initiative.'],
    ['Венгерский язык будут преподавать в казахстанском вузе', 'Посол сообщил, что они с министром образования договорились об этой инициативе.'],
    ['Қазақстандық университетте венгр тілі оқытылады', 'Елші мен білім министрі бұл бастама туралы келісті.'],
    ['Delegations in Tashkent', 'The delegations agreed to hold days of culture next year.'],
  ])('reads officials named by their posts who agreed as talks: %s', (title, body) => {
    expect(analyse({ title, body }).kind['k.m.sides_agreed']).toBe(1)
  })

  it('reads no talks in colleagues who agreed to study finds jointly', () => {
    const kind = analyse({ title: 'Kazakh scholars bring back manuscripts from Britain', body: 'Kazakh specialists and their British colleagues have agreed to study the documents jointly.' }).kind
    expect(kind['k.m.sides_agreed']).toBeUndefined()
  })

  it('reads no sides in specialists who agreed to study finds jointly', () => {
    const kind = analyse({ title: 'Kazakh scholars bring back manuscripts from Britain', body: 'Kazakh specialists and British scholars have agreed to study the documents jointly.' }).kind
    expect(kind['k.m.sides_agreed']).toBeUndefined()
  })
})

describe('sides that talked', () => {
  // labels.md § kind: a meeting is officials or heads of institutions who held talks; "the two sides talked about" is talks,
  // where a speaker who "talked about" a forum's theme gave a speech.
  it.each([
    ['Library delegation visits St Petersburg', 'The two sides talked about exchanging electronic resources.', 1],
    ['Delegation visits university', 'The parties talked about academic mobility.', 1],
    ['Forum opens in Astana', 'The speaker talked about the forum\'s theme.', undefined],
  ])('reads sides that talked about something as talks: %s', (title, body, expected) => {
    expect(analyse({ title, body }).kind['k.m.meet_lead']).toBe(expected)
  })
})

describe('a strategy of cooperation adopted', () => {
  // labels.md § kind: a programme of cooperation adopted is an agreement, and so is a strategy of cooperation the parties
  // approve («утвердили стратегию сотрудничества», "approved the cooperation strategy», «ынтымақтастық стратегиясын бекітті»).
  it.each([
    ['ТМД үкімет басшылары туризм саласындағы ынтымақтастық стратегиясын бекітті', 'Отырыс бейнеконференция форматында өтті.', 'k.a.signed_title'],
    ['CIS heads of government meet', 'The heads of government approved the strategy of cooperation in tourism for 2021–2030.', 'k.a.signed_lead'],
    ['Главы правительств СНГ провели заседание', 'Главы правительств утвердили стратегию сотрудничества в сфере туризма.', 'k.a.signed_lead'],
  ])('reads a strategy of cooperation approved as a document signed: %s', (title, body, feature) => {
    expect(analyse({ title, body }).kind[feature]).toBe(1)
  })

  it('reads a strategy of cooperation discussed as none signed', () => {
    const kind = analyse({ title: 'SCO tourism heads meet', body: 'The participants discussed the strategy of cooperation in tourism.' }).kind
    expect(kind['k.a.signed_lead']).toBeUndefined()
  })
})

describe('Kazakh «жүздесті», met', () => {
  const analyse = createAnalyser({ homeCountry: 'KZ' })

  // labels.md § kind: officials who met held a meeting; «жүздесу» is Kazakh's other word for it beside «кездесу».
  it.each([
    ['Мәдениет министрі Түркия елшісімен жүздесті', 'Тараптар мәдени ынтымақтастықты талқылады.'],
    ['Абай облысының әкімі Омбы губернаторымен жүздесті', 'Әңгіме өңірлер арасындағы әріптестік туралы болды.'],
  ])('reads a meeting in the headline: %s', (title, body) => {
    expect(analyse({ title, body }).kind['k.m.meet_title']).toBe(1)
  })
})

describe('a meeting that is a cultural event\'s format', () => {
  const analyse = createAnalyser({ homeCountry: 'KZ' })

  // labels.md § kind: a joint cultural event is an event; writers' creative meetings, an evening of meetings or a
  // teleconference bridge between two cities' libraries held no officials' talks.
  it.each([
    ['Курган и Петропавловск провели литературный телемост', 'В библиотеке состоялся телемост проекта «Творческие встречи онлайн».'],
    ['Павлодар мен Омбы кітапханалары телекөпір өткізді', 'Ақындармен шығармашылық кездесу өтті.'],
    ['Kazakh and Russian writers hold creative meeting in Omsk', 'The literary meeting gathered readers of both countries.'],
    ['Ташкентте «Ұлытау» атты кездесу кеші өтті', 'Кешке екі елдің ақындары қатысты.'],
  ])('reads the event\'s format for the meeting model: %s', (title, body) => {
    expect(analyse({ title, body }).kind['k.m.format_core']).toBe(1)
  })

  it('reads no format in officials\' talks', () => {
    expect(analyse({ title: 'Министры культуры Казахстана и России провели встречу', body: 'Стороны обсудили сотрудничество.' }).kind['k.m.format_core']).toBeUndefined()
  })

  // labels.md § kind: a meeting is officials or heads of institutions who met or held talks; writers, poets or musicians who
  // gather to discuss their anthology, with no official among them, hold a creative meeting.
  it.each([
    ['Антологию казахской литературы издадут в Кембридже', 'Казахстанские писатели, поэты и критики собрались, чтобы обсудить содержание антологии.'],
    ['Cambridge to publish anthology of Kazakh literature', 'Kazakh writers, poets and critics met in Almaty to discuss the anthology.'],
    ['Қазақ әдебиетінің антологиясы Кембриджде шығады', 'Қазақстандық жазушылар мен ақындар антологияның мазмұнын талқылады.'],
  ])('reads creators\' discussion as no officials\' talks: %s', (title, body) => {
    expect(analyse({ title, body }).kind['k.m.meet_lead']).toBeUndefined()
  })

  it.each([
    ['Kazakh embassy in Berlin opens artists\' festival "Meeting Point – Berlin"', 'Painters and writers from nine countries took part.', 'k.m.meet_title'],
    ['В Кургане прошёл литературный фестиваль', 'В библиотеке состоялись творческие встречи онлайн.', 'k.m.meet_lead'],
    ['Ташкентте қазақ поэзиясы күндері өтті', 'Алматыда «Ұлытау» атты кездесу кеші өтті.', 'k.m.meet_lead'],
  ])('reads a meeting named only as the event\'s format as no talks: %s', (title, body, feature) => {
    expect(analyse({ title, body }).kind[feature]).toBeUndefined()
  })

  it('still reads an official\'s meeting with writers as talks', () => {
    expect(analyse({ title: 'Антологию казахской литературы издадут в Кембридже', body: 'Министр культуры встретился с писателями и поэтами.' }).kind['k.m.meet_lead']).toBe(1)
  })
})

describe('a session\'s protocol', () => {
  // labels.md § kind, corpus/README.md (more-ru-337): the protocol a commission, sub-committee or working group signs at its
  // session is the session's record, not a cooperation protocol; a body's name or the session's number may stand between.
  it.each([
    ['China–Kazakhstan sub-committee on science holds its tenth meeting', 'At the close of the talks the two sides signed the protocol of the sub-committee\'s tenth meeting.'],
    ['В Пекине прошло заседание подкомитета по науке', 'По итогам стороны подписали протокол десятого заседания подкомитета.'],
    ['Ғылым жөніндегі кіші комитеттің отырысы өтті', 'Тараптар кіші комитеттің оныншы отырысының хаттамасына қол қойды.'],
  ])('reads no cooperation document signed in a session\'s protocol: %s', (title, body) => {
    const kind = analyse({ title, body }).kind
    expect([kind['k.a.signed_lead'], kind['k.a.signed_body'], kind['k.c.session_core']]).toEqual([undefined, undefined, 1])
  })

  it.each([
    ['Kazakhstan and China sign a protocol', 'The two sides signed a protocol on cooperation in science at the meeting.'],
    ['Казахстан и Китай подписали протокол', 'На заседании стороны подписали протокол о сотрудничестве в области науки.'],
  ])('still reads a protocol on cooperation signed at a session as one: %s', (title, body) => {
    expect(analyse({ title, body }).kind['k.a.signed_lead']).toBe(1)
  })
})

describe('Russian «выступить», to speak or to act as', () => {
  // labels.md § kind: a speech of greeting, a report or a role («инициаторами выступили») is no performance, and an award
  // handed to an ambassador at a university, with its talks, read as a cultural event.
  it.each([
    ['Университет вручил послу Казахстана диплом', 'Инициаторами выступили университет и Итальянский институт Азии.\nС приветствиями выступили ректор и президент института.'],
    ['Посол встретился с ректором', 'Ректор выступил с докладом о сотрудничестве.\nОрганизаторами выступили посольство и университет.'],
    ['Министры обсудили сотрудничество', 'Министр выступил с инициативой провести форум.\nПосол выступил за расширение связей.'],
  ])('reads no event in a speech, a role or a stance: %s', (title, body) => {
    expect(analyse({ title, body }).kind['k.m.event_core']).toBeUndefined()
  })

  it.each([
    ['Оркестр выступит в Оренбурге', 'В Оренбурге выступил оркестр имени Таттимбета.'],
    ['Артисты выступили в Минске', 'Накануне Дня Республики в Минске выступили артисты филармонии.'],
  ])('still reads artists who perform as an event: %s', (title, body) => {
    expect(analyse({ title, body }).kind['k.m.event_core']).toBe(1)
  })
})

describe('a language or training course', () => {
  // labels.md § judgement calls: teaching held jointly, as master classes are, is a joint event; a course the headline reports
  // read as nothing, and the sides who agreed to repeat it made it a meeting.
  it.each([
    ['Алматыдағы Мысыр мәдени орталығы университетпен бірге араб тілі курсын өткізді', 'Курсқа оқытушылар мен студенттер қатысты.'],
    ['В Астане открылись курсы казахского языка для дипломатов', 'Занятия ведут преподаватели университета.'],
    ['Korean Cultural Centre opens Korean language courses at an Astana school', 'Classes run for two months.'],
  ])('reads a language course the headline reports as an event: %s', (title, body) => {
    expect(analyse({ title, body }).kind['k.m.event_core']).toBe(1)
  })

  it.each([
    ['Курс доллара вырос', 'Министр обсудил курс реформ.'],
    ['Үшінші курс студенттері Астанаға келді', 'Студенттер университетпен танысты.'],
  ])('reads no event in an exchange rate, a policy\'s course or a year of study: %s', (title, body) => {
    expect(analyse({ title, body }).kind['k.m.event_core']).toBeUndefined()
  })
})

describe('an organisation\'s council opened', () => {
  // labels.md § judgement calls: a council of an organisation's member states' bodies that opens («кеңесі ашылды», "the
  // council opened") is in session, a commission, as one that meets; the Turkic Council's own name is no council opening.
  it.each([
    ['Астанада ТҮРКСОЙ-ға мүше елдердің ЮНЕСКО істері жөніндегі ұлттық комиссияларының үшінші кеңесі ашылды', 'Кеңесті Сыртқы істер министрі ашты.'],
    ['В Баку открылся совет министров культуры ТЮРКСОЙ', 'В работе участвуют делегации двенадцати стран.'],
  ])('reads a council of an organisation opened as in session: %s', (title, body) => {
    expect(analyse({ title, body }).kind['k.c.session_core']).toBe(1)
  })

  // labels.md § judgement calls: multilateral councils count as commissions, a regional organisation's; UNESCO, the UN or the
  // Turkic Academy alone in the headline and lead is that body's own business (a minister meets its head, an institution signs
  // with it), which the commission model reads apart from a CIS, SCO or TURKSOY council.
  it.each([
    ['Министр встретился с Генеральным директором ЮНЕСКО', 'Стороны обсудили культурное сотрудничество.', 1],
    ['Minister holds talks with UNESCO Director-General', 'The sides discussed cultural cooperation.', 1],
    ['ЮНЕСКО-да Қазақстан бастамалары талқыланды', 'Елші ұйым Бас директорының орынбасарымен кездесті.', 1],
    ['Совет министров культуры СНГ прошел в Минске', 'В заседании участвовал представитель ЮНЕСКО.', undefined],
    ['SCO culture ministers meet in Dushanbe', 'The ministers discussed cultural cooperation.', undefined],
    ['Министр культуры провел встречу с коллегами', 'Стороны обсудили гастроли театров.', undefined],
  ])('reads an organisation with no council of ministers as its own business: %s', (title, body, expected) => {
    expect(analyse({ title, body }).kind['k.c.own_org_core']).toBe(expected)
  })

  // A host who received an organisation's ministers gave them an audience: talks with the host, not their council sitting.
  it.each([
    ['Гульшара Абдыкаликова приняла министров по делам молодежи и спорта стран Тюркского совета', 'Стороны обсудили молодежные проекты.'],
    ['State Secretary received the youth and sports ministers of the Turkic Council states', 'They discussed youth projects.'],
  ])('reads ministers of an organisation a host received as no session: %s', (title, body) => {
    expect(analyse({ title, body }).kind['k.c.session_core']).toBeUndefined()
  })

  // labels.md § judgement calls: an organisation's summit is its council of heads of state in session; talks on its sidelines,
  // one to come or a concert held for it are not.
  it.each([
    ['Токаев предложил на саммите ОТГ в Габале ряд культурно-гуманитарных инициатив', 'Президент выступил на саммите.'],
    ['CIS leaders gather for informal summit in Moscow', 'The heads of state discussed humanitarian affairs.'],
    ['Тоқаев ТМҰ саммитінде мәдени бастамаларын ұсынды', 'Президент саммитте сөз сөйледі.'],
  ])('reads an organisation\'s summit as its council in session: %s', (title, body) => {
    expect(analyse({ title, body }).kind['k.c.session_core']).toBe(1)
  })

  it.each([
    ['Мемлекет басшысы ШЫҰ саммитіне арналған концертті тамашалады', 'Концерт Астанада өтті.'],
    ['Токаев и Эрдоган встретились на полях саммита ОТГ', 'Стороны обсудили сотрудничество.'],
    ['Следующий саммит СНГ пройдет в Минске', 'Дата будет объявлена позже.'],
  ])('reads no session in a concert for a summit, its sidelines or one to come: %s', (title, body) => {
    expect(analyse({ title, body }).kind['k.c.session_core']).toBeUndefined()
  })

  it('reads no session in an exhibition the Turkic Council opens', () => {
    expect(analyse({ title: 'Türkі Keńesі kórme ashty', body: 'Тюркский совет открыл выставку в Стамбуле.' }).kind['k.c.session_core']).toBeUndefined()
  })
})

describe('a meeting of students', () => {
  // labels.md § judgement calls: a youth or student exchange is a joint event; meetings of students, with no official among
  // them, are its format, and a joint hackathon whose students' meetings were to go on read as talks.
  it.each([
    ['Студенты двух вузов провели совместный хакатон', 'Команды защищали сценарии.\nЖюри оценило работы.\nВстречи студентов двух стран решено сделать регулярными.'],
    ['Students of two universities hold a joint hackathon', 'Teams defended their projects.\nThe jury judged the work.\nMeetings between students of the two countries will become regular.'],
  ])('reads no talks in a meeting of students: %s', (title, body) => {
    expect(analyse({ title, body }).kind['k.m.meet_body']).toBeUndefined()
  })

  it.each([
    ['Посол посетил университет', 'Программа визита.\nГости осмотрели кампус.\nПосол провел встречу со студентами и преподавателями.'],
    ['Rector visits Almaty', 'The programme of the visit.\nThe guests toured the campus.\nThe rector held a meeting of students and professors with the ambassador.'],
  ])('still reads a meeting with an official as talks: %s', (title, body) => {
    expect(analyse({ title, body }).kind['k.m.meet_body']).toBe(1)
  })
})
