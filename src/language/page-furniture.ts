/*
 * The words news sites put around an article (labels.md § Page noise), in the three languages:
 * read once here by article extraction and by the classifier.
 */

/** Headings of the blocks of other articles' links, in the three languages (and Kazakh in Latin letters). */
const SIDEBAR_HEADINGS = [
  'read (?:also|more)', 'see also', 'related(?: news| articles| stories)?', 'latest news', 'most read', 'more news',
  'more on (?:this|the) topic', 'popular', 'tags', 'currently reading', 'читайте (?:также|еще|ещё|нас|новости по меткам)',
  'смотрите также', 'похожие новости', 'другие новости', 'последние новости', 'новости по теме', 'по теме', 'популярное',
  'сейчас читают', 'теги', 'метки', 'тағы оқыңыз', 'сондай-ақ оқыңыз', 'оқи отырыңыз', 'ұқсас жаңалықтар', 'соңғы жаңалықтар',
  'басқа жаңалықтар', 'тақырыпқа орай', 'тегтер', 'taǵy oqyńyz', 'uqsas jańalyqtar', 'sońǵy jańalyqtar', 'seıchas chıtaıýt',
].join('|')

/**
 * One other article's link under its block's heading, on a line of its own inside the article: «Тағы оқыңыз: Дахла коммунасы
 * … келісіміне қол қойды», «Читайте также: …», "Read also: …". The heading may name the site («Читайте также на Novastan:»).
 */
export const LINKED_HEADLINE_LINE = new RegExp(`^(?:${SIDEBAR_HEADINGS})(?:\\s+(?:на|on)\\s+\\S+)?\\s*:\\s*\\S`, 'iu')
/** A line after which a page carries only links to other articles. */
export const SIDEBAR_MARKER = new RegExp(`^(?:${SIDEBAR_HEADINGS})[\\s:.…]*$`, 'iu')
/**
 * A line that is page chrome even inside the article's container: a sidebar heading, a share or
 * subscribe prompt, a credit, a view counter or a currency figure.
 */
export const BOILERPLATE_LINE = new RegExp(
  `^(?:(?:${SIDEBAR_HEADINGS})(?:[\\s:.…]|$)|подробнее|поделиться|подписывайтесь|share(?: this)?|бөлісу|advertisement|реклама|источник:|фото:|теги:|метки:|tags?:|\\d+\\s*(?:просмотр|views)|[+-]?\\d+[.,]\\d+\\s*$)`,
  'iu',
)
/** A tag list on one line: "Tags: culture, Russia". */
export const TAG_LINE = /^(?:tags|теги|метки|тегтер|tegter)\s*:/iu
/** Currency and weather widgets: codes, figures and signs only. */
export const WIDGET_LINE = /^[\s•·*\-–]*(?:[A-Z]{3}\/[A-Z]{3})?[\s\d.,:%+\-−–]*$/
/**
 * A currency widget's line by its heading or its codes: "Central Bank exchange rates: USD · EUR", «Курсы валют: $1 – 12285.16 UZS»,
 * «Котировки: USD 97.9241 | EUR 104.8872», «Валюта бағамы». Tested on lines that are no sentence: a sentence that gives a sum in
 * dollars ("trade reached USD 43.4 million.") is the article's.
 */
export const CURRENCY_LINE = /(?:exchange rates?|currency rates?|курсы? валют|котировки|валюта бағам|валюталар бағам|(?:^|\P{L})(?:USD|EUR|RUB|CNY|KZT)(?:\P{L}.*\P{L}|\P{L})(?:USD|EUR|RUB|CNY|KZT|UZS)(?:\P{L}|$))/iu
/**
 * A weather widget's line: a temperature in a line that is no sentence («Уральск +13 °C · Аксай +16 °C», "Ankara 10°C |
 * Istanbul 14°C", "OMAN · broken clouds · 23°C"). A forecast's own sentences end with a full stop.
 */
export const TEMPERATURE = /\d\s*°\s*[CСF]?(?!\p{L})/u
/** An advertisement's label opening a line: «Реклама: адреса АЗС …», "Advertising +7(700) …", «Жарнама: …». */
export const ADVERT_LINE = /^(?:реклама|жарнама|advertising|advertisement|sponsored)(?=\P{L}|$)/iu
/** Captions and credits: "Photo: Akorda", «Фото: пресс-служба», «Фото: Ақорда». */
export const CREDIT_LINE = /^(?:photo|фото|сурет|foto|video|видео|source|источник|дереккөз)\s*[:©-]/iu

/**
 * A prompt to follow the site elsewhere: «Подпишитесь на наш Telegram-канал …», "Subscribe to our channel", «… арнамызға
 * жазылыңыз». In English only the imperative that opens the line or the site's "our": "Turkic states subscribe to a joint
 * charter" is the article's.
 */
export const SUBSCRIBE_LINE = /(?:подпишитесь|подписывайтесь|^\P{L}*subscribe\b|subscribe to (?:our|us)\b|follow us|жазылыңыз|жазылыңдар)/iu
