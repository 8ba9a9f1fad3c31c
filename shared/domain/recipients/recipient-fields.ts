import { CUSTOMER_TYPES, PRIORITIES, type CustomerType, type Priority } from './recipient-schema';

export type RecipientFieldPath =
  | 'phone_number'
  | 'contact_info.name'
  | 'contact_info.company'
  | 'contact_info.title'
  | 'contact_info.department'
  | 'preferences.language'
  | 'preferences.timezone'
  | 'preferences.best_call_times'
  | 'preferences.blackout_dates'
  | 'metadata.priority'
  | 'metadata.customer_type'
  | 'metadata.tags';

export type RecipientFieldKind =
  'phone' | 'text' | 'language' | 'time_zone' | 'call_windows' | 'dates' | 'choice' | 'tags';

export interface RecipientFieldOption {
  value: string;
  label: string;
}

export interface RecipientFieldInfo {
  path: RecipientFieldPath;
  /** Column heading and form label. */
  label: string;
  /** One sentence for a tooltip or help text. */
  description: string;
  kind: RecipientFieldKind;
  required: boolean;
  /** Holds a list; a spreadsheet cell lists several values separated by commas or semicolons. */
  multiple: boolean;
  /** A value to show as a placeholder. */
  example: string;
  options?: readonly RecipientFieldOption[];
  /**
   * Spreadsheet headings (English, Polish, Italian) that mean this field, compared after
   * normaliseHeader; used to suggest a column mapping.
   */
  headerAliases: readonly string[];
}

export const PRIORITY_LABELS: Readonly<Record<Priority, string>> = {
  low: 'Low',
  medium: 'Medium',
  high: 'High',
  urgent: 'Urgent',
};

export const CUSTOMER_TYPE_LABELS: Readonly<Record<CustomerType, string>> = {
  prospect: 'Prospect',
  customer: 'Customer',
  vip: 'VIP',
  partner: 'Partner',
};

