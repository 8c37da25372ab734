import { phrasePatterns, type LexiconEntry, type WordPattern } from './lexicon.js'
import { latinSpellings } from './latin-spellings.js'
import { voicedKazakhStem } from './morphology.js'
import { SECTORS, type Sector } from '../types.js'

/** What a word tells the rules. Sectors double as evidence of the cultural domain (labels.md § relevant). */
export type Cue =
  | 'coop' | 'doc' | 'plan' | 'sign' | 'meet' | 'commission' | 'event' | 'joint' | 'exchange'
  | 'side' | 'parties' | 'official' | 'minister' | 'actor' | 'future' | 'earlier' | 'venue' | 'with' | 'and' | 'between'
  | 'both' | 'countries' | 'summit' | 'auspices' | 'culture' | 'out' | 'none'
  | 'aid' | 'result' | 'award' | 'ethnic' | 'ratify' | 'declaration' | 'session' | 'council' | 'draft' | 'home'
  | 'visit' | 'opening' | 'conference' | 'agreed' | 'health' | 'from' | 'host' | 'participate' | 'fund' | 'person' | 'observer' | 'envoy' | 'roster' | 'former' | 'creator' | 'ceremony' | 'recall' | 'ministers' | 'standing' | 'project' | 'similar' | 'sidelines' | 'head' | 'honorific' | 'approve' | 'arrive' | 'papers' | 'appointment' | 'appointed' | 'shown' | 'akim' | 'delegation' | 'student' | 'gathering' | 'relative' | 'assembly' | 'format' | 'anniversary' | 'celebrate' | 'holiday' | 'staged' | 'occasion' | 'governing' | Sector

type CueSpec = readonly [cues: readonly Cue[], ...phrases: string[]]

/*
 * One phrase per string (phrasePatterns). The longest
 * stem wins, so «операци*» (none) shields «опер*» (theatre) and «визит*» shields «виз*».
 */
