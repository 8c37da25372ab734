/**
 * Languages whose speakers in the region read Russian far more readily than English
 * (Ukrainian, Belarusian, Kyrgyz, Uzbek, Tajik, Turkmen, Tatar).
 */
export const READ_AS_RUSSIAN: ReadonlySet<string> = new Set(['uk', 'be', 'ky', 'uz', 'tg', 'tk', 'tt'])
