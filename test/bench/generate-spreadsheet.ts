// The 12-column Polish/Italian export both import benchmarks read, so their figures compare.

export const SPREADSHEET_HEADERS = [
  'Telefon',
  'Imię i nazwisko',
  'Firma',
  'Język',
  'Strefa czasowa',
  'Godziny kontaktu',
  'Nie dzwonić',
  'Priorytet',
  'Typ klienta',
  'Tagi',
  'Wartość konta',
  'first_name',
];

const POLISH_PREFIXES = [
  '600',
  '601',
  '660',
  '691',
  '500',
  '510',
  '530',
  '570',
  '720',
  '730',
  '780',
  '790',
  '880',
];
const ITALIAN_PREFIXES = [
  '347',
  '333',
  '320',
  '328',
  '339',
  '340',
  '345',
  '348',
  '349',
  '366',
  '380',
  '393',
];
const FIRST_NAMES = [
  'Anna',
  'Żaneta',
  'Michał',
  'Łucja',
  'Paweł',
  'Maria',
  'Giulia',
  'Niccolò',
  'Marco',
];
const LAST_NAMES = [
  'Kowalska',
  'Wójcik',
  'Zając',
  'Nowak',
  'Rossi',
  'Bianchi',
  'Ferrari',
  'Gdańska',
];
const HOURS = ['9-12, 14-17', '09:00-17:00', '10-13', '', '8:30-11:30|15-18'];
const PRIORITIES = ['High', 'medium', 'low', '', 'urgent'];
const TYPES = ['customer', 'VIP', 'prospect', '', 'Partner'];
const TAGS = ['wiosna, vip', 'promo', '', 'nowy|stały', 'newsletter'];

function digits(value: number, length: number): string {
  return String(value % 10 ** length).padStart(length, '0');
}

/** A realistic export: mixed number spellings, ~1% repeats, ~1% broken numbers, quoted names. */
export function generateSpreadsheetCsv(rows: number): string {
  const lines = [SPREADSHEET_HEADERS.join(';')];
  for (let index = 0; index < rows; index++) {
    const italian = index % 5 === 4;
    // Every hundredth row repeats an earlier number; every hundred-and-first is broken.
    const source = index % 100 === 99 ? index - 50 : index;
    const prefixes = italian ? ITALIAN_PREFIXES : POLISH_PREFIXES;
    const prefix = prefixes[source % prefixes.length] ?? '600';
    const rest = digits(Math.floor(source / prefixes.length) * 7919, italian ? 7 : 6);
    let phone = italian
      ? `+39 ${prefix} ${rest.slice(0, 3)} ${rest.slice(3)}`
      : ([
          `${prefix} ${rest.slice(0, 3)} ${rest.slice(3)}`,
          `+48 ${prefix}-${rest}`,
          `0048${prefix}${rest}`,
        ][index % 3] ?? '');
    if (index % 101 === 100) phone = phone.slice(0, 7);
    const first = FIRST_NAMES[index % FIRST_NAMES.length] ?? '';
    const last = LAST_NAMES[index % LAST_NAMES.length] ?? '';
    const name = index % 10 === 0 ? `"${last}; ${first}"` : `${first} ${last}`;
    lines.push(
      [
        phone,
        name,
        index % 4 === 0 ? `"Firma ""${last}"" sp. z o.o."` : `Sklep ${index % 977}`,
        italian ? 'it' : index % 2 === 0 ? 'pl' : 'Polish',
        italian ? 'Europe/Rome' : index % 2 === 0 ? 'Europe/Warsaw' : 'europe/warsaw',
        HOURS[index % HOURS.length] ?? '',
        index % 50 === 0 ? '2025-12-24|2025-12-31' : '',
        PRIORITIES[index % PRIORITIES.length] ?? '',
        TYPES[index % TYPES.length] ?? '',
        TAGS[index % TAGS.length] ?? '',
        `${index % 10_000},${index % 100}`,
        first,
      ].join(';'),
    );
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
