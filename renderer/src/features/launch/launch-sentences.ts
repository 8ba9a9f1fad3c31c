import { useTranslation } from 'react-i18next';
import type {
  DisallowedOverride,
  LaunchStart,
  LaunchSummary,
  SkipReason,
} from '../../../../shared/domain/launch';
import type { PlanWarning, UnschedulableRecipient } from '../../../../shared/domain/scheduling';
import { useFormat } from '../../i18n/format';
import { formatLocalStart } from './local-start';

// The confirmation's sentences and the planner's notes, in the UI language. The planner writes
// its notes in English (main logs them); English shows them as they are, other languages say
// them by code with the numbers, times and texts the note carries.

const SKIP_REASONS: readonly SkipReason[] = [
  'excluded',
  'do_not_call',
  'invalid',
  'missing_values',
  'not_scheduled',
  'duplicate_id',
];

const MINUTE = 60;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export function useLaunchSentences() {
  const { t, i18n } = useTranslation('launch');
  const format = useFormat();
  const english = i18n.resolvedLanguage === 'en';

  /** A rough length: "45 s", "1 h 20 min", "3 days". */
  const roughDuration = (seconds: number): string => {
    if (seconds < MINUTE) return format.duration(seconds);
    if (seconds < 2 * DAY) return format.duration(Math.round(seconds / MINUTE) * MINUTE);
    return t('planNotes.days', { count: Math.round(seconds / DAY) });
  };
  const pace = (concurrency = 0) => t('planNotes.callsAtATime', { count: concurrency });
  const days = (horizonDays = 0) => t('planNotes.days', { count: horizonDays });
  const localStart = (unixSeconds = 0, timezone = 'UTC') =>
    formatLocalStart(format.language, unixSeconds, timezone);
  const describeStart = (start: LaunchStart) =>
    start.unixSeconds === null || start.timezone === null
      ? t('summary.asSoonAsConfirmed')
      : t('plan.startIn', {
          time: localStart(start.unixSeconds, start.timezone),
          timezone: start.timezone,
        });
  const money = (amount: number) =>
    new Intl.NumberFormat(format.language, {
      minimumFractionDigits: 2,
      maximumFractionDigits: 2,
    }).format(amount);

  return {
    /** What the launch would do: calls, timing, minutes and cost, who is left out. */
    summary(summary: LaunchSummary): string[] {
      const lines: string[] = [];
      const { calls: count, agentName: agent, fromNumber } = summary;
      if (fromNumber) {
        const from = fromNumber.label
          ? t('summary.fromLabelled', { label: fromNumber.label, number: fromNumber.number })
          : fromNumber.number;
        lines.push(t('summary.callsFrom', { count, agent, from }));
      } else {
        lines.push(t('summary.calls', { count, agent }));
      }

      const rate = t('summary.pace', {
        count: summary.concurrency,
        duration: roughDuration(summary.averageCallSeconds),
      });
      const duration = roughDuration(summary.callingSeconds);
      if (summary.firstStart && summary.lastStart) {
        lines.push(
          t('summary.batches', {
            count: summary.batchCount,
            first: describeStart(summary.firstStart),
            last: describeStart(summary.lastStart),
            duration,
            pace: rate,
          }),
        );
      } else if (summary.firstStart) {
        lines.push(
          t('summary.single', { start: describeStart(summary.firstStart), duration, pace: rate }),
        );
      }

      const minutes = Math.round(summary.totalCallMinutes);
      lines.push(
        summary.expectedCost !== undefined && summary.costPerMinute !== undefined
          ? t('summary.cost', {
              count: minutes,
              cost: money(summary.expectedCost),
              rate: money(summary.costPerMinute),
            })
          : t('summary.minutes', { count: minutes }),
      );

      if (summary.skipped > 0) {
        const reasons = SKIP_REASONS.flatMap((reason) => {
          const skipped = summary.skippedByReason[reason] ?? 0;
          return skipped > 0 ? [t(`summary.skip.${reason}`, { count: skipped })] : [];
        });
        lines.push(t('summary.skipped', { count: summary.skipped, reasons: reasons.join(', ') }));
      }
      return lines;
    },

    warning(warning: PlanWarning): string {
      if (english) return warning.message;
      const params = warning.params ?? {};
      const text = params.text ?? '';
      const people = warning.recipientIds.length;
      switch (warning.code) {
        case 'invalid-calling-hours':
        case 'invalid-blackout-date':
          return people > 0
            ? t(`planNotes.warnings.${warning.code}-people`, { count: people, text })
            : t(`planNotes.warnings.${warning.code}`, { text });
        case 'invalid-time-zone':
        case 'invalid-weekday':
          return t(`planNotes.warnings.${warning.code}`, { text });
        case 'no-calling-days':
          return t('planNotes.warnings.no-calling-days');
        case 'duplicate-recipient':
          return t('planNotes.warnings.duplicate-recipient', { count: people });
        case 'capacity-overflow': {
          const outcome = [
            params.moved ? t('planNotes.warnings.moved', { count: params.moved }) : '',
            params.left
              ? t('planNotes.warnings.left', { count: params.left, days: days(params.horizonDays) })
              : '',
          ];
          const sentence = t('planNotes.warnings.capacity-overflow', {
            count: people,
            start: localStart(params.startUnixSeconds, params.timezone),
            window: params.window ?? '',
            timezone: params.timezone ?? '',
            pace: pace(params.concurrency),
            duration: roughDuration(params.averageCallSeconds ?? 0),
          });
          return [sentence, ...outcome].filter((part) => part !== '').join(' ');
        }
        case 'overlapping-batches': {
          const timezones = params.timezones ?? [];
          const concurrency = params.concurrency ?? 0;
          const count = warning.batchKeys.length;
          return t('planNotes.warnings.overlapping-batches', {
            count,
            start: localStart(params.startUnixSeconds, timezones[0]),
            timezones: format.list(timezones),
            concurrency,
            together: count * concurrency,
          });
        }
      }
    },

    /** Why someone fits no calling window, as the end of a sentence. */
    unschedulable(entry: UnschedulableRecipient): string {
      if (english) return entry.reason;
      const params = entry.params ?? {};
      switch (entry.code) {
        case 'invalid-time-zone':
          return t('planNotes.reasons.invalid-time-zone', { text: params.text ?? '' });
        case 'unreadable-calling-hours':
          return params.text === undefined
            ? t('planNotes.reasons.unreadable-calling-hours-campaign')
            : t('planNotes.reasons.unreadable-calling-hours', { text: params.text });
        case 'no-calling-days':
          return t('planNotes.reasons.no-calling-days');
        case 'no-calling-time':
          return t('planNotes.reasons.no-calling-time', {
            days: days(params.horizonDays),
            timezone: params.timezone ?? '',
          });
        case 'window-too-short':
          return t('planNotes.reasons.window-too-short', {
            duration: roughDuration(params.averageCallSeconds ?? 0),
          });
        case 'over-capacity':
          return t('planNotes.reasons.over-capacity', {
            days: days(params.horizonDays),
            pace: pace(params.concurrency),
          });
      }
    },

    disallowed(override: DisallowedOverride): string {
      return english
        ? override.message
        : t(`disallowed.${override.override}`, { count: override.count });
    },
  };
}