/** The fixed recipient fields in the order the editor shows them. */
export const RECIPIENT_FIELDS: readonly RecipientFieldInfo[] = [
  {
    path: 'phone_number',
    label: 'Phone number',
    description:
      'The number to call. Numbers without a country code are read as numbers of the campaign country.',
    kind: 'phone',
    required: true,
    multiple: false,
    example: '+48 600 700 800',
    headerAliases: [
      'phone',
      'phone number',
      'telephone',
      'telephone number',
      'tel',
      'mobile',
      'mobile number',
      'cell',
      'cell phone',
      'number',
      'phone_number',
      'telefon',
      'numer telefonu',
      'nr telefonu',
      'numer',
      'komorka',
      'tel komorkowy',
      'telefono',
      'numero di telefono',
      'numero',
      'cellulare',
      'tel cellulare',
    ],
  },
  {
    path: 'contact_info.name',
    label: 'Name',
    description: 'Who the agent asks for.',
    kind: 'text',
    required: false,
    multiple: false,
    example: 'Anna Kowalska',
    headerAliases: [
      'name',
      'full name',
      'contact',
      'contact name',
      'customer',
      'customer name',
      'client',
      'imie i nazwisko',
      'imie',
      'nazwisko',
      'klient',
      'osoba kontaktowa',
      'nome',
      'nome e cognome',
      'nominativo',
      'cliente',
      'contatto',
    ],
  },
  {
    path: 'contact_info.company',
    label: 'Company',
    description: 'The business the person works for.',
    kind: 'text',
    required: false,
    multiple: false,
    example: 'Kwiaciarnia Róża',
    headerAliases: [
      'company',
      'company name',
      'business',
      'organisation',
      'organization',
      'employer',
      'firma',
      'nazwa firmy',
      'przedsiebiorstwo',
      'azienda',
      'societa',
      'ragione sociale',
      'ditta',
    ],
  },
  {
    path: 'contact_info.title',
    label: 'Job title',
    description: 'The person’s role, so the agent can address them properly.',
    kind: 'text',
    required: false,
    multiple: false,
    example: 'Owner',
    headerAliases: [
      'title',
      'job title',
      'position',
      'role',
      'stanowisko',
      'funkcja',
      'ruolo',
      'qualifica',
      'posizione',
      'mansione',
    ],
  },
  {
    path: 'contact_info.department',
    label: 'Department',
    description: 'The team or department the person belongs to.',
    kind: 'text',
    required: false,
    multiple: false,
    example: 'Sales',
    headerAliases: ['department', 'dept', 'team', 'dzial', 'reparto', 'dipartimento', 'ufficio'],
  },
  {
    path: 'preferences.language',
    label: 'Language',
    description: 'The language to speak, as a two-letter code such as pl, it or en.',
    kind: 'language',
    required: false,
    multiple: false,
    example: 'pl',
    headerAliases: ['language', 'lang', 'language code', 'jezyk', 'lingua'],
  },
  {
    path: 'preferences.timezone',
    label: 'Time zone',
    description: 'Where the person is, so calls happen in their local calling hours.',
    kind: 'time_zone',
    required: false,
    multiple: false,
    example: 'Europe/Warsaw',
    headerAliases: ['time zone', 'timezone', 'tz', 'strefa czasowa', 'strefa', 'fuso orario'],
  },
  {
    path: 'preferences.best_call_times',
    label: 'Best call times',
    description: 'Local times the person prefers to be called, such as 09:00-12:00.',
    kind: 'call_windows',
    required: false,
    multiple: true,
    example: '09:00-12:00',
    headerAliases: [
      'best call times',
      'best call time',
      'best time to call',
      'call times',
      'calling hours',
      'hours',
      'godziny kontaktu',
      'godziny',
      'preferowane godziny',
      'orari di chiamata',
      'orario',
      'orari',
      'fascia oraria',
    ],
  },
  {
    path: 'preferences.blackout_dates',
    label: 'Do-not-call dates',
    description: 'Days on which the person must not be called, such as 2025-12-24.',
    kind: 'dates',
    required: false,
    multiple: true,
    example: '2025-12-24',
    headerAliases: [
      'blackout dates',
      'blackout',
      'do not call dates',
      'dates to avoid',
      'excluded dates',
      'nie dzwonic',
      'daty wykluczone',
      'non chiamare',
      'date escluse',
    ],
  },
  {
    path: 'metadata.priority',
    label: 'Priority',
    description: 'How urgent this call is.',
    kind: 'choice',
    required: false,
    multiple: false,
    example: 'medium',
    options: PRIORITIES.map((value) => ({ value, label: PRIORITY_LABELS[value] })),
    headerAliases: ['priority', 'priorytet', 'priorita'],
  },
  {
    path: 'metadata.customer_type',
    label: 'Customer type',
    description: 'Whether the person is a prospect, a customer, a VIP or a partner.',
    kind: 'choice',
    required: false,
    multiple: false,
    example: 'customer',
    options: CUSTOMER_TYPES.map((value) => ({ value, label: CUSTOMER_TYPE_LABELS[value] })),
    headerAliases: [
      'customer type',
      'client type',
      'type',
      'segment',
      'typ klienta',
      'typ',
      'tipo cliente',
      'tipo',
      'tipologia',
    ],
  },
  {
    path: 'metadata.tags',
    label: 'Tags',
    description: 'Labels for sorting and filtering results.',
    kind: 'tags',
    required: false,
    multiple: true,
    example: 'spring-promo',
    headerAliases: ['tags', 'tag', 'labels', 'label', 'tagi', 'etykiety', 'etichette', 'etichetta'],
  },
];

const FIELD_BY_PATH = new Map<string, RecipientFieldInfo>(
  RECIPIENT_FIELDS.map((field) => [field.path, field]),
);

export function recipientField(path: RecipientFieldPath): RecipientFieldInfo {
  const field = FIELD_BY_PATH.get(path);
  if (!field) throw new Error(`Unknown recipient field ${path}`);
  return field;
}

const ORDINALS = ['1st', '2nd', '3rd'];

function ordinal(position: number): string {
  return ORDINALS[position - 1] ?? `${position}th`;
}

