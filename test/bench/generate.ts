import type SQLite from 'better-sqlite3'
import { createRandom, pick, type Random } from '../helpers/random.js'

/** Deterministic generated news for the benchmarks: nothing from the network, the same data every run. */

type Lang = 'en' | 'ru' | 'kk'

/** Partner names as the sites write them: English, Russian genitive/instrumental, Kazakh. */
const PARTNERS: { code: string; ru: string; en: string; ruGen: string; ruIns: string; kk: string }[] = [
  { code: 'RU', ru: 'Россия', en: 'Russia', ruGen: 'России', ruIns: 'Россией', kk: 'Ресей' },
  { code: 'FR', ru: 'Франция', en: 'France', ruGen: 'Франции', ruIns: 'Францией', kk: 'Франция' },
  { code: 'CN', ru: 'Китай', en: 'China', ruGen: 'Китая', ruIns: 'Китаем', kk: 'Қытай' },
  { code: 'TR', ru: 'Турция', en: 'Turkey', ruGen: 'Турции', ruIns: 'Турцией', kk: 'Түркия' },
  { code: 'UZ', ru: 'Узбекистан', en: 'Uzbekistan', ruGen: 'Узбекистана', ruIns: 'Узбекистаном', kk: 'Өзбекстан' },
  { code: 'DE', ru: 'Германия', en: 'Germany', ruGen: 'Германии', ruIns: 'Германией', kk: 'Германия' },
  { code: 'IT', ru: 'Италия', en: 'Italy', ruGen: 'Италии', ruIns: 'Италией', kk: 'Италия' },
  { code: 'JP', ru: 'Япония', en: 'Japan', ruGen: 'Японии', ruIns: 'Японией', kk: 'Жапония' },
  { code: 'KR', ru: 'Республика Корея', en: 'the Republic of Korea', ruGen: 'Республики Корея', ruIns: 'Республикой Корея', kk: 'Корея Республикасы' },
  { code: 'HU', ru: 'Венгрия', en: 'Hungary', ruGen: 'Венгрии', ruIns: 'Венгрией', kk: 'Венгрия' },
  { code: 'BY', ru: 'Беларусь', en: 'Belarus', ruGen: 'Беларуси', ruIns: 'Беларусью', kk: 'Беларусь' },
  { code: 'KG', ru: 'Кыргызстан', en: 'Kyrgyzstan', ruGen: 'Кыргызстана', ruIns: 'Кыргызстаном', kk: 'Қырғызстан' },
]

const SECTORS = {
  en: ['museums', 'theatre', 'cinema', 'libraries', 'archives', 'heritage protection', 'music', 'higher education', 'tourism'],
  ru: ['музейного дела', 'театрального искусства', 'кинематографии', 'библиотечного дела', 'архивного дела', 'охраны наследия', 'музыки', 'образования', 'туризма'],
  kk: ['музей ісі', 'театр өнері', 'кино', 'кітапхана ісі', 'мұрағат ісі', 'мұраны қорғау', 'музыка', 'білім беру', 'туризм'],
}

const RELEVANT = {
  en: [
    (p: string, s: string) => `Kazakhstan and ${p} sign a memorandum on cooperation in ${s}|The Minister of Culture and Information of Kazakhstan and the Ambassador of ${p} signed a memorandum of understanding on cooperation in ${s}. The document provides for joint exhibitions, exchanges of specialists and a programme of cultural days.`,
    (p: string, s: string) => `Intergovernmental commission of Kazakhstan and ${p} on humanitarian cooperation meets in Astana|The tenth meeting of the intergovernmental commission on cultural and humanitarian cooperation between Kazakhstan and ${p} took place in Astana. The parties reviewed joint projects in ${s} and agreed a plan for the next two years.`,
    (p: string, s: string) => `Vice Minister of Culture meets delegation from ${p}|The Vice Minister of Culture and Information held talks with a delegation from ${p}. The sides discussed prospects for cooperation in ${s}, joint tours of theatre companies and the exchange of museum exhibitions.`,
    (p: string, s: string) => `Days of Kazakh culture open in ${p}|Days of Kazakhstan culture, organised jointly by the ministries of culture of Kazakhstan and ${p} under their cooperation programme, opened with a gala concert and a joint exhibition of the national museums. The programme includes film screenings, a festival of ${s} and meetings of young artists.`,
  ],
  ru: [
    (p: Partner, s: string) => `Казахстан и ${p.ru} подписали меморандум о сотрудничестве|Министр культуры и информации Республики Казахстан и Посол ${p.ruGen} подписали меморандум о взаимопонимании в области ${s}. Документ предусматривает проведение совместных выставок, обмен специалистами и дни культуры.`,
    (p: Partner, s: string) => `Заседание межправительственной комиссии Казахстана и ${p.ruGen}|В Астане состоялось заседание межправительственной комиссии по культурно-гуманитарному сотрудничеству между Казахстаном и ${p.ruIns}. Стороны обсудили совместные проекты в сфере ${s} и утвердили план мероприятий.`,
    (p: Partner, s: string) => `Вице-министр культуры встретился с делегацией ${p.ruGen}|Вице-министр культуры и информации провел переговоры с делегацией ${p.ruGen}. Стороны обсудили перспективы сотрудничества в области ${s}, гастроли театров и обмен музейными экспозициями.`,
  ],
  kk: [
    (p: Partner, s: string) => `Қазақстан мен ${p.kk} ынтымақтастық туралы меморандумға қол қойды|Қазақстан Республикасының Мәдениет және ақпарат министрі мен ${p.kk} елшісі ${s} саласындағы ынтымақтастық туралы өзара түсіністік меморандумына қол қойды. Құжат бірлескен көрмелер мен мамандар алмасуын қарастырады.`,
    (p: Partner, s: string) => `Мәдениет вице-министрі ${p.kk} делегациясымен кездесті|Мәдениет және ақпарат вице-министрі ${p.kk} делегациясымен келіссөздер жүргізді. Тараптар ${s} саласындағы ынтымақтастықтың болашағын талқылады.`,
  ],
}

