import { describe, expect, it } from 'vitest';
import {
  applyBatchUpdate,
  diffRecipients,
  toBatchUpdate,
  viewChanged,
  type BatchView,
} from '../../../shared/domain/results';
import { call, person, result, viewOf } from './fixtures';

const people = [
  person('a', '+48600700800'),
  person('b', '+48601702803'),
  person('c', '+48602703804'),
];

function before(): BatchView {
  return viewOf(people, [
    call('r1', '+48600700800', 'in_progress'),
    call('r2', '+48601702803', 'dispatched'),
    call('r3', '+48602703804'),
  ]);
}

function after(): BatchView {
  return viewOf(
    people,
    [
      call('r1', '+48600700800', 'completed', { updatedAt: 1_777_000_030 }),
      call('r2', '+48601702803', 'dispatched'),
      call('r3', '+48602703804'),
    ],
    { conv_r1: result('conv_r1') },
    2,
  );
}

describe('batch view updates', () => {
  it('carries only the rows that changed', () => {
    const diff = diffRecipients(before(), after());
    expect(diff.changed.map((row) => row.id)).toEqual(['r1']);
    expect(diff.removedIds).toEqual([]);
    expect(diffRecipients(after(), after()).changed).toEqual([]);
  });

  it('notices a result arriving even when the call status stays the same', () => {
    const pending = after();
    const analysed = { ...pending, recipients: pending.recipients.map((row) => ({ ...row })) };
    const [first] = analysed.recipients;
    if (first) first.result = null;
    expect(viewChanged(analysed, pending)).toBe(true);
    expect(viewChanged(pending, after())).toBe(false);
  });

  it('turns the view before into the view after', () => {
    const update = toBatchUpdate(before(), after(), true);
    expect(update.recipients).toMatchObject({ fromVersion: 1 });
    expect(applyBatchUpdate(before(), update)).toEqual(after());
  });

  it('applies removals and new rows', () => {
    const grown = viewOf(people, [call('r2', '+48601702803'), call('r4', '+48602703804')], {}, 5);
    const update = toBatchUpdate(before(), grown, true);
    expect(update.recipients?.removedIds).toEqual(['r1', 'r3']);
    expect(applyBatchUpdate(before(), update)).toEqual(grown);
  });

  it('takes in a big batch whose rows all arrive in one update', () => {
    const calls = Array.from({ length: 200_000 }, (_, i) => call(`r${i}`, null));
    const empty = viewOf(people, []);
    const full = viewOf(people, calls, {}, 2);
    const update = toBatchUpdate(empty, full, true);
    expect(applyBatchUpdate(empty, update)?.recipients).toHaveLength(200_000);
  });

  it('cannot be applied to another version, or without rows: the view is fetched again', () => {
    const update = toBatchUpdate(before(), after(), true);
    expect(applyBatchUpdate({ ...before(), version: 7 }, update)).toBeNull();
    expect(applyBatchUpdate(before(), toBatchUpdate(before(), after(), false))).toBeNull();
    expect(applyBatchUpdate(before(), toBatchUpdate(null, after(), true))).toBeNull();
    expect(applyBatchUpdate(after(), update)).toEqual(after());
  });
});
