// `npm run bench -- spreadsheet`: the import pipeline (decode, parse, map, normalise, validate,
// dedupe) on a 100,000-row × 12-column CSV, next to the least any import must do with the same
// file: decode it, papaparse it, and check each phone number with libphonenumber-js.
import { isValidPhoneNumber } from 'libphonenumber-js/max';
import Papa from 'papaparse';
import {
  importSpreadsheet,
  readSpreadsheet,
  yieldToEventLoop,
} from '../../shared/domain/spreadsheet';
import type { BenchmarkResult } from './run';

const ROWS = 100_000;
const RUNS = 5;

const HEADERS = [
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
function generateCsv(rows: number): string {
  const lines = [HEADERS.join(';')];
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

interface Timing {
  /** Wall-clock milliseconds, best run: other work on the machine only ever adds time. */
  wall: number;
  /** CPU milliseconds (all threads, so garbage collection counts) of that best run. */
  cpu: number;
  /** Wall-clock median, to show the spread. */
  median: number;
}

function cpuMilliseconds(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

/**
 * Runs the tasks in turn, round after round, so a busy spell on the machine hits all of them
 * alike; the first round only warms up (compiled regexes, metadata, JIT).
 */
async function measureInTurn(
  runs: number,
  tasks: ReadonlyArray<() => Promise<void>>,
): Promise<Timing[]> {
  const samples = tasks.map((): Array<{ wall: number; cpu: number }> => []);
  for (let round = 0; round <= runs; round++) {
    for (const [index, task] of tasks.entries()) {
      const wall = performance.now();
      const cpu = cpuMilliseconds();
      await task();
      if (round > 0)
        samples[index]?.push({ wall: performance.now() - wall, cpu: cpuMilliseconds() - cpu });
    }
  }
  return samples.map((taskSamples) => {
    const sorted = [...taskSamples].sort((a, b) => a.wall - b.wall);
    const best = sorted[0] ?? { wall: 0, cpu: 0 };
    return { ...best, median: sorted[Math.floor(sorted.length / 2)]?.wall ?? 0 };
  });
}

export async function run(): Promise<BenchmarkResult[]> {
  const bytes = new TextEncoder().encode(generateCsv(ROWS));
  let imported = 0;
  let problems = 0;

  const baselineTask = async () => {
    const text = new TextDecoder().decode(bytes);
    const parsed = Papa.parse<string[]>(text, { delimiter: ';', skipEmptyLines: true });
    let valid = 0;
    for (let index = 1; index < parsed.data.length; index++) {
      if (isValidPhoneNumber(parsed.data[index]?.[0] ?? '', 'PL')) valid++;
    }
    if (valid === 0) throw new Error('baseline found no valid numbers');
  };
  const readingTask = async () => {
    const result = await readSpreadsheet(bytes, {}, { yieldToEventLoop });
    if (!result.ok) throw new Error(result.problem.message);
  };
  const pipelineTask = async () => {
    const result = await importSpreadsheet(
      bytes,
      { defaultCountry: 'PL', agentVariables: ['first_name'], duplicatePolicy: 'keep-first' },
      { yieldToEventLoop },
    );
    if (!result.ok) throw new Error(result.problem.message);
    imported = result.report.imported;
    problems = result.report.rowsWithErrors;
  };
  const [baseline, reading, pipeline] = await measureInTurn(RUNS, [
    baselineTask,
    readingTask,
    pipelineTask,
  ]);
  if (!baseline || !reading || !pipeline) throw new Error('missing timings');

  return [
    {
      name: `Spreadsheet import: ${ROWS.toLocaleString('en-US')} rows × ${HEADERS.length} columns (${(bytes.length / 1024 / 1024).toFixed(1)} MB), Node, best of ${RUNS} runs taken in turn after a warm-up`,
      figures: [
        {
          label: 'full pipeline (decode, parse, map, normalise, validate, dedupe)',
          value: pipeline.wall,
          unit: 'ms',
        },
        { label: '  of which decode + parse', value: reading.wall, unit: 'ms' },
        {
          label: 'baseline (TextDecoder + Papa.parse + isValidPhoneNumber per row)',
          value: baseline.wall,
          unit: 'ms',
        },
        {
          label: 'ratio pipeline / baseline (goal ≤ 1.5)',
          value: pipeline.wall / baseline.wall,
          unit: '×',
        },
        {
          label: 'ratio pipeline / baseline, CPU time',
          value: pipeline.cpu / baseline.cpu,
          unit: '×',
        },
        { label: 'full pipeline, median run', value: pipeline.median, unit: 'ms' },
        { label: 'baseline, median run', value: baseline.median, unit: 'ms' },
        { label: 'throughput', value: ROWS / (pipeline.wall / 1000), unit: 'rows/s' },
      ],
      notes: [
        `${imported.toLocaleString('en-US')} recipients imported, ${problems.toLocaleString('en-US')} with errors, repeats dropped (keep-first).`,
        'Both sides use libphonenumber-js max metadata, as the app does.',
        'Main-thread and worker timings in Chromium are measured with the import UI.',
      ],
    },
  ];
}
