import { describe, expect, it } from 'vitest';
import { countByStatus, createRecipientJoin } from '../../../shared/domain/results';
import { call, person, result, viewOf } from './fixtures';

describe('createRecipientJoin', () => {
  it('matches calls to people by normalised phone number', () => {
    const people = [person('a', '600 700 800'), person('b', '+48 (601) 702-803')];
    const join = createRecipientJoin({ recipients: people, defaultCountry: 'PL' });
    expect(join.match(['+48601702803', '+48600700800', '+48999999999', null])).toEqual([
      people[1],
      people[0],
      null,
      null,
    ]);
  });

  it('hands people sharing a number out in list order, each once per batch', () => {
    const people = [person('a', '600700800'), person('b', '600 700 800')];
    const join = createRecipientJoin({ recipients: people, defaultCountry: 'PL' });
    expect(join.match(['+48600700800', '+48600700800', '+48600700800'])).toEqual([
      people[0],
      people[1],
      null,
    ]);
    // A fresh match (the next poll of the same batch) starts over.
    expect(join.match(['+48600700800'])).toEqual([people[0]]);
  });

  it('still matches numbers it cannot read, as typed', () => {
    const people = [person('a', ' not a number ')];
    const join = createRecipientJoin({ recipients: people, defaultCountry: 'PL' });
    expect(join.match(['not a number'])).toEqual([people[0]]);
  });
});

describe('buildBatchView', () => {
  it('joins each call to its person and its result, and counts by status', () => {
    const people = [person('a', '+48600700800', 'Anna'), person('b', '+48601702803', 'Bartek')];
    const view = viewOf(
      people,
      [call('r1', '+48600700800', 'completed'), call('r2', '+48601702803', 'in_progress')],
      { conv_r1: result('conv_r1') },
    );
    expect(
      view.recipients.map((row) => [row.person?.contact_info.name, row.result?.summary]),
    ).toEqual([
      ['Anna', 'Booked a haircut.'],
      ['Bartek', undefined],
    ]);
    expect(view.counts).toEqual({
      pending: 0,
      dispatched: 0,
      initiated: 0,
      in_progress: 1,
      completed: 1,
      failed: 0,
      cancelled: 0,
      voicemail: 0,
    });
    expect(view.batch).not.toHaveProperty('recipients');
  });

  it('counts every status, zero when nobody is in it', () => {
    expect(countByStatus([])).toEqual(expect.objectContaining({ voicemail: 0, pending: 0 }));
    expect(countByStatus([{ status: 'voicemail' }, { status: 'voicemail' }]).voicemail).toBe(2);
  });
});
