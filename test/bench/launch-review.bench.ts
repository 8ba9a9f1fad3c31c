// The Launch step's review of a long list: what it costs when the list changes, and what its
// refresh twice a minute costs (a new `now` for the plan) while the step is open.
import { doNotCallSet, prepareListCalls } from '../../shared/domain/launch';
import { createPhoneNumberNormalizer } from '../../shared/domain/recipients';
import type { DraftSchedule } from '../../shared/domain/drafts/draft';
import { prepareLaunch } from '../../renderer/src/features/launch/prepare-launch';
import { agent, draft, person, WARSAW_WEEKDAYS } from '../unit/launch/launch-fixtures';
import type { BenchmarkResult } from './run';
import { median, timed } from './support/figures';

const SIZES = [3_000, 100_000];
const LIST_RUNS = 3;
const REFRESHES = 7;
const REFRESH_MS = 30_000;

const SCHEDULES: Array<{ label: string; schedule: DraftSchedule }> = [
  { label: 'start at once', schedule: { kind: 'now' } },
  { label: 'calling windows', schedule: WARSAW_WEEKDAYS },
];

function people(count: number) {
  return Array.from({ length: count }, (_, i) =>
    person(`r${i}`, {
      phone_number: `+48 6${String(i).padStart(8, '0')}`,
      contact_info: { name: `Person ${i}` },
      preferences: {
        timezone: i % 3 ? 'Europe/Warsaw' : 'Europe/Rome',
        best_call_times: i % 5 ? [] : ['10:00-12:00'],
        blackout_dates: i % 7 ? [] : ['2026-12-24'],
      },
    }),
  );
}

export async function run(): Promise<BenchmarkResult[]> {
  const salon = agent();
  const figures: BenchmarkResult['figures'] = [];
  for (const count of SIZES) {
    const recipients = people(count);
    for (const { label, schedule } of SCHEDULES) {
      const campaign = draft({ recipients, schedule });
      // What useLaunchReview does: one normaliser for the list, its calls kept between refreshes.
      const phoneNumbers = createPhoneNumberNormalizer(campaign.defaultCountry);
      const listRuns = Array.from({ length: LIST_RUNS }, () =>
        timed(() => prepareListCalls(campaign, salon, campaign.bindings, { phoneNumbers })),
      );
      const calls = listRuns[0]?.value;
      const start = Date.parse('2026-11-23T06:00:00Z');
      const refreshes = Array.from({ length: REFRESHES }, (_, index) => {
        const { ms, value } = timed(() =>
          prepareLaunch(campaign, salon, {
            doNotCall: doNotCallSet([]),
            excludedIds: new Set(),
            inputs: { concurrency: 10, averageCallSeconds: 120, costPerMinute: null },
            now: start + index * REFRESH_MS,
            phoneNumbers,
            ...(calls ? { calls } : {}),
          }),
        );
        if (!value.ok) throw new Error(`no launch could be prepared: ${value.problem}`);
        return ms;
      });
      const what = `${count.toLocaleString('en')} people, ${label}`;
      figures.push(
        {
          label: `${what}: the list's calls, worked out when the list changes (median)`,
          value: median(listRuns.map((run) => run.ms)),
          unit: 'ms',
        },
        {
          label: `${what}: the refresh every ${REFRESH_MS / 1000} s (median)`,
          value: median(refreshes.slice(1)),
          unit: 'ms',
        },
      );
    }
  }
  return [
    {
      name: 'Launch step review (Node)',
      figures,
      notes: [
        `${LIST_RUNS} runs of the list's calls and ${REFRESHES} refreshes each; the first refresh is left out of the median (new code for the JIT).`,
        'The refresh runs on the page while the Launch step is open; in the app it is one task, so its time is how long the page stalls.',
      ],
    },
  ];
}