const SPECS: readonly CueSpec[] = [
  [['coop'], 'cooperat*', 'co operat*', 'collaborat*', 'сотрудничеств*', 'сотруднича*', 'ынтымақтаст*', 'partnership*',
    'партнерств*', 'әріптестік*', 'взаимодейств*', 'интеграци*'],
  // Kazakh says partnership «серіктестік» as often as «әріптестік»; a limited liability partnership («жауапкершілігі шектеулі
  // серіктестігі», ЖШС) is a company's legal form, no partnership.
  [['coop'], 'серіктестік*'],
  [['none'], 'шектеулі серіктест*'],
  // Ties are the plural «связи», not «связанные», «связан» (related to), «связывают» (bind) or «связь» (telecommunications).
  // Students' and scholars' mobility is their exchange (labels.md § judgement calls: a student exchange is a joint event);
  // mobility alone, or its programme, is transport's too ("urban mobility programme", «қалалық ұтқырлық бағдарламасы»).
  [['exchange', 'education'], 'academic mobility', 'student mobility', 'students mobility', 'mobility of students',
    'академическ* мобильност*', 'студенческ* мобильност*', 'мобильност* студент*', 'мобильност* преподавател*',
    'академиялық ұтқырлық*', 'студенттер* ұтқырлығ*'],
  // Places at a country's universities set aside for another's citizens are an exchange in education: "20 grant places for
  // citizens of Uzbekistan", «гранты на обучение», «гранттық орындар».
  [['exchange', 'education'], 'grant places', 'scholarship places', 'study places', 'quota places', 'грантов* мест*', 'мест* по грант*',
    'грант* на обучение', 'квот* на обучение', 'гранттық орын*', 'оқу грант*', 'оқуға грант*', 'оқуға квота*'],
  // Twinned cities and regions are partners: «города-побратимы», "sister cities", «бауырлас қалалар».
  [['coop'], 'twin cit*', 'twinned', 'twinning', 'sister cit*', 'sister region*', 'sister provinc*', 'побратим*', 'бауырлас қала*',
    'бауырлас облыс*', 'бауырлас өңір*'],
  [['exchange'], 'exchange*', 'обмен*', 'алмас*', 'internship*', 'стажировк*', 'тағылымдам*', 'ties', 'связи', 'связей', 'связям',
    'связями', 'связях', 'байланыс*'],
  // «В связи с», in connection with, and the telecommunications of «министерство связи» are no ties; nor is Kazakh
  // «осыған байланысты», in this connection.
  [['none'], 'в связи с', 'в связи со', 'министерств* связи', 'средств* связи', 'осыған байланысты', 'соған байланысты', 'бұған байланысты', 'оған байланысты', 'сонымен байланысты', 'осымен байланысты'],
  [['doc'], 'memo', 'memos', 'mou', 'mous', 'келісімшарт*', 'memorand*', 'меморандум*', 'agreement*', 'соглашени*', 'келісім*', 'protocol*', 'протокол*', 'хаттама*',
    'roadmap*', 'road map*', 'дорожн* карт*', 'жол карта*', 'treaty', 'treaties', 'договор', 'договора', 'accord'],
  // Documents signed without their names («подписан пакет документов», «құжаттарға қол қойды», "signed documents"):
  // signed by parties, they are cooperation documents (candidates.ts § isPapersSigned), whose field the rest of the text names. One
  // document alone is most often the memorandum just named again («Документ подписали …»), which the text names already.
  [['papers'], 'documents', 'документы', 'документов', 'документами', 'документам', 'құжаттар*', 'құжаттарға*'],
  // Documents on appointments are an official's own: signed at a meeting, they are no parties' («подписал документы о назначении»).
  [['appointment'], 'appointment', 'appointments', 'назначени*', 'тағайындау*'],
  // A post filled, by appointment or by election: «назначен», «тағайындалды», "appointed", «избран», «сайланды», "elected"
  // (article.ts § r.appointment_core); the noun alone is also a decision's or a document's matter («решения о назначении»).
  // «Сайлау» (elections) stays politics, out of scope. An adviser («кеңесші») holds a post and sits in no council («кеңес»).
  [['appointed'], 'appointed', 'appoints', 'назначен', 'назначена', 'назначены', 'назначил*', 'назначат', 'назначает',
    'тағайындалды*', 'тағайындады*', 'тағайындалған*', 'elected', 're elected', 'reelected', 'избран', 'избрана', 'избраны',
    'избрал*', 'переизбра*', 'сайланды*', 'сайланған*', 'қайта сайлан*'],
  [['none'], 'кеңесші*'],
  // Documents on show are an exhibition's, signed when their authors lived («на выставке представлены документы, подписанные ханами»).
  [['shown'], 'on display', 'displayed', 'shows', 'showcases', 'представлены', 'экспонируются', 'демонстрируются', 'көрсетілді', 'көрсетілген*'],
  [['shown', 'museums'], 'exhibited'],
  // One named by its matter, "a document on cooperation", «документ о сотрудничестве», «ынтымақтастық туралы құжат».
  [['doc', 'coop'], 'document on cooperation', 'documents on cooperation', 'cooperation document*', 'документ о сотрудничеств*',
    'документа о сотрудничеств*', 'документы о сотрудничеств*', 'документов о сотрудничеств*', 'ынтымақтастық туралы құжат*',
    'ынтымақтастық жөніндегі құжат*', 'ынтымақтастық құжат*'],
  // A memorandum of understanding called by its matter in Kazakh: «өзара түсіністік құжаты» (a document of mutual understanding).
  [['doc'], 'өзара түсіністік құжат*'],
  [['plan'], 'programme*', 'program', 'programs', 'программ*', 'бағдарлама*', 'plan', 'plans', 'план', 'плана', 'жоспар*',
    // A strategy of cooperation adopted is a programme of it (labels.md § kind): «утвердили стратегию сотрудничества».
    'strategy', 'strategies', 'стратеги*'],
  // A signing still to come: «қол қоюға келісті» (agreed to sign), «қол қою мақсатымен» (with the aim of signing),
  // «қол қояды», «қол қоймақ», «жасаспақ» (will sign, will conclude); «қол қою рәсімі» stays a signing held.
  // Listed before «қол қою*», which would win the tie of equal first words.
  // So is a signing another verb takes as its object or its matter: «қол қоюды ұсынды» (proposed signing), «қол қоюды
  // талқылады», «қол қою мәселесі талқыланды» (the question of signing was discussed), «вопрос подписания», and its
  // prospect («перспектива подписания соглашения»).
  [['sign', 'future'], 'қол қоюға', 'қол қою мақсат*', 'қол қояды', 'қол қоймақ*', 'қол қойылмақ*', 'жасаспақ*', 'қол қоюды',
    'қол қою мәселе*', 'вопрос* подписани*', 'перспектив* подписани*', 'prospect* of signing'],
  [['sign'], 'sign', 'signs', 'signed', 'signing', 'signature*', 'concluded', 'conclude', 'подписани*', 'подписи', 'ratified', 'inked', 'подписал*', 'подписан*', 'ратифицирова*', 'заключил*', 'заключен*',
    'қол қойды*', 'қол қойыл*', 'қол қойған*', 'қол қойыс*', 'қол қою*', 'жасасты*', 'ратификацияла*'],
  // A cooperation document approved is one adopted («утвердили программу сотрудничества», «стратегиясын бекітті», "Uzbekistan
  // approves agreement"): labels.md reads ratification, its state form, as an agreement; a draft approved stays a draft.
  // It signs only a cooperation document (candidates.ts § sentenceFacts): a budget or an appointment approved is none.
  // The act only, not the noun: an approval awaited or discussed («утверждение», «бекітілуі», "the approval") approved nothing.
  [['approve'], 'approved', 'approves', 'утвердил*', 'утвержден', 'утверждена', 'утверждено', 'утверждены', 'утвержденн*', 'утверждён',
    'утверждённ*', 'бекітті*', 'бекітілді*', 'бекітілген*'],
  // Kazakh «ұсын*» plans only as a proposal («ұсыныс») or in the future («ұсынбақ», «ұсынылады»): «ұсынды» was presented.
  [['future'], 'will', 'shall', 'expected', 'expects', 'planned', 'planning', 'to sign', 'to be signed', 'intend*', 'propos*',
    'next', 'upcoming', 'scheduled', 'could', 'possible', 'possibility', 'будет', 'будут', 'планиру*', 'намер*',
    'предлож*', 'следующ*', 'предстоящ*', 'намечен*', 'подпишут', 'подпишет', 'подписать', 'возможност*',
    'жоспарлан*', 'күтіл*', 'ұсыныс*', 'ұсынбақ*', 'ұсынылмақ*', 'ұсынылады', 'келесі', 'алдағы', 'мүмкіндіг*'],
  // So in English and Kazakh: "prepare", "preparing", "is prepared to", preparation for or of something, «дайындайды»,
  // «дайындалмақ», «дайындалып жатыр», «дайындық»; not what was prepared ("an exhibition prepared by the museum",
  // «дайындалған», «дайындады»).
  [['future'], 'prepare', 'prepares', 'preparing', 'prepared to', 'preparation for', 'preparations for', 'preparation of',
    'preparations', 'preparatory', 'дайындайды', 'дайындайтын', 'дайындамақ*', 'дайындалмақ*', 'дайындалады', 'дайындалуда',
    'дайындалып жатыр*', 'дайындық*'],
  // Russian plans a thing by preparing it in the future or the infinitive («подготовят», «подготовить», «подготавливают»), not
  // once it is prepared («подготовили», «подготовлен»); the noun plans only as preparation for something («подготовка к визиту»)
  // or of a document («подготовку соглашения»), and in the officialese pair «подготовка и проведение» (of an event to come):
  // «физической подготовки», «подготовка кадров» is training.
  [['future'], 'подготовить', 'подготовит', 'подготовят', 'подготовим', 'подготовиться', 'подготовится', 'подготовятся',
    'подготавлива*', 'подготовк* к', 'подготовк* ко', 'подготовк* и проведени*'],
  [['future', 'doc'], 'подготовк* соглашени*', 'подготовк* меморандум*', 'подготовк* договор*', 'подготовк* протокол*'],
  // A signing still to be worked out is none yet: «прорабатывать заключение соглашения», "work towards signing", «пысықтау».
  [['future'], 'прорабатыва*', 'проработ*', 'work towards', 'working towards', 'work toward', 'working toward', 'пысықта*'],
  // Work done "within" or "under" a memorandum is done under one signed before: what is reported is the work, not a signing.
  [['earlier', 'doc'], 'в рамках меморандум*', 'в рамках соглашени*', 'в рамках договор*', 'в рамках * меморандум*',
    'в рамках * соглашени*', 'within the framework of the memorandum', 'within the framework of the agreement',
    'within the framework of a memorandum', 'within the framework of an agreement', 'under the memorandum', 'under the agreement',
    'меморандум* аясында', 'келісім* аясында', 'меморандум* шеңберінде', 'келісім* шеңберінде'],
  // A relative clause tells of a thing the main clause takes as known: "the memorandum that was signed there", "with which the
  // university has signed protocols", «с которыми подписаны» (signals.ts § tenseOf).
  [['relative'], 'that was', 'that were', 'that had', 'which was', 'which were', 'which had', 'который был*', 'которое было',
    'которая была', 'которые были'],
  [['relative', 'with'], 'with which', 'с которым', 'с которыми', 'с которой'],
  // A relation's years of standing tell its record, not what is reported: "has worked with them for many years and has signed
  // more than 30 memorandums", «на протяжении многих лет сотрудничают», «көп жылдан бері серіктес». "For the first time in many
  // years" («впервые за много лет») dates what happens now, and is not among them.
  [['earlier'], 'for many years', 'for years', 'for decades', 'over the years', 'на протяжении многих лет',
    'в течение многих лет', 'многие годы', 'долгие годы', 'көп жылдан бері', 'ұзақ жылдан бері', 'көп жылдар бойы', 'ұзақ жылдар бойы'],
  // A former or previous thing is earlier beside an act, but opens no sentence on a time gone by (signals.ts § opensEarlier).
  [['earlier', 'former'], 'previous', 'former', 'прежн*', 'бұрынғы*'],
  [['earlier'], 'earlier', 'previously', 'back in', 'in the past', 'еще в', 'ещё в', 'жыл бұрын', 'ago', 'last', 'ранее', 'прежде', 'назад', 'прошлом', 'прошлого', 'бұған дейін',
    'бұрын', 'былтыр',
    // Kazakh "last year", "last month", "last week", in their forms only: «өткен» alone is "held" («Астанада өткен көрме»), and
    // so it is before «аймақтық» (regional), «айтыс» or «жыл сайынғы» (annual).
    'өткен жылы', 'өткен жылғы', 'өткен жылдың', 'өткен айда', 'өткен айдың', 'өткен айы', 'өткен айғы', 'өткен аптада',
    'өткен аптаның', 'өткен аптадағы',
    // Kazakh «болып қайтты» ("has been to and come back"): a trip already made, another leg of a tour or an earlier visit.
    'болып қайт*'],
  [['meet'], 'met', 'meet', 'meets', 'meeting*', 'talks', 'negotiat*', 'discuss*', 'received', 'receives', 'принял', 'приняла',
    'принимает', 'қабылдады', 'қабылдап', 'встреч*', 'встретил*',
    'переговор*', 'обсудил*', 'обсужд*', 'обсуди*', 'кездес*', 'жүздес*', 'келіссөз*', 'талқыла*', 'пікір алмас*', 'консультаци*',
    // Officials who talked with someone or conversed held talks ("They talked with the rector", «говорили о совместных
    // программах»); one who spoke about something (a speech) did not, nor speakers who "talked about" a forum's theme.
    'talked with', 'talked to', 'говорили о', 'говорили об', 'поговорил*', 'беседа', 'беседу', 'беседы', 'беседе', 'беседова*', 'побеседова*',
    'әңгімелес*',
    // Kazakh's "put heads together", as "met": «министрлері бас қосты», «кеңесі Астанада бас қосып», a gathering («басқосу»).
    'бас қос*', 'басқосу*'],
  // Talking to the press is no talks with a partner: "talked to reporters", «в беседе с журналистами», «поговорил с
  // журналистами», «журналистермен әңгімелесті» shield "talked to", «беседа», «поговорил*» and «әңгімелес*».
  [['none'], 'talked to reporters', 'talked to journalists', 'talked to the press', 'talked to the media', 'talked to media',
    'talked with reporters', 'talked with journalists', 'talked with the press', 'talked with the media',
    'беседе с журналист*', 'беседы с журналист*', 'беседа с журналист*', 'беседу с журналист*', 'беседова* с журналист*',
    'побеседова* с журналист*', 'поговорил* с журналист*', 'журналистермен әңгімелес*', 'журналистерге әңгімелес*'],
  // «Қазақстан жылы» and "year of Kazakhstan" name the Year of Kazakhstan (an event), but not where «жылы» is warm
  // («Қазақстан жылы қарсы алды», welcomed warmly) or the year is one of Kazakhstan's something ("the first year of
  // Kazakhstan's chairmanship").
  [['none'], 'қазақстан жылы қарсы*', 'қазақстан жылы шырай*', 'year of kazakhstan s'],
  // Guests greeted on arrival («артистов встречали на вокзале», «президента встретил премьер-министр») met no one for
  // talks: the plain «встречал», «встретили» shield «встреч*» and «встретил*», whose «встретился», «встреча» stay a meeting.
  [['none'], 'встречал', 'встречала', 'встречали', 'встречают', 'встречает', 'встречать', 'встретил', 'встретила', 'встретили', 'встретить'],
  // A meeting that is a cultural event's format, no officials' talks (labels.md § kind): writers' and artists' creative
  // meetings («творческие встречи», «шығармашылық кездесу»), a literary meeting, an evening of meetings («кездесу кеші»), a
  // festival called a "meeting point", and a teleconference bridge («телемост», «телекөпір»). Read by the meeting model alone.
  [['meet', 'culture', 'format'], 'творческ* встреч*', 'шығармашылық кездесу*', 'creative meeting*'],
  [['meet', 'literature', 'format'], 'литературн* встреч*', 'әдеби кездесу*', 'literary meeting*'],
  [['meet', 'format'], 'кездесу кеш*', 'meeting point'],
  // An event named by its generic word, «мероприятие», «іс-шара», "an evening of music" (article.ts § k.m.occasion_core).
  [['occasion'], 'event', 'events', 'мероприяти*', 'іс шара*', 'evening', 'evenings', 'вечер', 'вечера', 'кеші', 'кешін', 'кешінде', 'кешіне'],
  [['format'], 'телемост*', 'телекөпір*', 'tv bridge*', 'video bridge*', 'teleconference bridge*'],
  [['commission'], 'commission*', 'subcommission*', 'комисси*', 'подкомисси*', 'межправкомисси*', 'working group*',
    'рабоч* групп*', 'жұмыс тоб*', 'sub committee*', 'subcommittee*', 'cooperation committee*', 'кіші комитет*',
    'кіші комиссия*', 'ынтымақтастық комитет*', 'межправсовет*',
    // An expert group of an organisation or two states' joint committee is a working group on cooperation (labels.md § kind).
    'expert group*', 'expert working group*', 'group of experts', 'экспертн* групп*', 'групп* экспертов', 'сарапшылар тоб*',
    'joint committee*', 'joint * committee*', 'совместн* комитет*', 'бірлескен комитет*'],
  // A national commission for UNESCO («Национальная комиссия по делам ЮНЕСКО», «ЮНЕСКО істері жөніндегі ұлттық комиссия») is a
  // standing national body working with UNESCO, not an intergovernmental commission in session (labels.md § kind).
  [['commission', 'standing'], 'national commission*', 'национальн* комисси*', 'ұлттық комиссия*'],
  // Days, weeks or a year of a country's culture are an event in the cultural domain: the phrase must not hide its culture word.
  // Russian days inflect: «в рамках Дней культуры», «подвели черту под Днями культуры», «на Днях культуры».
  [['event', 'culture'], 'days of culture', 'days of * culture', 'дни культуры', 'дни * культуры', 'дней культуры', 'дней * культуры',
    'дням культуры', 'дням * культуры', 'днями культуры', 'днями * культуры', 'днях культуры', 'днях * культуры', 'мәдениет* күн*',
    'year of * culture', 'год * культуры', 'неделя * культуры'],
  [['event'], 'exhibition*', 'exhibit', 'выставк*', 'выставоч*', 'экспозици*', 'көрме*', 'tour', 'tours', 'touring',
    'гастрол*', 'festival*', 'фестивал*', 'фестиваль*', 'апталы*', 'master class*', 'мастер класс*', 'шеберлік сынып*',
    'screening*', 'показ*', 'көрсетілім*', 'perform*', 'выступ*', 'өнер көрсет*', 'гала*', 'co production*', 'premiere*',
    'days of', 'дни казахстан*',
    // The home country's days or year abroad, in Kazakh as in Russian: «Анкарада Қазақстан күндері өтті», «Ташкентте «Қазақстан
    // жылы» қорытындыланды», «Год Казахстана в Узбекистане», and literature's days («әдебиеті күндері»). The Year names the
    // country in the genitive: «в прошлом году Казахстан подписал …» only dates a sentence.
    'қазақстан күндер*', 'қазақстан жылы', 'қазақстан жылын*', 'қазақстан жылының', 'год казахстана', 'года казахстана', 'году казахстана',
    'годом казахстана', 'годе казахстана',
    'year of kazakhstan',
    'week of', 'апталығы*', 'decade of', 'декада*', 'онкүндік*',
    'gastrol*', 'гастрольдік*', 'exposition*', 'forum of', 'contest*', 'конкурс*', 'байқау*', 'competition*',
    'olympiad*', 'олимпиад*', 'симпозиум*', 'symposium*'],
  // A language course or a training course held is teaching's event, as master classes are (labels.md § judgement calls: master
  // classes by foreign institutions): «араб тілі курсын өткізді», «курсы казахского языка», "Kazakh language courses". The bare
  // «курс» stays none: an exchange rate, a year of study («3-курс студенттері») or a policy's course.
  [['event', 'education'], 'тілі курс*', 'тілдері курс*', 'тілін оқыту курс*', 'language course*', 'курс* * языка', 'курс* языка',
    'курс* * языков', 'курс* повышения квалификации', 'біліктілікті арттыру курс*', 'training course*', 'summer course*'],
  // Russian «выступить» is also to speak or to act as: «выступил с приветствием», «с речью», «с докладом», «с инициативой»,
  // «организаторами выступили», «выступил в качестве», «выступает за» are a speech, a role or a stance, no performance.
  [['none'], 'выступ* с речью', 'выступ* с приветстви*', 'выступ* с приветственн*', 'выступ* с доклад*', 'выступ* с сообщени*',
    'выступ* с обращени*', 'выступ* с заявлени*', 'выступ* с инициатив*', 'выступ* с предложени*', 'выступ* в качестве',
    'выступ* в роли', 'выступ* за', 'выступ* против', 'выступ* организатор*', 'выступ* соорганизатор*', 'выступ* инициатор*',
    'организатор* выступ*', 'соорганизатор* выступ*', 'инициатор* выступ*', 'с приветстви* выступ*', 'с приветственн* слов* выступ*',
    'с речью выступ*', 'с доклад* выступ*'],
  // A concert or a photo exhibition is a cultural event wherever it is held: «Орынборда концерт берді», «фотокөрмесі өтті» said
  // no culture, the field left to the sectors, which read a concert as music and photographs as arts. A show ('staged'), no
  // days of a country's culture: a foreign singer's concert in a home city is no home hosting (mentions.ts § readMentions).
  [['event', 'culture', 'staged'], 'concert*', 'концерт*', 'фотокөрме*', 'фотовыставк*', 'фотоэкспозици*'],
  // Days or weeks of a field are an event of that field: the phrase must not hide its field's word, as it hid the cinema of
  // «Беларусь киносы күндері» and the art of «өнер күндері».
  [['event', 'cinema'], 'days of * cinema', 'дни * кино', 'week of * film*', 'film week*', 'неделя * кино', 'недели кино', 'кино апталы*',
    'кино* күн*'],
  // «өнер» and its possessive forms only: industry begins with it too («Өнеркәсіп күні», out of scope).
  [['event', 'arts'], 'дни * искусства', 'өнер күн*', 'өнері күн*', 'өнерінің күн*', 'өнерлері күн*', 'өнерлерінің күн*'],
  [['event', 'literature'], 'дни * литературы', 'әдебиет* күн*'],
  [['event', 'conference'], 'conference*', 'конференци*', 'конференция*'],
  [['meet', 'conference'], 'conference of'],
  [['meet', 'conference', 'official', 'minister'], 'конференци* министр*'],
  [['joint'], 'joint*', 'together', 'совместн*', 'совместно', 'бірлес*', 'бірге', 'support*', 'поддержк*', 'қолдау*',
    'co organi*', 'co produc*', 'organised', 'organized', 'организован*', 'ұйымдастыр*', 'ответн*', 'reciprocal*', 'mutual*',
    'взаимн*', 'өзара'],
  // Sides that talked held talks ("the two sides talked about exchanging resources"), where one speaker who talked about a
  // theme gave a speech (the meet cue takes "talked with", not "talked about").
  [['side', 'parties', 'meet'], 'sides talked', 'parties talked'],
  [['side', 'parties'], 'side', 'sides', 'сторона', 'стороны', 'стороной', 'стороне', 'сторону', 'сторон', 'тарап*'],
  [['parties'], 'parties', 'тараптар*'],
  [['official', 'minister'], 'minister*', 'ministr*', 'министр*', 'министерств*', 'минкульт*'],
  // Ministers in the plural: an organisation's ministers who meet are its council in session (labels.md § judgement calls).
  [['official', 'minister', 'ministers'], 'ministers', 'министры', 'министров', 'министрам', 'министрами', 'министрах', 'министрлер*'],
  // Ambassadors and embassies are officials, and envoys: an embassy only attending is no party (corpus/README.md).
  [['official', 'envoy'], 'ambassador*', 'посол', 'посла', 'послом', 'послу', 'послы', 'елші*', 'embass*', 'посольств*',
    'diplomatic mission*', 'дипмисси*', 'дипломатическ* мисси*', 'дипломатиялық миссия*'],
  [['official'], 'vice', 'deputy', 'вице', 'заместител*',
    'орынбасар*',
    'consul*', 'консул*', 'delegation*', 'делегаци*', 'director*', 'директор*', 'rector*', 'ректор*', 'president*',
    'президент*', 'chairman', 'head', 'председател*', 'төраға*', 'secretary', 'секретар*', 'хатшы*', 'department*',
    'департамент*', 'управлени*', 'басқарма*', 'agency', 'агентств*', 'агенттіг*', 'counterpart*', 'коллег*', 'әріптес*',
    'government', 'правительств*', 'үкімет*', 'company', 'компани*'],
  // The head of a home region or city (mentions.ts § namesHomeBody): «Түркістан облысының әкімі», «аким Туркестанской области».
  [['akim'], 'akim', 'аким', 'акима', 'акиму', 'акимом', 'акиме', 'әкім', 'әкімі*'],
  [['actor', 'museums'], 'museum*', 'музе*', 'мұража*', 'gallery', 'galleries', 'галере*'],
  [['actor', 'libraries'], 'library', 'libraries', 'библиотек*', 'кітапхана*'],
  [['actor', 'archives'], 'archive*', 'архив*', 'мұрағат*'],
  [['actor', 'education'], 'universit*', 'университет*', 'school', 'schools', 'школ*', 'мектеп*', 'вуз*', 'оқу орн*',
    // Colleges, lyceums and gymnasiums are schools too («Колледж … институтымен меморандум жасасты»).
    'college', 'colleges', 'колледж*', 'lyceum*', 'лицей*', 'gymnasium', 'gymnasiums', 'гимнази*'],
  [['actor', 'theatre'], 'theat*', 'театр*'],
  [['actor', 'music'], 'orchestra*', 'оркестр*', 'conservator*', 'консерватори*', 'philharmon*', 'филармони*',
    'ensemble*', 'ансамбл*', 'ансамбль*'],
  [['actor', 'cinema'], 'studio*', 'студи*', 'kazakhfilm*', 'казахфильм*', 'қазақфильм*', 'film centre', 'film center'],
  [['actor'], 'academy', 'academies', 'академи*', 'foundation', 'фонд*', 'institut*', 'институт*', 'centre', 'center',
    'центр*', 'орталы*', 'council', 'совет', 'кеңес*', 'organi*ation*', 'организаци*', 'ұйым*', 'team', 'troupe',
    'труппа*', 'ұжым*', 'коллектив*', 'agency'],
  // A sports club is an institution of its city, as a theatre is: «Санкт-Петербургтің «Зенит» клубы», "Zenit club", «клуб «Зенит»».
  [['actor'], 'club', 'clubs', 'клуб*'],
  [['venue'], 'in', 'at', 'to', 'в', 'во', 'на'],
  [['venue', 'visit'], 'visit*', 'визит*', 'сапар*', 'посетил*', 'посещени*', 'барды', 'барып'],
  [['venue', 'host'], 'hosted', 'host', 'hosts', 'принимающ*', 'принимает', 'принял*', 'қабылдады*', 'қабылдаушы*', 'venue'],
  [['from'], 'from', 'из', 'от'],
  [['participate'], 'took part', 'take part', 'taking part', 'participat*', 'attend*', 'delegations', 'participants', 'delegates',
    'делегатов', 'делегаты',
    'member', 'members', 'member states', 'представител*', 'делегаци*', 'участ*', 'принял участие', 'приняла участие', 'приняли участие', 'входят', 'членов',
    'члены', 'қатыс*', 'өкілдер*', 'мүше*', 'делегациялар*'],
  // A delegation, however many: a list of delegations taking part names participants (candidates.ts § delegationListsOf).
  [['delegation'], 'delegation*', 'delegations', 'делегаци*', 'делегациялар*'],
  // Who came to what is reported, as its guests: «приехали театры Италии, Великобритании …», "Among the guests are …",
  // «Жиынға … келді». Read only to tell a list of participants (participantListsOf).
  [['arrive'], 'came', 'arrived', 'arrive', 'arrives', 'arriving', 'guests', 'приехал*', 'приедут', 'прибудут', 'гости', 'гостей', 'гостями', 'келді', 'келеді', 'келмек*'],
  // Kazakh guests in every case, as «гости» («Жиынға … қонақтар келді», «қонақтарды қабылдады»).
  [['arrive'], 'қонақтар*'],
  [['fund'], 'fund', 'funded', 'funding', 'financ*', 'sponsor*', 'grant*', 'финансир*', 'спонсор*', 'грант*', 'средств*',
    'қаржыландыр*', 'демеуші*', 'қаржы*'],
  [['person'], 'singer*', 'performer*', 'певиц*', 'исполнител*', 'әнші*', 'орындаушы*', 'артист*', 'әртіс*',
    // Stars of the stage only: "a five-star hotel", "the stars of the sky", a general's «звезда» are no performers.
    'guest star*', 'pop star*', 'rock star*', 'stage star*', 'star performer*', 'star cast', 'stars of the stage', 'stars of pop',
    'звезд* эстрады', 'звезд* сцены', 'звезд* мировой сцены', 'звезд* мировой эстрады', 'звезд* шоу бизнеса', 'звездн* состав*',
    'звездн* гост*', 'поп звезд*', 'рок звезд*', 'эстрада жұлдыз*', 'сахна жұлдыз*'],
  // A star of an art names the art as well.
  [['person', 'theatre', 'music'], 'opera star*', 'stars of the opera', 'stars of opera', 'stars of world opera', 'звезд* оперы',
    'звезд* мировой оперы'],
  [['person', 'theatre'], 'ballet star*', 'stars of ballet', 'stars of the ballet', 'звезд* балета'],
  [['person', 'cinema'], 'film star*', 'movie star*', 'cinema star*', 'stars of cinema', 'звезд* кино', 'кинозвезд*'],
  [['person', 'music'], 'music star*', 'jazz star*', 'звезд* джаза'],
  [['person', 'music'], 'musician*', 'музыкант*'],
  // A person who plays, acts or dances names the art as well: these longer words hide the sector's own («artist*», «танц*»).
  [['person', 'music'], 'soloist*', 'violinist*', 'pianist*', 'conductor*', 'солист*', 'скрипач*', 'пианист*', 'певец', 'певц*', 'дирижер*',
    'скрипкашы*', 'пианист', 'дирижер'],
  [['person', 'theatre'], 'actor', 'actors', 'actress*', 'актер*', 'актрис*', 'актер'],
  // English names the players of politics, markets and security actors too: "non-state actors", "key actors of the corridor".
  [['none'], 'non state actor*', 'state actor*', 'key actor*', 'regional actor*', 'political actor*', 'economic actor*', 'private actor*',
    'external actor*', 'global actor*', 'security actor*', 'market actor*', 'society actor*', 'civil society actor*'],
  [['person', 'arts'], 'artist', 'artists', 'dancer*', 'танцор*', 'биші*'],
  // Who writes, paints or composes comes as one person too ("painters, musicians, writers and composers from …", «писатели и
  // поэты из …», «ақындар мен жазушылар»): their words keep the sectors they name below.
  [['creator'], 'painter*', 'composer*', 'композитор*', 'сазгер*', 'художник*', 'суретші*', 'writer*', 'писател*', 'жазушы*',
    'poet*', 'поэт*', 'ақын*'],
  // An agency's or institution's earlier partners, listed as background ("among Kazinform's partners are …").
  [['roster'], 'в числе партнер*', 'среди партнер*', 'среди них партнер*', 'в числе * партнер*', 'among * partners', 'among its partners',
    'partners include', 'partners including', 'серіктест* қатарында*', 'серіктестері арасында*', 'әріптест* қатарында*'],
  // An organisation's observers and dialogue partners are not the member states taking part (labels.md § judgement calls).
  [['observer'], 'observer*', 'наблюдател*', 'бақылаушы*', 'dialogue partner*', 'партнер* по диалогу', 'диалог* бойынша серіктес*'],
  [['aid'], 'aid', 'relief', 'convoy*', 'помощ*', 'көмек*', 'tonnes', 'tons', 'тонн*', 'тонна*', 'гуманитарн* груз*',
    'donat*', 'пожертвов*', 'evacuat*', 'эвакуац*'],
  // Humanitarian aid, response or demining is relief work, not humanitarian cooperation (labels.md § judgement calls):
  // the phrase hides "humanitarian" from the cultural domain.
  [['aid'], 'humanitarian aid', 'humanitarian assistance', 'humanitarian relief', 'humanitarian response', 'humanitarian mission*',
    'humanitarian demining', 'humanitarian corridor*', 'humanitarian cargo*', 'humanitarian convoy*', 'humanitarian supplies',
    'humanitarian crisis', 'humanitarian operation*', 'гуманитарн* помощ*', 'гуманитарн* мисси*',
    'гуманитарн* разминир*', 'гуманитарн* коридор*', 'гуманитарн* кризис*', 'гуманитарн* операци*', 'гуманитарн* конво*',
    'гуманитарлық көмек*', 'гуманитарлық жүк*', 'гуманитарлық миссия*', 'гуманитарлық дағдарыс*', 'гуманитарлық дәліз*'],
  [['result'], 'medal*', 'медал*', 'champion*', 'чемпион*', 'won', 'wins', 'winner*', 'победил*', 'победител*', 'жеңіс*',
    'жеңді', 'жеңімпаз*', 'final', 'finals', 'финал*', 'semifinal*', 'полуфинал*', 'score*', 'gold', 'золот*', 'алтын',
    'silver', 'серебр*', 'күміс', 'bronze', 'бронз*', 'қола', 'tournament*', 'турнир*', 'defeat*', 'поражени*', 'матч*',
    // A goal's forms only: «гол*» also began Hollywood, «голубая» (blue) and surnames (Головкин, Голлиев). English "goal" is
    // most often an aim ("its main goal is joint film production", "sustainable development goals", "would reach its goals"):
    // the game's goal is scored ("score*"), kept or own.
    'match', 'goalkeeper*', 'goalscorer*', 'goalless', 'own goal*', 'winning goal*', 'opening goal*', 'гол', 'гола', 'голы', 'голов', 'голом', 'голе', 'голу', 'голами', 'ranking*', 'рейтинг*'],
  // Esteem won is a figure of speech, no contest's result: "has won the hearts of the audience", "won international recognition",
  // "won the respect of", "had won a respected place", "won wide popularity".
  [['none'], ...['won', 'wins'].flatMap((verb) => ['heart*', 'recognition', 'respect*', 'trust', 'love', 'popularity', 'acclaim', 'admiration',
    'sympathy', 'prestige', 'reputation', 'authority', 'favour', 'favor'].flatMap((esteem) => [`${verb} ${esteem}`, `${verb} * ${esteem}`]))],
  // A medal handed over is an award, no contest's result: commemorative and jubilee medals («памятные медали», «юбилейные
  // медали», «мерейтойлық медаль», "a commemorative medal"), a medal presented («вручили медаль», «медаль табыстады»).
  [['award'], 'памятн* медал*', 'юбилейн* медал*', 'мерейтойлық медал*', 'естелік медал*', 'commemorative medal*', 'jubilee medal*',
    'anniversary medal*', 'вручил* медал*', 'вручил* * медал*', 'вручен* медал*', 'медал* табыстады', 'медал* тапсырды', 'presented * medal*',
    'presented with * medal*'],
  // «Почетный», "honorary", «құрметті» before a post or a guest is its title, no award given: an honorary consul or consulate
  // («почетного консула», «Почетном консульстве», «құрметті консулдығы»), an honorary ambassador, a guest of honour («почетный
  // гость», «құрметті қонағы»), a guard of honour («почетный караул»). An honorary title or diploma awarded stays an award.
  [['official'], 'honorary consul*', 'почетн* консул*', 'құрметті консул*'],
  [['official', 'envoy'], 'honorary ambassador*', 'құрметті елші*'],
  [['arrive'], 'guest of honour', 'guests of honour', 'guest of honor', 'guests of honor', 'honoured guest*', 'honored guest*',
    'почетн* гост*', 'құрметті қонақ*', 'құрметті қонағ*'],
  [['none'], 'guard of honour', 'guard of honor', 'honour guard*', 'honor guard*', 'почетн* караул*', 'құрметті қарауыл*', 'құрмет қарауыл*'],
  [['award'], 'award*', 'prize*', 'laureate*', 'лауреат*', 'наград*', 'награжд*', 'вручил*', 'марапат*', 'сыйлық*',
    'орден*', 'honorary', 'почетн*', 'құрметті'],
  [['ethnic'], 'ethnocultural', 'ethno cultural', 'этнокультурн*', 'этномәдени*', 'diaspora*', 'диаспор*',
    'assembly of people', 'assembly of the people', 'ассамбле* народа', 'халқы ассамблея*', 'мал* ассамбле*', 'кіші ассамблея*',
    'ethnic', 'этническ*', 'этнос*', 'compatriot*', 'соотечественник*', 'отандас*', 'қандас*', 'oralman*', 'оралман*',
    // The communities' own houses and centres, and the minorities they serve: «Дни башкирской культуры в Доме дружбы», "the
    // German minority's festival", «национально-культурные центры», «корей ұлттық-мәдени орталығы» (labels.md § judgement calls:
    // an ethnic community's festival at home is domestic news).
    'дом* дружбы', 'house of friendship', 'houses of friendship', 'достық үй*', 'minority', 'minorities', 'меньшинств*',
    // Only the community's body: «национально-культурное наследие», a nation's heritage, is none.
    'национально культурн* центр*', 'национально культурн* объединени*', 'национально культурн* обществ*',
    'национально культурн* автономи*', 'национально культурн* ассоциаци*', 'ұлттық мәдени орталығ*', 'ұлттық мәдени бірлест*',
    // The communities themselves, named as peoples: "the Wiedergeburt movement of Germans", «татары и башкиры столицы открыли
    // праздники», «Қазақстан кәрістері». Their kin state's adjective («немецкий», "Korean") names a country, not them.
    'germans', 'koreans', 'tatars', 'uighurs', 'uyghurs', 'dungans', 'немцы', 'немцев', 'корейцы', 'корейцев', 'татары', 'уйгуры',
    'уйгуров', 'дунгане', 'дунган', 'немістер*', 'корейлер*', 'кәрістер*', 'татарлар*', 'ұйғырлар*', 'дүнгендер*',
    // The Soviet Koreans' own name for their people ("the Aktobe Association of Koryoin", «корё-сарам»), no kin state's.
    'koryoin', 'koryo saram', 'koryo in', 'корё сарам', 'корё ин', 'корейцы казахстана'],
  // The Assembly of People by its initials: «сессия АНК», «ҚХА төрағасының орынбасары», "the Department of Foreign Languages
  // and APK" — as its full name, a community's body (labels.md § judgement calls: domestic news).
  [['ethnic'], 'анк', 'қха', 'apk'],
  // Any other assembly: the CIS Inter-Parliamentary Assembly, the UN General Assembly, the Parliamentary Assembly of Turkic States.
  // Still read with the communities' words, but only the Assembly of People («ассамблея народа», «Қазақстан халқы
  // Ассамблеясы») and its cities' small assemblies are a community's (article.ts § r.ethnic_party).
  [['ethnic', 'assembly'], 'ассамблея*', 'ассамблеи'],
  [['ratify', 'sign'], 'ratif*', 'ратифи*', 'accession', 'accede*', 'присоединени*', 'присоедин*', 'қосылу*'],
  [['declaration', 'doc'], 'declaration*', 'декларац*', 'joint statement*', 'совместн* заявлени*', 'бірлескен мәлімдеме*',
    'мәлімдеме*', 'communique*', 'коммюнике'],
  // A declaration is adopted, not signed («приняли декларацию», «декларацияны қабылдады»): labels.md reads it as an agreement.
  [['declaration', 'doc', 'sign'], 'adopt* declaration*', 'adopt* * declaration*', 'adopt* the * declaration*', 'приняли декларац*',
    'приняли * декларац*', 'принята декларац*', 'принята * декларац*', 'декларац* принят*', 'декларацияны қабылда*',
    'декларациясын қабылда*', 'мәлімдемені қабылда*', 'декларация қабылданды',
    // So is a joint statement («the joint statement adopted after the talks», «приняли совместное заявление»).
    'joint statement* adopted', 'adopt* * joint statement*', 'adopt* joint statement*', 'declaration* adopted',
    'приняли совместн* заявлени*', 'совместн* заявлени* принят*', 'бірлескен мәлімдеме қабылда*', 'бірлескен мәлімдемені қабылда*',
    // A statement the parties adopted, joint or not («было принято Заявление глав правительств», "adopted a statement on").
    // In the singular only: «приняты заявления», «принятие заявлений» are applications accepted.
    'принято заявление', 'приняли заявление', 'adopted a statement', 'adopted the statement', 'statement was adopted'],
  // An agreement extended is signed anew: «продлили договор о партнерстве», "renewed their memorandum".
  [['doc', 'sign'], 'продлил* договор*', 'продлил* соглашени*', 'продлил* меморандум*', 'продлен* договор*', 'продлен* соглашени*',
    'продлен* меморандум*', 'renewed * agreement*', 'renewed * memorandum*', 'renewed the * agreement*', 'extended * agreement*',
    'extended * memorandum*', 'extended the * agreement*', 'келісімді ұзартт*', 'меморандумды ұзартт*'],
  [['session', 'meet'], 'meeting of the', 'meeting of', 'sitting of', 'отырысы*', 'отырысын*', 'совещани*'],
  // A session's protocol (its minutes) is the session's record, not a cooperation protocol: «подписали протокол
  // заседания», «комиссияның 5-отырысының хаттамасына қол қойылды», "signed the protocol of the ninth meeting".
  // Not «протокол встречи», as often the ceremony of a guest's reception (diplomatic protocol) as a meeting's minutes.
  [['session'], 'протокол* заседани*', 'протокол* * заседани*', 'протокол* сесси*', 'protocol of the session',
    'protocol of the meeting', 'protocol of the * session', 'protocol of the * meeting', 'minutes of the session', 'minutes of the meeting',
    'отырыс* хаттама*'],
  [['session'], 'session*', 'заседани*', 'сессия*', 'сессии', 'отырыс*', 'plenary', 'пленарн*'],
  [['council', 'actor'], 'council', 'councils', 'совет', 'совета', 'советом', 'совете', 'кеңес*', 'кеңесі*'],
  // An organisation's or an institution's own governing body: its executive council or board, general conference or assembly,
  // scientific or academic council, board of directors or trustees («Исполнительный совет ИСЕСКО», «Түркі академиясының Ғылыми
  // кеңесі», «Бас ассамблеясы», "ICESCO's 40th Executive Council session"). Its session runs that body's own business — budgets,
  // plans, posts, structure (labels.md § judgement calls: an international organisation is not the home country), no council
  // of ministers of culture sitting as a commission: each phrase keeps its head word's cues but the council's, whose organisation's
  // council of ministers (article.ts § namesOrgCouncil) it is not.
  [['governing', 'actor'], 'executive council*', 'executive board*', 'исполнительн* совет*', 'атқарушы кеңес*',
    'board of directors', 'board of trustees', 'supervisory board*', 'совет* директоров', 'попечительск* совет*', 'наблюдательн* совет*',
    'директорлар кеңес*', 'қамқоршылық кеңес*', 'қамқорлық кеңес*'],
  [['governing', 'actor', 'science'], 'scientific council*', 'academic council*', 'учен* совет*', 'научн* совет*', 'ғылыми кеңес*'],
  [['governing', 'event', 'conference'], 'general conference*', 'генеральн* конференци*', 'бас конференция*'],
  [['governing'], 'general assembl*'],
  [['governing', 'ethnic', 'assembly'], 'генеральн* ассамбле*', 'бас ассамблея*'],
  // A draft is a document's: «проект соглашения», «келісім жобасы». A project alone («совместные проекты», «бірлескен
  // жобалар») is often a joint programme already running, and names no document planned (labels.md § judgement calls).
  [['project'], 'проект*', 'жоба*'],
  [['draft'], 'draft*', 'законопроект*', 'проект* концепци*', 'проект* положени*', 'проект* решени*', 'проект* итогов* документ*',
    'тұжырымдама* жоба*', 'шешім* жоба*', 'заң жоба*'],
  [['draft', 'doc'], 'проект* соглашени*', 'проект* * соглашени*', 'проект* меморандум*', 'проект* * меморандум*', 'проект* договор*',
    'проект* * договор*', 'проект* протокол*', 'проект* дорожн* карт*', 'келісім* жоба*', 'меморандум* жоба*', 'хаттама* жоба*',
    'келісімшарт* жоба*', 'жол карта* жоба*'],
  [['draft', 'plan'], 'проект* программ*', 'проект* * программ*', 'проект* план', 'проект* плана', 'проект* * плана',
    'бағдарлама* жоба*', 'жоспар* жоба*'],
  [['draft', 'declaration', 'doc'], 'проект* декларац*', 'проект* * декларац*', 'декларация* жоба*', 'мәлімдеме* жоба*'],
  // A country that has something similar, or is compared with the parties, takes no part in what is reported.
  [['similar'], 'similar', 'likewise', 'also has', 'also have', 'also developing', 'also develops', 'compared with', 'compared to',
    'аналогичн*', 'подобн*', 'схож*', 'похож*', 'по сравнению', 'также есть', 'тоже есть', 'также развива*', 'тоже развива*',
    'ұқсас*', 'осындай', 'тәрізді', 'салыстыр*'],
  [['home'], 'our country', 'наша страна', 'нашей стран*', 'нашу страну', 'еліміз*', 'отандық*', 'домашн*'],
  [['opening'], 'open', 'opened', 'opening', 'inaugurat*', 'открыт*', 'открыл*', 'откроется', 'ашыл*', 'ашты', 'ашу'],
  // What a speaker recalls is background to what is reported (candidates.ts § isOnlyRecalled).
  // The present of a body's own reminder («Музей напоминает, что давно сотрудничает с ТЮРКСОЙ», "the museum recalls that …").
  [['recall'], 'recalled', 'recalling', 'recalls', 'reminded', 'напомнил*', 'напомнив', 'напомним', 'напоминает', 'напоминают', 'еске сал*'],
  // A ceremony: who attended it were guests unless they signed there (candidates.ts § isCeremonyGuest).
  [['ceremony'], 'ceremon*', 'церемони*', 'торжеств*', 'салтанат*', 'рәсім', 'рәсімі*', 'рәсімін*'],
  // An anniversary marked: «Академия отметила 70-летие», "the university celebrates its 20th anniversary», «мұражай 30 жылдығын
  // атап өтті» (article.ts § marksOwnAnniversary); each word alone says nothing («министр отметил», "marks the start").
  [['anniversary'], 'anniversary', 'anniversaries', 'jubilee*', 'летие', 'летия', 'летию', 'летием', 'юбиле*', 'мерейтой*', 'жылдығ*'],
  [['celebrate'], 'celebrat*', 'mark', 'marks', 'marked', 'marking', 'отметил*', 'отметит', 'отметят', 'отмечает', 'отмечают', 'отмечал*',
    'отпраздн*', 'праздну*', 'праздновал*', 'тойла*', 'тойлан*', 'атап өт*'],
  // A holiday celebrated: «дипломаттар мен студенттер Наурызды тойлады», "mark Nauryz in London", «татарский праздник
  // отметили в Анталье» (article.ts § celebratesHoliday). «Наурызда», «наурыздан» are the Kazakh month, a date;
  // «наурыз» alone is either, and counts only beside a verb that marks it.
  [['holiday'], 'holiday*', 'festivities', 'праздник*', 'празднеств*', 'мереке*', 'мейрам*', 'nauryz*', 'navruz*', 'nowruz*',
    'novruz*', 'наурыз', 'наурыза', 'наурызу', 'наурызом', 'наурызе', 'наурызды', 'наурызын', 'наурызбен', 'наурыз мереке*', 'наурыз мейрам*',
    'наурыз той*', 'новруз*', 'навруз*', 'сабантуй*', 'масленниц*', 'масленица', 'масленицу', 'new year*', 'новый год', 'нового года',
    'новогодн*', 'жаңа жыл мереке*', 'christmas', 'рождеств*', 'easter', 'пасх*', 'independence day', 'день независимости',
    'дня независимости', 'дню независимости', 'тәуелсіздік күн*',
    // The home country's other national days: a town, a university or an embassy marking them holds its own party.
    'victory day', 'день победы', 'дня победы', 'дню победы', 'жеңіс күн*', 'capital day', 'день столицы', 'дня столицы', 'дню столицы',
    'елорда күн*', 'first president s day', 'day of the first president', 'день первого президента', 'дня первого президента',
    'дню первого президента', 'тұңғыш президент күн*', 'unity day', 'day of unity', 'день единства', 'дня единства', 'дню единства',
    'бірлігі күн*', 'constitution day', 'день конституции', 'дня конституции', 'дню конституции', 'конституция күн*'],
  [['agreed'], 'agreed', 'agree', 'договорил*', 'условил*', 'уағдаласты*', 'келісті*', 'келісіп', 'келісілді'],
  [['with'], 'with', 'с', 'со'],
  [['and'], 'and', 'и', 'мен', 'пен', 'бен', 'және'],
  [['between'], 'between', 'among', 'между', 'арасында*', 'арасындағы'],
  [['both'], 'two', 'both', 'двух', 'две', 'обе', 'обеих', 'екі', 'bilateral', 'двусторонн*', 'екіжақты*'],
  [['countries'], 'countries', 'стран', 'страны', 'странах', 'странами', 'елдер*', 'member*', 'государств', 'мемлекеттер*'],
  [['summit'], 'summit*', 'саммит*', 'forum*', 'форум*', 'sidelines', 'полях', 'list', 'список*', 'тізім*', 'prize*',
    'прем*', 'сыйлық*', 'olympiad*', 'олимпиад*', 'heritage list'],
  [['auspices'], 'auspices', 'эгид*', 'қамқорлығ*'],
  // Where parties meet beside a larger gathering: "on the sidelines of", «кулуарах»; «в рамках», «аясында» (within the
  // framework of) only of a forum or summit, as days of culture or a programme are held within theirs.
  [['sidelines'], 'sidelines', 'margins', 'полях', 'кулуар*'],
  // A person's state honour names the country that gave it, no party: «народный артист Узбекистана», "People's Artist of
  // Kyrgyzstan", «Қырғызстанның еңбек сіңірген әртісі».
  [['honorific'], 'народн* артист*', 'народн* художник*', 'народн* писател*', 'народн* поэт*', 'заслуженн* артист*', 'заслуженн* деятел*',
    'заслуженн* работник*', 'заслуженн* художник*', 'people s artist*', 'people s writer*', 'people s poet*', 'honoured artist*', 'honored artist*',
    'honoured worker*', 'honored worker*', 'merited artist*', 'халық әртіс*', 'халық артис*', 'халық жазушы*', 'халық ақын*', 'халық суретші*',
    // «еңбек сіңірген» alone is "who contributed" («достыққа еңбек сіңірген Түркия азаматтары»): an honour before its title only.
    'еңбек сіңірген әртіс*', 'еңбек сіңірген артис*', 'еңбек сіңірген қайраткер*', 'еңбек сіңірген * қайраткер*', 'еңбек сіңірген қызметкер*',
    'еңбек сіңірген * қызметкер*', 'еңбек сіңірген жаттықтырушы*', 'еңбек сіңірген мұғалім*', 'еңбек сіңірген дәрігер*'],
  // The head of state, named without a country on a home-country site, is the home country's, as a minister is.
  // In the singular: «мемлекет басшылары» (the heads of state) are a summit's.
  [['head'], 'head of state', 'глава государства', 'главы государства', 'главе государства', 'главой государства', 'мемлекет басшысы*'],
  [['sidelines', 'summit'], 'в рамках форум*', 'в рамках * форум*', 'в рамках саммит*', 'в рамках * саммит*', 'форум* аясында',
    'саммит* аясында'],
  [['culture'], 'cultur*', 'культур*', 'мәдени*', 'humanitarian*', 'гуманитар*', 'creative', 'творческ*', 'шығармашы*'],
  [['museums'], 'curator*', 'куратор*', 'exhibit*', 'экспонат*', 'жәдігер*'],
  [['heritage'], 'histor*', 'истори*', 'тарих*', 'heritage', 'наслед*', 'мұра', 'мұрасы*', 'мұрасын*', 'мұраны*', 'monument*', 'памятник*', 'ескерткіш*',
    'restor*', 'реставр*', 'қалпына', 'mausoleum*', 'мавзоле*', 'кесене*', 'intangible'],
  [['archaeology'], 'archaeolog*', 'archeolog*', 'археолог*', 'excavat*', 'раскоп*', 'қазба*', 'expedition*',
    'экспедици*', 'petroglyph*', 'петроглиф*',
    // Finds dug up and the ages they are dated to; the Golden Man is the best known of them.
    'artefact*', 'artifact*', 'артефакт*', 'bronze age', 'iron age', 'stone age', 'бронзов* век*', 'железн* век*',
    'каменн* век*', 'қола дәуір*', 'темір дәуір*', 'тас дәуір*', 'golden man', 'золот* человек*', 'алтын адам*'],
  // The steppe's gold and the Golden Horde are history, no medal won: "Scythian and Saka gold", "Gold of the Steppe",
  // «Золото Великой степи», «Золотая Орда», «Алтын Орда».
  [['heritage'], 'saka gold', 'scythian gold', 'gold of the steppe', 'gold of the great steppe', 'сакск* золот*', 'скифск* золот*',
    'золото саков', 'золото великой степи', 'золото степи', 'сақ алтын*', 'скиф алтын*', 'дала алтын*', 'golden horde', 'золот* орд*',
    'алтын орда*'],
  // A museum of the Victory is a museum, no victory won: «Жеңіс музейі», «Музей Победы», "Victory Museum".
  [['actor', 'museums'], 'жеңіс музей*', 'музе* победы', 'victory museum*', 'museum of victory'],
  [['cinema'], 'film*', 'cinema*', 'cinematograph*', 'кино*', 'фильм*', 'movie*', 'кинематограф*', 'documentar*',
    'документальн*'],
  // Opera is staged music: its field is theatre and music alike.
  [['theatre', 'music'], 'opera*', 'опер*'],
  [['theatre'], 'ballet*', 'балет*', 'drama*', 'драма*', 'драмат*', 'spectacl*', 'спектакл*',
    'қойылым*', 'choreograph*', 'хореограф*', 'play', 'plays'],
  // A role or a part played is a figure of speech ("plays an important role in", "played a key part", "has a part to play"):
  // no stage play. A theatre or a play near keeps its own word's field.
  [['none'], 'play* a role*', 'play* the role*', 'play* role*', 'play* a * role*', 'play* an * role*', 'play* the * role*',
    'play* a * * role*', 'play* an * * role*', 'play* a part', 'play* the part', 'play* a * part', 'play* an * part', 'play* its part',
    'play* their part', 'play* our part', 'play* his part', 'play* her part', 'part to play', 'role to play', 'parts to play', 'roles to play',
    // And the relative order: "the role culture plays in", "the part parliamentary diplomacy plays".
    'role * plays', 'role * * plays', 'role * played', 'role * * played', 'part * plays', 'part * * plays', 'part * played', 'part * * played'],
  [['none'], 'операци*', 'оперативн*', 'operation*', 'operator*', 'оператор*', 'газет*', 'дәріс*', 'визит*', 'курс*',
  ],
  // An assistant is no aid: «помощник*» shields «помощ*».
  [['none'], 'помощник*', 'помощниц*'],
  // Central is no centre: «Центральная Азия», «центральноазиатский» and «Орталық Азия» name a region, not an institution
  // («центр*», «орталы*»); Kazakh «орталық» alone is the centre too («мәдени орталық»).
  [['none'], 'центральн*', 'орталық азия*'],
  // Georgia is no cargo: «Грузия», «Грузии», «грузинский» shield «груз*» in Russian and Kazakh.
  [['none'], 'грузия*', 'грузии', 'грузию', 'грузией', 'грузин*'],
  // Dedicated to is no channel: «арналған», «арналды», «арнап», «арнады» and «арнайы» (special) shield «арна*» (media),
  // whose plural «арналар» stays a channel.
  [['none'], 'арнал*', 'арнап*', 'арнады*', 'арнаған*', 'арнайды*', 'арнау*', 'арнайы*'],
  // A press service, office, release or conference is how a body speaks, not the media as a field: they shield "press" and «пресс».
  [['none'], 'press service*', 'press office*', 'press release*', 'press conference*', 'press briefing*', 'пресс служб*',
    'пресс релиз*', 'пресс конференци*'],
  // What is important is no import, hospitality no hospital, what was investigated no investment and a taxi no tax: the
  // longer stems shield the out-of-scope «import*», «hospital*», «invest*», «tax*».
  [['none'], 'importan*', 'investigat*', 'taxi', 'taxis'],
  [['tourism'], 'hospitality'],
  // An executive is no performer, a voice or a vote no goal, a plot or a polling station no taking part, an indicator no
  // screening; «жили» (lived) is no housing and «займет» (will take) no loan: each shields the stem it begins with
  // («исполнител*», «гол*», «участ*», «показ*», «жил*» in Kazakh Latin, «займ*»). Voting is politics, as elections are.
  [['none'], 'исполнительн*', 'голос', 'голоса', 'голосов', 'головн*', 'участок', 'участк*', 'показател*', 'жили', 'жил', 'жила', 'займет', 'займут'],
  // A decision taken by a vote is a body's way of deciding, whatever it decides, as a council chooses a capital of culture: the
  // instrumental «дауыс беруімен», «голосованием», «путём голосования» and "by a vote" say how, and no politics.
  [['none'], 'дауыс беруімен', 'дауыс беру арқылы', 'голосованием', 'путем голосования', 'by a vote', 'by vote', 'by a unanimous vote',
    'by unanimous vote'],
  // Voting is politics in the three languages, as elections are («election*», «выборы», «сайлау*» below): a referendum, voters,
  // a ballot, the electoral and the polling station, «голосование», «проголосовали», «голосуют», «референдум», and Kazakh «дауыс
  // беру» (to vote: «дауыс берді», «дауыс берушілер»; «дауыс» alone is a voice); Kazakh voters, «сайлаушылар», are «сайлау*».
  [['out'], 'голосова*', 'проголосова*', 'голосуют', 'голосует', 'проголосуют', 'проголосует', 'референдум*', 'referendum*',
    'referenda', 'voter', 'voters', 'ballot', 'ballots', 'balloting', 'electoral*', 'polling station*', 'polling day', 'дауыс бер*'],
  // The name Сайлау and the names, patronymics and surnames made of it (Сайлаубек, Сайлауқызы, Сайлауов) are no elections
  // («сайлау*», out); the name alone is read in reading/elections.ts.
  [['none'], 'сайлаубек*', 'сайлаубай*', 'сайлаухан*', 'сайлауқызы*', 'сайлауұлы*', 'сайлауов*', 'сайлауев*'],
  // Surnames that begin with Kazakh «сапар» (a trip: a visit): Сапарбаев, Сапаров, Сапарбекұлы.
  [['none'], 'сапарбаев*', 'сапаров*', 'сапарбек*', 'сапаралы*'],
  // A diplomat is no diploma: «дипломат*», "diplomat*" and "diplomac*" shield the education stems «диплом*» and "diploma*".
  [['none'], 'diplomat*', 'diplomac*', 'дипломат*'],
  // «жапон тілінде», "in the Japanese language" is a book's or a broadcast's language, not language teaching
  // («тілі*», "language": education); Russian «на японском языке» was never read as education.
  [['none'], 'тілінде*', 'in * language', 'in the * language'],
  [['music'], 'music*', 'музык*', 'composer*', 'композитор*', 'singer*', 'певц*', 'певиц*', 'әнші*', 'күйші*', 'dombra',
    'домбыр*', 'choir*', 'хор', 'symphon*', 'симфон*', 'jazz', 'вокал*',
    // Songs: a song and dance ensemble («ансамбль песни и танца»), folk songs («халық әндері»).
    'song', 'songs', 'songwriter*', 'песн*', 'песен', 'әндер*', 'әндері*', 'әнін', 'әнді'],
  [['literature'], 'literat*', 'литератур*', 'әдебиет*', 'book', 'books', 'книг*', 'книжн*', 'кітап*', 'кітаб*',
    'writer*', 'писател*', 'жазушы*', 'poet*', 'поэт*', 'ақын*', 'translat*', 'перевод*', 'аудар*', 'publish*',
    'издат*', 'издан*', 'manuscript*', 'рукопис*', 'қолжазба*', 'classics',
    // A writer's works, anthologies, prose and poems; «шығармашы*» (creative) stays culture as the longer stem.
    'шығарма', 'шығармалар*', 'шығармасы*', 'шығармасын*', 'antholog*', 'антолог*', 'prose', 'проза*', 'прозы', 'өлең*',
    'жарық көр*', 'poem', 'poems', 'стихотворен*'],
  [['education'], 'educat*', 'образован*', 'білім*', 'student*', 'студент*', 'scholarship*', 'стипенди*', 'teacher*',
    'teaching', 'преподава*', 'оқыту*', 'оқытушы*', 'мұғалім*', 'diploma*', 'диплом*', 'lecture*', 'лекци*', 'дәріс*',
    'textbook*', 'учебник*', 'оқулық*', 'school*', 'школьник*', 'оқушы*', 'summer school*', 'language', 'языка',
    'языку', 'тілі*', 'тілін*', 'academic*', 'академиялық*',
    // Degrees and their programmes: "doctoral" is no doctor's (health), «докторантура» no doctor either.
    'doctoral', 'doctorate*', 'phd', 'postgraduate*', 'undergraduate*', 'bachelor*', 'докторантур*', 'магистратур*', 'аспирантур*',
    'бакалавриат*', 'бакалавр*', 'магистрант*', 'докторант*',
    // A university's faculties, departments and teaching: «Шығыс филологиясы кафедрасы», "Faculty of Philology", «педагогический».
    // The department's forms only: «кафедральный собор» is a cathedral.
    'faculty', 'faculties', 'факультет*', 'кафедра', 'кафедры', 'кафедре', 'кафедру', 'кафедрой', 'кафедрас*', 'кафедралар*',
    'philolog*', 'филолог*', 'pedagog*', 'педагог*'],
  // A state, medical or teachers' university named in one word: «филиал Челябинского госуниверситета».
  [['actor', 'education'], 'госуниверситет*', 'медуниверситет*', 'педуниверситет*', 'педвуз*'],
  // A medical university or academy is a university, its teaching education (labels.md § relevant), where its first word read
  // healthcare, out of scope: "Karaganda Medical University", «медицинский университет», «медицина университеті».
  [['actor', 'education'], 'medical universit*', 'medical academ*', 'медицинск* университет*', 'медицинск* академи*',
    'медицинск* вуз*', 'медицина университет*', 'медициналық университет*', 'медицина академия*', 'медициналық академия*'],
  [['science'], 'scien*', 'наук*', 'научн*', 'ғылым*', 'ғылыми*', 'research*', 'исследова*', 'зерттеу*', 'учен*',
    'ғалым*', 'laborator*', 'лаборатор*',
    // Scholars of a people or a region: "Turkologist", «түрколог», «востоковед», «шығыстанушы».
    'turkolog*', 'тюрколог*', 'түрколог*', 'түркітан*', 'orientalist*', 'востоковед*', 'шығыстан*', 'sinolog*', 'синолог*'],
  [['youth'], 'youth', 'молодеж*', 'молодежн*', 'жастар*', 'young', 'жас ғалым*'],
  // Students and schoolchildren, and the gatherings young people hold: a youth forum, camp or olympiad, a students' contest,
  // hackathon or round table is a youth exchange (labels.md § judgement calls: a joint event), whose «встреча» is no talks.
  [['student', 'education'], 'student*', 'студент*', 'schoolchildren', 'школьник*', 'оқушы*'],
  [['student'], 'студенч*', 'pupils'],
  [['gathering'], 'forum*', 'форум*', 'forum of', 'camp', 'camps', 'лагер*', 'hackathon*', 'хакатон*', 'round table*',
    'круглый стол', 'круглого стола', 'круглом столе', 'круглому столу', 'дөңгелек үстел*', 'olympiad*', 'олимпиад*',
    'contest*', 'конкурс*', 'байқау*', 'competition*', 'festival*', 'фестивал*', 'фестиваль*', 'слет*', 'слёт*', 'quiz*', 'викторин*'],
  [['gathering', 'education'], 'summer school*'],
  // A forum named for the cooperation it hosts is an occasion, no cooperation reported (labels.md § judgement calls: venues and
  // occasions are no parties; what the article reports decides): the two states' yearly Forum of Interregional Cooperation
  // («Гостям Форума межрегионального сотрудничества готовят культурную программу», «өңіраралық ынтымақтастық форумы»,
  // "Interregional Cooperation Forum"), whose guests' concerts and visits are the host region's. What is signed or held
  // within it («в рамках форума подписали меморандум») is read as before.
  [['gathering'], 'форум* межрегиональн* сотрудничеств*', 'форум* приграничн* сотрудничеств*', 'межрегиональн* форум*',
    'өңіраралық ынтымақтастық* форум*', 'өңіраралық ынтымақтастығ* * форум*', 'өңіраралық форум*', 'шекара маңы* ынтымақтастық* форум*',
    'interregional cooperation forum*', 'inter regional cooperation forum*', 'forum of interregional cooperation', 'interregional forum*'],
  // Agritourism is tourism, no agriculture: the longer word before agriculture's «агро*» (out).
  [['tourism'], 'touris*', 'туризм*', 'турист*', 'туристі*', 'agrotouris*', 'agritouris*', 'агротуризм*', 'агротурист*',
    // Tour operators, cruises and pilgrimages are tourism's («туроператоры договорились развивать круизы», «Табаррук-Зиярат»).
    'tour operator*', 'туроператор*', 'cruise*', 'круиз*', 'pilgrim*', 'паломни*', 'зиярат*'],
  [['sport'], 'sport*', 'спорт*', 'olympic*', 'олимпийск*', 'athlet*', 'атлет*', 'hockey', 'хоккей*', 'football', 'футбол*',
    'chess', 'шахмат*'],
  [['media'], 'news agency', 'news agencies', 'информагентств*', 'информационн* агентств*', 'ақпарат* агенттіг*',
    'агенттіг*', 'press', 'пресс', 'newspaper*', 'газет*', 'радио', 'radio', 'телеканал*', 'tv channel*', 'channel*',
    'арна*', 'арналар*', 'editor*', 'редакци*', 'редактор*', 'content', 'контент*', 'information space', 'информационн* пространств*',
    'ақпараттық кеңістік*', 'media', 'медиа*', 'journalis*', 'журналист*', 'сми', 'бақ', 'бұқаралық ақпарат*', 'television', 'телевиден*',
    'телеарна*', 'broadcast*', 'газет*'],
  [['religion'], 'relig*', 'религи*', 'дін*', 'діни*', 'interfaith', 'межконфессион*', 'межрелиги*', 'mosque*', 'мечет*',
    'мешіт*', 'church*', 'церк*', 'spiritual*', 'духовн*', 'рухани*', 'mufti*', 'муфти*', 'мүфти*', 'imam', 'imams', 'имам*',
    'clergy', 'духовенств*'],
  [['arts'], 'art', 'arts', 'artist*', 'artwork*', 'искусств*', 'художник*', 'художеств*', 'өнер*', 'суретші*',
    'painting*', 'живопис*', 'craft*', 'ремесл*', 'қолөнер*', 'dance*', 'танц*', 'танец', 'sculpt*', 'скульпт*',
    'calligraph*', 'каллиграф*', 'carpet*', 'ковр*', 'кілем*', 'jewellery', 'прикладн*', 'фольклор*', 'folk', 'folklore',
    'felt', 'войлоч*', 'киіз*', 'гравюр*', 'miniature*', 'миниатюр*', 'авангард*'],
  [['out', 'health'], 'health*', 'здравоохран*', 'здоровь*', 'денсаулық*', 'medic*', 'медиц*', 'hospital*',
    'больниц*', 'клиник*', 'аурухана*', 'pharma*', 'фармац*', 'лекарств*', 'дәрі', 'дәрілік*', 'дәрігер*', 'vaccin*',
    'вакцин*', 'doctor*', 'врач*', 'patient*', 'пациент*', 'науқас*', 'surgeon*', 'хирург*', 'telemedicine', 'телемедицин*',
    'трансплант*', 'epidemi*', 'эпидеми*', 'disease*', 'заболеван*', 'ауру*'],
  // Kazakh voices a stem's last п before a vowel («өнеркәсібі», its industry), which «өнер*» (art) would otherwise read;
  // defence is «қорғаныс», not the protection of heritage («қорғау»).
  [['out'], 'trade*', 'торгов*', 'товарооборот*', 'сауда*', 'invest*', 'инвест*', 'energ*', 'энерг*', 'oil', 'нефт*',
    'мұнай*', 'hydrocarbon*', 'углеводород*', 'көмірсутег*', 'көмірсутек*', 'coal', 'gas', 'газ', 'газа', 'газу', 'газом', 'газе', 'газов*', 'газопровод*', 'nuclear', 'атомн*', 'атом*',
    'uranium', 'уран*', 'hydrogen', 'водород*', 'wind', 'solar', 'industr*', 'промышлен*', 'өнеркәсіп*', 'өнеркәсіб*', 'machine*',
    'машиностро*', 'metallurg*', 'металл*', 'mining', 'minerals', 'тау кен*', 'agricultur*', 'сельск*', 'сельхоз*',
    'ауыл шаруашылы*', 'шаруашылы*', 'agrarian', 'аграр*', 'agro*', 'агро*', 'food industry', 'food security', 'продовольств*',
    'азық түлік*', 'fishery', 'fisheries', 'fishing', 'fisherman', 'fishermen', 'рыбн* хозяйств*', 'рыболов*', 'aquacultur*', 'аквакультур*', 'livestock', 'животновод*',
    'grain', 'зерн*', 'астық*', 'бидай*', 'fertili*', 'удобрен*', 'veterinar*',
    'ветеринар*', 'фитосанитар*', 'transport*', 'транспорт*', 'көлік*', 'logist*', 'логист*', 'railway*', 'железнодорож*',
    'теміржол*', 'rail', 'transit*', 'транзит*', 'cargo', 'груз*', 'container*', 'контейнер*', 'customs', 'тамож*',
    'кеден*', 'border', 'границ*', 'шекара*', 'flight*', 'рейс*', 'авиа*', 'aviation', 'airline*', 'pipeline*',
    'трубопровод*', 'құбыр*', 'financ*', 'финанс*', 'қаржы*', 'bank*', 'банк*', 'loan*', 'займ*', 'заем*', 'кредит*',
    'mortgage*', 'ипотек*', 'defen*', 'оборон*', 'қорғаныс*', 'military', 'воен*', 'әскери*', 'army', 'армия', 'security',
    'безопасност*', 'қауіпсіз*', 'police', 'полиц*', 'crime*', 'преступ*', 'қылмыс*', 'terror*', 'террор*',
    'contraband*', 'контрабанд*', 'water', 'водн*', 'hydro*', 'гидро*', 'housing', 'жиль*', 'жилищ*', 'пәтер*', 'flats', 'apartment*',
    'developer*', 'застройщик*', 'дольщик*', 'construction', 'строительств*', 'құрылыс*', 'election*',
    // Russian elections are plural («выборы», «на выборах», «избирательный участок», «избиратели», «предвыборный»): the
    // singular «выбор» is a choice («выбор Актау важен», «выбор приоритетных направлений»).
    'выборы', 'выборов', 'выборам', 'выборами', 'выборах', 'выборн*', 'предвыборн*', 'избирательн*', 'избирател*',
    'сайлау*', 'human rights', 'migra*', 'мигра*', 'visa', 'visas', 'виза', 'визы', 'виз', 'weather', 'погод*',
    'ауа райы', 'inflation', 'инфляц*', 'tenge', 'тенге', 'tax*', 'налог*', 'салық*', 'rare earth*', 'редкоземель*',
    'tungsten', 'tractor*', 'трактор*', 'economic*', 'эконом*', 'экономика*', 'export*', 'экспорт*', 'import*',
    'импорт*', 'market', 'рынк*', 'рынок', 'нарығ*', 'производств*', 'plant', 'завод*', 'зауыт*',
    'телефон*', 'суару*', 'irrigat*',
    // The environment is no cultural field ("cooperation on ecology and green growth", «Охрана окружающей среды»).
    'ecolog*', 'экологи*', 'environment*', 'окружающ* сред*', 'қоршаған орта*', 'climate', 'климат*'],
  // Trade turnover and freight in Kazakh, as «товарооборот» and «груз» are in Russian: «тауар айналымы», «жүк тасымалы».
  [['out'], 'тауар айналым*', 'тауарайналым*', 'жүк тасымал*', 'жүктасымал*', 'жүк тасу*'],
  // Parliaments' cooperation is politics, out of scope whoever the parties (labels.md § relevant: everything else):
  // "parliamentary cooperation", «межпарламентское сотрудничество», «парламентаралық ынтымақтастық», "parliamentary
  // diplomacy". An inter-parliamentary assembly's word alone («ТМД Парламентаралық ассамблеясы») stays its name, whose
  // sessions may speak of culture.
  [['out', 'coop'], 'parliamentary cooperation', 'inter parliamentary cooperation', 'interparliamentary cooperation',
    'parliamentary partnership', 'межпарламентск* сотрудничеств*', 'парламентск* сотрудничеств*', 'межпарламентск* взаимодейств*',
    'парламентаралық ынтымақтастық*', 'парламенттік ынтымақтастық*', 'парламентаралық әріптестік*', 'парламенттік әріптестік*'],
  [['out', 'exchange'], 'parliamentary ties', 'inter parliamentary ties', 'interparliamentary ties', 'межпарламентск* связ*',
    'парламентск* связ*', 'парламентаралық байланыс*', 'парламенттік байланыс*'],
  [['out'], 'parliamentary diplomacy', 'парламентск* дипломати*', 'парламенттік дипломатия*'],
  // Power plants and electricity are energy, whose «энерг*» they do not begin with: «электростанция», «электроэнергия», "power
  // plant", and the plants' initials («Балқаш ЖЭС-і», «Рогунская ГЭС», «ТЭЦ-2», «строительство АЭС»), which no other word spells.
  [['out'], 'электростанц*', 'электроэнерг*', 'электр станция*', 'электр стансы*', 'электр энергия*', 'power plant*',
    'power station*', 'electricity', 'жэс', 'жэо', 'гэс', 'тэц', 'тэс', 'аэс', 'сэс'],
]

