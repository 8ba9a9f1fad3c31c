import { z } from 'zod';
import { uiLanguages } from '../language';

// The 184 ISO 639-1 codes with their ISO English names. Shipped rather than taken from
// Intl.DisplayNames so the list and the names are the same in every runtime and ICU version.
const LANGUAGES = {
  aa: 'Afar',
  ab: 'Abkhazian',
  ae: 'Avestan',
  af: 'Afrikaans',
  ak: 'Akan',
  am: 'Amharic',
  an: 'Aragonese',
  ar: 'Arabic',
  as: 'Assamese',
  av: 'Avaric',
  ay: 'Aymara',
  az: 'Azerbaijani',
  ba: 'Bashkir',
  be: 'Belarusian',
  bg: 'Bulgarian',
  bh: 'Bihari',
  bi: 'Bislama',
  bm: 'Bambara',
  bn: 'Bengali',
  bo: 'Tibetan',
  br: 'Breton',
  bs: 'Bosnian',
  ca: 'Catalan',
  ce: 'Chechen',
  ch: 'Chamorro',
  co: 'Corsican',
  cr: 'Cree',
  cs: 'Czech',
  cu: 'Church Slavic',
  cv: 'Chuvash',
  cy: 'Welsh',
  da: 'Danish',
  de: 'German',
  dv: 'Divehi',
  dz: 'Dzongkha',
  ee: 'Ewe',
  el: 'Greek',
  en: 'English',
  eo: 'Esperanto',
  es: 'Spanish',
  et: 'Estonian',
  eu: 'Basque',
  fa: 'Persian',
  ff: 'Fulah',
  fi: 'Finnish',
  fj: 'Fijian',
  fo: 'Faroese',
  fr: 'French',
  fy: 'Western Frisian',
  ga: 'Irish',
  gd: 'Scottish Gaelic',
  gl: 'Galician',
  gn: 'Guarani',
  gu: 'Gujarati',
  gv: 'Manx',
  ha: 'Hausa',
  he: 'Hebrew',
  hi: 'Hindi',
  ho: 'Hiri Motu',
  hr: 'Croatian',
  ht: 'Haitian Creole',
  hu: 'Hungarian',
  hy: 'Armenian',
  hz: 'Herero',
  ia: 'Interlingua',
  id: 'Indonesian',
  ie: 'Interlingue',
  ig: 'Igbo',
  ii: 'Sichuan Yi',
  ik: 'Inupiaq',
  io: 'Ido',
  is: 'Icelandic',
  it: 'Italian',
  iu: 'Inuktitut',
  ja: 'Japanese',
  jv: 'Javanese',
  ka: 'Georgian',
  kg: 'Kongo',
  ki: 'Kikuyu',
  kj: 'Kuanyama',
  kk: 'Kazakh',
  kl: 'Kalaallisut',
  km: 'Khmer',
  kn: 'Kannada',
  ko: 'Korean',
  kr: 'Kanuri',
  ks: 'Kashmiri',
  ku: 'Kurdish',
  kv: 'Komi',
  kw: 'Cornish',
  ky: 'Kyrgyz',
  la: 'Latin',
  lb: 'Luxembourgish',
  lg: 'Ganda',
  li: 'Limburgish',
  ln: 'Lingala',
  lo: 'Lao',
  lt: 'Lithuanian',
  lu: 'Luba-Katanga',
  lv: 'Latvian',
  mg: 'Malagasy',
  mh: 'Marshallese',
  mi: 'Maori',
  mk: 'Macedonian',
  ml: 'Malayalam',
  mn: 'Mongolian',
  mr: 'Marathi',
  ms: 'Malay',
  mt: 'Maltese',
  my: 'Burmese',
  na: 'Nauru',
  nb: 'Norwegian Bokmål',
  nd: 'North Ndebele',
  ne: 'Nepali',
  ng: 'Ndonga',
  nl: 'Dutch',
  nn: 'Norwegian Nynorsk',
  no: 'Norwegian',
  nr: 'South Ndebele',
  nv: 'Navajo',
  ny: 'Chichewa',
  oc: 'Occitan',
  oj: 'Ojibwa',
  om: 'Oromo',
  or: 'Oriya',
  os: 'Ossetian',
  pa: 'Punjabi',
  pi: 'Pali',
  pl: 'Polish',
  ps: 'Pashto',
  pt: 'Portuguese',
  qu: 'Quechua',
  rm: 'Romansh',
  rn: 'Rundi',
  ro: 'Romanian',
  ru: 'Russian',
  rw: 'Kinyarwanda',
  sa: 'Sanskrit',
  sc: 'Sardinian',
  sd: 'Sindhi',
  se: 'Northern Sami',
  sg: 'Sango',
  si: 'Sinhala',
  sk: 'Slovak',
  sl: 'Slovenian',
  sm: 'Samoan',
  sn: 'Shona',
  so: 'Somali',
  sq: 'Albanian',
  sr: 'Serbian',
  ss: 'Swati',
  st: 'Southern Sotho',
  su: 'Sundanese',
  sv: 'Swedish',
  sw: 'Swahili',
  ta: 'Tamil',
  te: 'Telugu',
  tg: 'Tajik',
  th: 'Thai',
  ti: 'Tigrinya',
  tk: 'Turkmen',
  tl: 'Tagalog',
  tn: 'Tswana',
  to: 'Tonga',
  tr: 'Turkish',
  ts: 'Tsonga',
  tt: 'Tatar',
  tw: 'Twi',
  ty: 'Tahitian',
  ug: 'Uyghur',
  uk: 'Ukrainian',
  ur: 'Urdu',
  uz: 'Uzbek',
  ve: 'Venda',
  vi: 'Vietnamese',
  vo: 'Volapük',
  wa: 'Walloon',
  wo: 'Wolof',
  xh: 'Xhosa',
  yi: 'Yiddish',
  yo: 'Yoruba',
  za: 'Zhuang',
  zh: 'Chinese',
  zu: 'Zulu',
} as const;