type Partner = (typeof PARTNERS)[number]

const OTHER = {
  en: [
    'Regional akimat reports on the heating season|The akimat of the region reported that all boiler houses are ready for the heating season. Repairs of the networks were completed ahead of schedule.',
    'National team wins bronze at the championship|The national wrestling team won a bronze medal at the continental championship. The coach praised the young athletes.',
    'Tenge exchange rate steady on the exchange|The tenge traded within a narrow range on the exchange this week. Analysts expect the rate to remain stable.',
    'New school opens in the district|A new school for 1,200 pupils opened in the district. The building has modern laboratories and a sports hall.',
  ],
  ru: [
    'Акимат отчитался о готовности к отопительному сезону|Акимат области сообщил, что все котельные готовы к отопительному сезону. Ремонт сетей завершен досрочно.',
    'Сборная завоевала бронзу чемпионата|Национальная сборная по борьбе завоевала бронзовую медаль чемпионата Азии. Тренер отметил успехи молодых спортсменов.',
    'Курс тенге стабилен на бирже|Курс тенге на бирже на этой неделе колебался в узком коридоре. Аналитики ожидают стабильности.',
  ],
  kk: [
    'Әкімдік жылу беру маусымына дайындық туралы хабарлады|Облыс әкімдігі барлық қазандықтар жылу беру маусымына дайын екенін хабарлады.',
    'Құрама бронза медалін жеңіп алды|Ұлттық күрес құрамасы құрлық чемпионатында қола медаль жеңіп алды.',
  ],
}

const FILLER = {
  en: [
    'The event was attended by representatives of government agencies, cultural institutions and the media.',
    'Special attention was paid to the preservation of historical and cultural heritage and to the training of young specialists.',
    'Participants noted the importance of expanding contacts between creative unions and educational institutions.',
    'The ministry press service reports that the next meeting is planned for the first half of next year.',
    'Following the meeting, the parties agreed to continue consultations at the level of working groups.',
    'Residents and guests of the capital will be able to visit the exhibition free of charge until the end of the month.',
  ],
  ru: [
    'В мероприятии приняли участие представители государственных органов, учреждений культуры и средств массовой информации.',
    'Особое внимание было уделено сохранению историко-культурного наследия и подготовке молодых специалистов.',
    'Участники отметили важность расширения контактов между творческими союзами и учебными заведениями.',
    'По информации пресс-службы министерства, следующая встреча запланирована на первое полугодие следующего года.',
    'По итогам встречи стороны договорились продолжить консультации на уровне рабочих групп.',
    'Жители и гости столицы смогут бесплатно посетить выставку до конца месяца.',
  ],
  kk: [
    'Іс-шараға мемлекеттік органдардың, мәдениет мекемелерінің және бұқаралық ақпарат құралдарының өкілдері қатысты.',
    'Тарихи-мәдени мұраны сақтауға және жас мамандарды даярлауға ерекше назар аударылды.',
    'Қатысушылар шығармашылық одақтар мен оқу орындары арасындағы байланыстарды кеңейтудің маңыздылығын атап өтті.',
    'Министрліктің баспасөз қызметінің хабарлауынша, келесі кездесу келесі жылдың бірінші жартысына жоспарланған.',
  ],
}

