import { describe, expect, it } from 'vitest';
import {
  campaignResultRows,
  FollowUpFilterSchema,
  followUpRecipients,
} from '../../../shared/domain/results';
import { call, person, result, viewOf } from './fixtures';

const people = [
  person('answered', '+48600700800'),
  person('voicemail', '+48601702803'),
  person('no-answer', '+48602703804'),
  person('left-out', '+48603704805'),
];

const rows = campaignResultRows({ recipients: people }, [
  viewOf(
    people,
    [
      call('r1', '+48600700800', 'completed'),
      call('r2', '+48601702803', 'voicemail'),
      call('r3', '+48602703804', 'failed'),
    ],
    {
      conv_r1: result('conv_r1', { dataCollection: { wants_callback: 'True ' } }),
      conv_r2: result('conv_r2', {
        callSuccessful: 'failure',
        dataCollection: { wants_callback: 'false' },
      }),
      conv_r3: result('conv_r3', { status: 'failed', callSuccessful: 'unknown' }),
    },
  ),
]);

const ids = (filter: unknown) =>
  followUpRecipients(rows, FollowUpFilterSchema.parse(filter)).map((recipient) => recipient.id);

describe('follow-up selection', () => {
  it('by call status', () => {
    expect(ids({ statuses: ['voicemail', 'failed'] })).toEqual(['voicemail', 'no-answer']);
  });

  it('by a collected answer, read the way a person would', () => {
    expect(ids({ dataField: { id: 'wants_callback', equals: 'true' } })).toEqual(['answered']);
    expect(ids({ dataField: { id: 'missing', equals: '' } })).toEqual([]);
  });

  it('by outcome, and by several criteria at once', () => {
    expect(ids({ callSuccessful: ['failure', 'unknown'] })).toEqual(['voicemail', 'no-answer']);
    expect(ids({ statuses: ['voicemail', 'failed'], callSuccessful: ['unknown'] })).toEqual([
      'no-answer',
    ]);
  });

  it('never takes people who were not called', () => {
    expect(ids({ statuses: ['pending', 'cancelled'] })).toEqual([]);
  });

  it('needs at least one criterion', () => {
    expect(FollowUpFilterSchema.safeParse({}).success).toBe(false);
    expect(FollowUpFilterSchema.safeParse({ statuses: [] }).success).toBe(false);
    expect(FollowUpFilterSchema.safeParse({ statuses: ['voicemail'], extra: 1 }).success).toBe(
      false,
    );
  });
});