export type LanguageCode = keyof typeof LANGUAGES;

export const LANGUAGE_CODES = Object.keys(LANGUAGES) as [LanguageCode, ...LanguageCode[]];

export const LanguageCodeSchema = z.enum(LANGUAGE_CODES);

export function isLanguageCode(value: string): value is LanguageCode {
  return Object.hasOwn(LANGUAGES, value);
}

/** The language's English name, e.g. 'pl' → 'Polish'. */
export function languageName(code: LanguageCode): string {
  return LANGUAGES[code];
}

export interface LanguageOption {
  code: LanguageCode;
  name: string;
}

/** Every language code with its English name, sorted by name. */
export function listLanguages(): LanguageOption[] {
  return LANGUAGE_CODES.map((code) => ({ code, name: LANGUAGES[code] })).sort((a, b) =>
    a.name.localeCompare(b.name, 'en'),
  );
}

let codeByName: Map<string, LanguageCode> | undefined;

function languageNameIndex(): Map<string, LanguageCode> {
  if (codeByName) return codeByName;
  const index = new Map<string, LanguageCode>();
  for (const code of LANGUAGE_CODES) {
    const englishName = LANGUAGES[code].toLowerCase();
    if (!index.has(englishName)) index.set(englishName, code);
  }
  // People also write a language in that language ("polski", "italiano"), or in the language
  // of their list, which is the app's own ("angielski", "inglese"). How Intl names them varies
  // by ICU version, so these only ever add matches, never replace English ones.
  const namesIn = (locale: string): Intl.DisplayNames | undefined => {
    try {
      return new Intl.DisplayNames([locale], { type: 'language', fallback: 'none' });
    } catch {
      // A runtime without this locale's data simply cannot match names in it.
      return undefined;
    }
  };
  const add = (names: Intl.DisplayNames | undefined, code: LanguageCode) => {
    const key = names?.of(code)?.toLowerCase();
    if (key && !index.has(key)) index.set(key, code);
  };
  for (const code of LANGUAGE_CODES) add(namesIn(code), code);
  for (const locale of uiLanguages) {
    const names = namesIn(locale);
    for (const code of LANGUAGE_CODES) add(names, code);
  }
  codeByName = index;
  return index;
}

/**
 * The code a person most likely meant: 'PL' → 'pl', 'Polish' → 'pl', 'italiano' → 'it',
 * 'angielski' → 'en', 'pl-PL' → 'pl'. Undefined when nothing matches.
 */
export function findLanguageCode(raw: string): LanguageCode | undefined {
  const trimmed = raw.trim().toLowerCase();
  if (isLanguageCode(trimmed)) return trimmed;
  const byName = languageNameIndex().get(trimmed);
  if (byName) return byName;
  const primary = /^([a-z]{2})[-_][a-z0-9]{2,8}$/.exec(trimmed)?.[1];
  return primary !== undefined && isLanguageCode(primary) ? primary : undefined;
}