/** Each Cyrillic phrase and the forms it comes back in from Kazakh Latin pages (latin-spellings.ts). */
function withLatinRoundTrip(phrases: readonly string[]): string[] {
  return phrases.flatMap((phrase) => [phrase, ...latinSpellings(phrase)])
}

/** A phrase with one of its stems voiced before the possessive, as Kazakh says it («мектебі», «тарабы», «әріптестігі»). */
function voicedForms(words: readonly WordPattern[]): WordPattern[][] {
  return words.flatMap((word, i) => {
    const voiced = voicedKazakhStem(word)
    return voiced ? [words.map((other, j) => (j === i ? voiced : other))] : []
  })
}

function entriesOf(specs: readonly CueSpec[]): LexiconEntry<readonly Cue[]>[] {
  const merged = new Map<string, { words: WordPattern[]; cues: Set<Cue> }>()
  for (const [cues, ...phrases] of specs) {
    for (const phrase of withLatinRoundTrip(phrases)) {
      const key = phrase.toLowerCase()
      const held = merged.get(key) ?? { words: phrasePatterns(phrase), cues: new Set<Cue>() }
      for (const cue of cues) held.cues.add(cue)
      merged.set(key, held)
    }
  }
  return [...merged.values()].flatMap(({ words, cues }) => [words, ...voicedForms(words)].map((forms) => ({ words: forms, value: [...cues] })))
}

export const CUE_ENTRIES: readonly LexiconEntry<readonly Cue[]>[] = entriesOf(SPECS)

const SECTOR_SET: ReadonlySet<string> = new Set(SECTORS)

export function isSector(cue: Cue): cue is Sector {
  return SECTOR_SET.has(cue)
}