/**
 * A label for any issue path: 'contact_info.name' → 'Name',
 * 'preferences.best_call_times.1' → 'Best call times (2nd)', 'metadata.custom_fields.Shoe size'
 * → 'Shoe size', 'variables.first_name' → 'first_name (agent variable)'.
 */
export function recipientFieldLabel(path: string): string {
  if (path === 'id') return 'Row ID';
  const direct = FIELD_BY_PATH.get(path);
  if (direct) return direct.label;
  if (path.startsWith('metadata.custom_fields.'))
    return path.slice('metadata.custom_fields.'.length);
  if (path.startsWith('variables.')) return `${path.slice('variables.'.length)} (agent variable)`;
  const item = /^(.*)\.(\d+)$/.exec(path);
  const parent = item?.[1] !== undefined ? FIELD_BY_PATH.get(item[1]) : undefined;
  if (item && parent) return `${parent.label} (${ordinal(Number(item[2]) + 1)})`;
  return path;
}

/**
 * Lower-case, accents and punctuation removed: 'Numer telefonu:' → 'numer telefonu'. Headings
 * and the words of values (see wordReader) are compared this way.
 */
export function normaliseHeader(header: string): string {
  return header
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ł/g, 'l')
    .replace(/Ł/g, 'L')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

// Lists come from Polish and Italian businesses as often as from English ones, with these
// values in the owner's language. Words are compared as normaliseHeader spells them, so
// "Średni", "sredni" and "ŚREDNI" are one; the forms of each gender are there because the values
// describe people and customers of either.
const PRIORITY_WORDS: Readonly<Record<Priority, readonly string[]>> = {
  low: ['niski', 'niska', 'niskie', 'bassa', 'basso'],
  medium: ['sredni', 'srednia', 'srednie', 'normalny', 'normalna', 'media', 'medio', 'normale'],
  high: ['wysoki', 'wysoka', 'wysokie', 'alta', 'alto'],
  urgent: ['pilny', 'pilna', 'pilne', 'urgente'],
};
const CUSTOMER_TYPE_WORDS: Readonly<Record<CustomerType, readonly string[]>> = {
  prospect: [
    'potencjalny klient',
    'potencjalna klientka',
    'potencjalny',
    'prospekt',
    'potenziale cliente',
    'cliente potenziale',
    'potenziale',
  ],
  customer: ['klient', 'klientka', 'staly klient', 'stala klientka', 'cliente', 'cliente abituale'],
  vip: [],
  partner: ['partnerka'],
};

function wordReader<T extends string>(
  values: readonly T[],
  words: Readonly<Record<T, readonly string[]>>,
): (raw: string) => T | undefined {
  const byWord = new Map<string, T>();
  for (const value of values) {
    byWord.set(value, value);
    for (const word of words[value]) byWord.set(word, value);
  }
  // Stored values are already canonical: those are found without folding.
  return (raw) => byWord.get(raw.trim().toLowerCase()) ?? byWord.get(normaliseHeader(raw));
}

/**
 * A priority as typed, forgiving case, spaces and accents, in English, Polish or Italian
 * ('High ' → 'high', 'Wysoki' → 'high', 'Bassa' → 'low').
 */
export const readPriority: (raw: string) => Priority | undefined = wordReader(
  PRIORITIES,
  PRIORITY_WORDS,
);

/** A customer type as typed, likewise ('VIP' → 'vip', 'Klient' → 'customer'). */
export const readCustomerType: (raw: string) => CustomerType | undefined = wordReader(
  CUSTOMER_TYPES,
  CUSTOMER_TYPE_WORDS,
);

let fieldByHeader: Map<string, RecipientFieldPath> | undefined;

/** The field a spreadsheet heading most likely means, if any. */
export function findFieldForHeader(header: string): RecipientFieldPath | undefined {
  if (!fieldByHeader) {
    fieldByHeader = new Map();
    for (const field of RECIPIENT_FIELDS) {
      for (const alias of [field.label, field.path, ...field.headerAliases]) {
        const key = normaliseHeader(alias);
        if (!fieldByHeader.has(key)) fieldByHeader.set(key, field.path);
      }
    }
  }
  return fieldByHeader.get(normaliseHeader(header));
}
