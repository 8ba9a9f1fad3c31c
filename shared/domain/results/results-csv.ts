import { neutraliseFormula, recipientsToCsv } from '../spreadsheet';
import { CALL_STATUS_LABELS, CALL_SUCCESS_LABELS, NOT_CALLED_LABEL } from './call-labels';
import type { CampaignResultRow } from './campaign-results';

export interface ResultsCsvOptions {
  /** Call times are written as wall-clock times here, e.g. the computer's own zone. */
  timeZone: string;
}

const BOM = '\uFEFF';
const LINE_BREAK = '\r\n';

function quote(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function cell(value: string): string {
  return quote(neutraliseFormula(value));
}

/** The records of CSV text as recipientsToCsv writes it (BOM, CRLF, RFC 4180 quoting). */
function csvRecords(text: string): string[] {
  const body = text.startsWith(BOM) ? text.slice(1) : text;
  const records: string[] = [];
  let start = 0;
  let quoted = false;
  for (let index = 0; index < body.length; index++) {
    const code = body.charCodeAt(index);
    if (code === 0x22) quoted = !quoted;
    else if (!quoted && code === 0x0d && body.charCodeAt(index + 1) === 0x0a) {
      records.push(body.slice(start, index));
      start = index + 2;
      index++;
    }
  }
  if (start < body.length) records.push(body.slice(start));
  return records;
}

/** Data collection ids in the order they first appear. */
function dataFieldIds(rows: readonly CampaignResultRow[]): string[] {
  const ids = new Set<string>();
  for (const { call } of rows) {
    for (const id of Object.keys(call?.result?.dataCollection ?? {})) ids.add(id);
  }
  return [...ids];
}

type TimeFormat = (unixSeconds: number) => string;

/** "2026-05-04 09:30:05" in the zone: sortable, and read as a date by spreadsheet apps. */
function timeFormat(timeZone: string): TimeFormat {
  // One formatter for the whole file: creating one per cell would cost more than the rest.
  const format = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  });
  return (unixSeconds) => {
    const part: Partial<Record<Intl.DateTimeFormatPartTypes, string>> = {};
    for (const { type, value } of format.formatToParts(unixSeconds * 1000)) part[type] = value;
    return `${part.year}-${part.month}-${part.day} ${part.hour}:${part.minute}:${part.second}`;
  };
}

function resultCells(
  row: CampaignResultRow,
  fields: readonly string[],
  time: TimeFormat,
): string[] {
  const { call } = row;
  const result = call?.result ?? null;
  const collected = result?.dataCollection ?? {};
  return [
    call ? CALL_STATUS_LABELS[call.status] : NOT_CALLED_LABEL,
    result?.startedAt != null ? time(result.startedAt) : '',
    result?.durationSeconds != null ? String(Math.round(result.durationSeconds)) : '',
    result?.callSuccessful ? CALL_SUCCESS_LABELS[result.callSuccessful] : '',
    result?.summary ?? '',
    ...fields.map((id) => (Object.hasOwn(collected, id) ? (collected[id] ?? '') : '')),
  ];
}

/**
 * A campaign's results for spreadsheet apps: every column the recipients export has (the same
 * headings, so the file imports back as recipients), then the call's status, time, duration,
 * success, summary and one column per data collection field. UTF-8 with a byte order mark,
 * CRLF, RFC 4180 quoting; cells a spreadsheet would run as a formula are neutralised.
 */
export function campaignResultsToCsv(
  rows: readonly CampaignResultRow[],
  options: ResultsCsvOptions,
): string {
  const people = csvRecords(recipientsToCsv(rows.map((row) => row.person)));
  const [peopleHeader, ...peopleCells] = people;
  if (peopleHeader === undefined || peopleCells.length !== rows.length) {
    throw new Error(`Expected ${rows.length} recipient rows, got ${peopleCells.length}.`);
  }
  const fields = dataFieldIds(rows);
  const header = [
    'Call status',
    `Call time (${options.timeZone})`,
    'Duration (seconds)',
    'Call successful',
    'Summary',
    ...fields,
  ];
  const time = timeFormat(options.timeZone);
  const lines = [`${peopleHeader},${header.map(cell).join(',')}`];
  rows.forEach((row, index) => {
    const cells = resultCells(row, fields, time).map(cell);
    lines.push(`${peopleCells[index] ?? ''},${cells.join(',')}`);
  });
  return `${BOM}${lines.join(LINE_BREAK)}${LINE_BREAK}`;
}

const UNSAFE_IN_FILE_NAMES = /[\\/:*?"<>|\p{Cc}]+/gu;

/** "Spring reminders results 2026-05-01.csv", safe on Windows, macOS and Linux. */
export function resultsFileName(campaignName: string, date: string): string {
  const name = campaignName.replace(UNSAFE_IN_FILE_NAMES, ' ').replace(/\s+/g, ' ').trim();
  return `${(name || 'Campaign').slice(0, 100)} results ${date}.csv`;
}