export interface GeneratedArticle {
  id: string
  lang: Lang
  title: string
  body: string
  /** The partner the text names, when it is about cooperation. */
  partner: string | null
}

/** One article of about `targetBytes` of UTF-8 (2 KB by default); about 40 % about cooperation. */
export function generateArticle(random: Random, id: string, targetBytes = 2048): GeneratedArticle {
  const lang = pick(random, ['en', 'en', 'ru', 'ru', 'kk'] as const)
  const isRelevant = random() < 0.4
  const partner = pick(random, PARTNERS)
  const sector = pick(random, SECTORS[lang])
  const [title, lead] = (
    isRelevant
      ? lang === 'en'
        ? pick(random, RELEVANT.en)(partner.en, sector)
        : pick(random, RELEVANT[lang])(partner, sector)
      : pick(random, OTHER[lang])
  ).split('|') as [string, string]
  const paragraphs = [lead]
  let length = Buffer.byteLength(title) + Buffer.byteLength(lead)
  while (length < targetBytes) {
    const sentence = pick(random, FILLER[lang])
    paragraphs.push(sentence)
    length += Buffer.byteLength(sentence) + 1
  }
  return { id, lang, title, body: paragraphs.join('\n'), partner: isRelevant ? partner.code : null }
}

export function generateArticles(count: number, seed = 1, targetBytes = 2048): GeneratedArticle[] {
  const random = createRandom(seed)
  return Array.from({ length: count }, (_, i) => generateArticle(random, String(i), targetBytes))
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/** A ministry-style article page: navigation, a currency widget, the article, thirty unrelated headlines. */
export function renderArticlePage(article: GeneratedArticle, random: Random): string {
  const headlines = Array.from({ length: 30 }, () => `<li><a href="/news/${Math.floor(random() * 1e6)}">${escape(pick(random, OTHER[article.lang]).split('|')[0]!)}</a></li>`)
  return `<!doctype html><html lang="${article.lang}"><head><meta charset="utf-8"><title>${escape(article.title)} | Ministry</title></head><body>
<header><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/about">About the ministry</a> <a href="/contacts">Contacts</a></nav>
<div class="currency">USD 470.12 EUR 512.40 RUB 5.81</div></header>
<main><article><h1>${escape(article.title)}</h1><time datetime="2026-11-20T10:00:00+05:00">20.11.2026</time>
${article.body.split('\n').map((p) => `<p>${escape(p)}</p>`).join('\n')}
</article>
<aside><h2>Other news</h2><ul>${headlines.join('')}</ul></aside></main>
<footer>© Ministry of Culture and Information. All rights reserved. <a href="/sitemap">Sitemap</a></footer></body></html>`
}

/** An RSS 2.0 feed whose items carry only a teaser, so the pipeline fetches each page. */
export function renderFeed(title: string, items: { url: string; article: GeneratedArticle; date: Date }[]): string {
  const entries = items.map(
    ({ url, article, date }) =>
      `<item><title>${escape(article.title)}</title><link>${escape(url)}</link><guid>${escape(url)}</guid><pubDate>${date.toUTCString()}</pubDate><description>${escape(article.body.slice(0, 160))}…</description></item>`,
  )
  return `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>${escape(title)}</title><link>http://example.org/</link><description>News</description>${entries.join('')}</channel></rss>`
}

/** One loopback address per benchmark site (all of 127.0.0.0/8 is this machine), so per-host pacing sees distinct hosts. */
export function siteAddress(index: number): string {
  return `127.0.${1 + Math.floor(index / 250)}.${1 + (index % 250)}`
}

/**
 * Fills a freshly migrated database in one transaction with item_search's publish trigger
 * lifted (row-by-row full-text indexing is several times slower than one insert at the end),
 * then indexes the published items as the trigger would have and puts it back as it was.
 * `db` must have search_terms() registered (registerSearchFunctions).
 */
export function fillDeferringSearchIndex(db: SQLite.Database, fill: () => void): void {
  const publishTrigger = db.prepare(`select name, sql from sqlite_master where type = 'trigger' and name = 'item_search_publish'`).get() as { name: string; sql: string }
  db.exec(`drop trigger ${publishTrigger.name}`)
  db.transaction(fill)()
  const insertPublished = /begin([\s\S]*)end$/.exec(publishTrigger.sql)![1]!.replace('where a.id = new.article_id', `join classification c on c.article_id = a.id where c.status = 'published'`)
  db.exec(insertPublished)
  db.exec(publishTrigger.sql)
}
