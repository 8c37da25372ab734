import { organisationName } from './classify/organisations.js'
import type { Lang } from './language/langs.js'

/**
 * Organisations' full names, where the short one cards show (OTS, ШОС, ТМД) does not tell a reader who they are.
 * Files a reader takes away (/export, the archive's .csv and .json) name them so; an organisation whose short name is
 * already its name (the International Turkic Academy) is not listed.
 */
const FULL_NAMES: Readonly<Record<string, Readonly<Record<Lang, string>>>> = {
  UNESCO: {
    en: 'United Nations Educational, Scientific and Cultural Organization',
    ru: 'Организация Объединённых Наций по вопросам образования, науки и культуры',
    kk: 'Біріккен Ұлттар Ұйымының білім, ғылым және мәдениет мәселелері жөніндегі ұйымы',
  },
  TURKSOY: { en: 'International Organization of Turkic Culture', ru: 'Международная организация тюркской культуры', kk: 'Халықаралық түркі мәдениеті ұйымы' },
  ICESCO: {
    en: 'Islamic World Educational, Scientific and Cultural Organization',
    ru: 'Организация исламского мира по вопросам образования, науки и культуры',
    kk: 'Ислам әлемінің білім, ғылым және мәдениет ұйымы',
  },
  CIS: { en: 'Commonwealth of Independent States', ru: 'Содружество Независимых Государств', kk: 'Тәуелсіз Мемлекеттер Достастығы' },
  SCO: { en: 'Shanghai Cooperation Organisation', ru: 'Шанхайская организация сотрудничества', kk: 'Шанхай ынтымақтастық ұйымы' },
  OTS: { en: 'Organization of Turkic States', ru: 'Организация тюркских государств', kk: 'Түркі мемлекеттері ұйымы' },
  UN: { en: 'United Nations', ru: 'Организация Объединённых Наций', kk: 'Біріккен Ұлттар Ұйымы' },
  UNICEF: { en: 'United Nations Children\'s Fund', ru: 'Детский фонд ООН', kk: 'БҰҰ Балалар қоры' },
  EU: { en: 'European Union', ru: 'Европейский союз', kk: 'Еуропалық одақ' },
  EAEU: { en: 'Eurasian Economic Union', ru: 'Евразийский экономический союз', kk: 'Еуразиялық экономикалық одақ' },
  OIC: { en: 'Organisation of Islamic Cooperation', ru: 'Организация исламского сотрудничества', kk: 'Ислам ынтымақтастығы ұйымы' },
  CICA: {
    en: 'Conference on Interaction and Confidence Building Measures in Asia',
    ru: 'Совещание по взаимодействию и мерам доверия в Азии',
    kk: 'Азиядағы өзара іс-қимыл және сенім шаралары жөніндегі кеңес',
  },
  OSCE: { en: 'Organization for Security and Co-operation in Europe', ru: 'Организация по безопасности и сотрудничеству в Европе', kk: 'Еуропадағы қауіпсіздік және ынтымақтастық ұйымы' },
  TURKPA: { en: 'Parliamentary Assembly of Turkic States', ru: 'Парламентская ассамблея тюркских государств', kk: 'Түркі мемлекеттерінің парламенттік ассамблеясы' },
  ALECSO: {
    en: 'Arab League Educational, Cultural and Scientific Organization',
    ru: 'Организация Лиги арабских государств по вопросам образования, культуры и науки',
    kk: 'Араб мемлекеттері лигасының білім, мәдениет және ғылым ұйымы',
  },
}

/** An organisation's full name in `lang` (Organization of Turkic States, «Организация тюркских государств»); its short name when that is all there is. */
export function organisationFullName(code: string, lang: Lang): string {
  return FULL_NAMES[code]?.[lang] ?? organisationName(code, lang)
}
