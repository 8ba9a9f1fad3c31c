import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  campaignResultRows,
  campaignResultsToCsv,
  resultsFileName,
} from '../../../shared/domain/results';
import { call, person, result, viewOf } from './fixtures';

const people = [
  person('a', '+48600700800', 'Rossi, "Mario"', { Notes: 'line one\r\nline two' }),
  person('b', '+48601702803', '=cmd|calc', { Notes: '@SUM(A1)' }),
  person('c', '+48602703804', 'Left out'),
];

const view = viewOf(
  people,
  [call('r1', '+48600700800', 'completed'), call('r2', '+48601702803', 'voicemail')],
  {
    conv_r1: result('conv_r1', {
      summary: '-booked, see\nnotes',
      dataCollection: { wants_callback: 'true', note: '+1 555' },
      startedAt: Date.UTC(2026, 4, 4, 7, 30, 5) / 1000,
    }),
    conv_r2: result('conv_r2', {
      callSuccessful: 'failure',
      summary: '\tvoicemail',
      dataCollection: {},
    }),
  },
);

function parse(csv: string): string[][] {
  return Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
}

describe('campaignResultRows', () => {
  it('keeps the campaign order, then calls no one in the campaign matches', () => {
    const stranger = viewOf(people, [call('r9', '+48999111222', 'failed')], {}, 2);
    const rows = campaignResultRows({ recipients: people }, [view, stranger]);
    expect(rows.map((row) => [row.person.id, row.call?.id ?? null])).toEqual([
      ['a', 'r1'],
      ['b', 'r2'],
      ['c', null],
      ['r9', 'r9'],
    ]);
    expect(rows[3]?.person.phone_number).toBe('+48999111222');
  });

  it('gives a call to the first row with an id only, as the launch called only that one', () => {
    const twins = [person('a', '+48600700800'), person('a', '+48600700800')];
    const rows = campaignResultRows({ recipients: twins }, [
      viewOf(twins, [call('r1', '+48600700800', 'completed')]),
    ]);
    expect(rows.map((row) => row.call?.id ?? null)).toEqual(['r1', null]);
  });
});

describe('campaignResultsToCsv', () => {
  const csv = campaignResultsToCsv(campaignResultRows({ recipients: people }, [view]), {
    timeZone: 'Europe/Warsaw',
  });

  it('is UTF-8 text with a byte order mark and CRLF line breaks', () => {
    expect(csv.startsWith('\uFEFFPhone number,Name,Notes,Call status,')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('has the recipient columns, then status, time, duration, success, summary and data fields', () => {
    const [header, ...rows] = parse(csv);
    expect(header).toEqual([
      'Phone number',
      'Name',
      'Notes',
      'Call status',
      'Call time (Europe/Warsaw)',
      'Duration (seconds)',
      'Call successful',
      'Summary',
      'wants_callback',
      'note',
    ]);
    expect(rows).toEqual([
      [
        '+48600700800',
        'Rossi, "Mario"',
        'line one\r\nline two',
        'Answered',
        '2026-05-04 09:30:05',
        '42',
        'Yes',
        "'-booked, see\nnotes",
        'true',
        "'+1 555",
      ],
      [
        '+48601702803',
        "'=cmd|calc",
        "'@SUM(A1)",
        'Voicemail',
        expect.any(String),
        '42',
        'No',
        "'\tvoicemail",
        '',
        '',
      ],
      ['+48602703804', 'Left out', '', 'Not called', '', '', '', '', '', ''],
    ]);
  });
});

describe('resultsFileName', () => {
  it('makes a name every system accepts', () => {
    expect(resultsFileName('Spring: reminders / PL?', '2026-05-04')).toBe(
      'Spring reminders PL results 2026-05-04.csv',
    );
    expect(resultsFileName('***', '2026-05-04')).toBe('Campaign results 2026-05-04.csv');
  });
});
