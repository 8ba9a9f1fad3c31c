import { useId, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { DraftSchedule } from '../../../../../shared/domain/drafts/draft';
import { readCallWindow, resolveTimeZone } from '../../../../../shared/domain/recipients';
import { TextField } from '../../../ui/TextField';
import { TextListEditor } from '../../../ui/TextListEditor';
import { TimeZoneOptions } from '../../recipients/choice-lists';
import { entryProblems, useEntryChecks } from '../../recipients/entry-checks';
import { useDraft } from './draft-store-context';

type Kind = DraftSchedule['kind'];
type AtSchedule = Extract<DraftSchedule, { kind: 'at' }>;
type WindowSchedule = Extract<DraftSchedule, { kind: 'windows' }>;

const KINDS: readonly Kind[] = ['now', 'at', 'windows'];

/** Monday to Sunday, as the UI language abbreviates them. */
function useWeekdayNames(): string[] {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  return useMemo(() => {
    const name = new Intl.DateTimeFormat(language, { weekday: 'short', timeZone: 'UTC' });
    // 1 January 2024 was a Monday.
    return [0, 1, 2, 3, 4, 5, 6].map((day) => name.format(Date.UTC(2024, 0, 1 + day)));
  }, [language]);
}

function localZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

function tomorrowAtNine(): string {
  const date = new Date(Date.now() + 86_400_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T09:00`;
}

function ZoneField(props: {
  value: string;
  onCommit: (zone: string) => void;
  disabled: boolean;
  hint?: string;
}) {
  const { t } = useTranslation('campaigns');
  const listId = useId();
  const zoneProblem = (text: string): string | undefined => {
    const zone = resolveTimeZone(text);
    if (zone.ok) return undefined;
    return zone.suggestion
      ? t('schedule.zoneSuggestion', { suggestion: zone.suggestion })
      : t('schedule.zoneUnknown');
  };
  return (
    <>
      <TextField
        label={t('schedule.timeZone')}
        value={props.value}
        list={listId}
        disabled={props.disabled}
        problem={zoneProblem(props.value)}
        check={zoneProblem}
        hint={props.hint}
        onCommit={(text) => {
          const zone = resolveTimeZone(text);
          props.onCommit(zone.ok ? zone.name : text.trim());
        }}
        autoComplete="off"
      />
      <TimeZoneOptions id={listId} />
    </>
  );
}

/** When the campaign runs: now, at a set time, or inside calling hours. Stored for launch. */
export function ScheduleEditor(props: { readOnly: boolean }) {
  const { t } = useTranslation('campaigns');
  const checks = useEntryChecks();
  const weekdays = useWeekdayNames();
  const schedule = useDraft((state) => state.settings.schedule);
  const update = useDraft((state) => state.update);
  const groupName = useId();
  // Switching back and forth between choices should not lose what was filled in.
  const remembered = useRef<{ at?: AtSchedule; windows?: WindowSchedule }>({});
  const set = (next: DraftSchedule) => update({ schedule: next });

  const choose = (kind: Kind) => {
    if (schedule.kind === 'at') remembered.current.at = schedule;
    if (schedule.kind === 'windows') remembered.current.windows = schedule;
    if (kind === 'now') set({ kind: 'now' });
    if (kind === 'at') {
      set(
        remembered.current.at ?? {
          kind: 'at',
          localDateTime: tomorrowAtNine(),
          timezone: localZone(),
        },
      );
    }
    if (kind === 'windows') {
      set(
        remembered.current.windows ?? {
          kind: 'windows',
          timezone: localZone(),
          callingHours: ['09:00-17:00'],
          allowedWeekdays: [1, 2, 3, 4, 5],
          blackoutDates: [],
        },
      );
    }
  };

  return (
    <div className="schedule">
      <fieldset className="choice-group">
        <legend className="visually-hidden">{t('setup.whenToCall')}</legend>
        {KINDS.map((kind) => (
          <label key={kind} className="choice">
            <input
              type="radio"
              name={groupName}
              checked={schedule.kind === kind}
              disabled={props.readOnly}
              onChange={() => choose(kind)}
            />
            <span>
              <span className="choice__label">{t(`schedule.kinds.${kind}.label`)}</span>
              <span className="choice__hint">{t(`schedule.kinds.${kind}.hint`)}</span>
            </span>
          </label>
        ))}
      </fieldset>
      {schedule.kind === 'at' ? (
        <div className="schedule__details">
          <div className="field">
            <label className="field-label" htmlFor={`${groupName}-at`}>
              {t('schedule.dateTime')}
            </label>
            <input
              id={`${groupName}-at`}
              type="datetime-local"
              className="input input--auto"
              value={schedule.localDateTime}
              disabled={props.readOnly}
              onChange={(event) => set({ ...schedule, localDateTime: event.target.value })}
            />
          </div>
          <ZoneField
            value={schedule.timezone}
            disabled={props.readOnly}
            onCommit={(timezone) => set({ ...schedule, timezone })}
          />
        </div>
      ) : null}
      {schedule.kind === 'windows' ? (
        <div className="schedule__details">
          <ZoneField
            value={schedule.timezone}
            disabled={props.readOnly}
            onCommit={(timezone) => set({ ...schedule, timezone })}
            hint={t('schedule.zoneHint')}
          />
          <TextListEditor
            label={t('schedule.callingHours')}
            itemLabel={(index) => t('schedule.callingHoursItem', { n: index + 1 })}
            items={schedule.callingHours}
            onChange={(callingHours) =>
              set({
                ...schedule,
                callingHours: callingHours.map((text) => {
                  const window = readCallWindow(text);
                  return window.ok ? window.text : text.trim();
                }),
              })
            }
            problems={entryProblems(schedule.callingHours, checks.callWindow)}
            check={checks.callWindow}
            placeholder={t('schedule.callingHoursPlaceholder')}
            addLabel={t('schedule.addHours')}
            disabled={props.readOnly}
          />
          <fieldset className="weekdays">
            <legend className="field-label">{t('schedule.days')}</legend>
            {weekdays.map((day, index) => {
              const weekday = index + 1;
              const on = schedule.allowedWeekdays.includes(weekday);
              return (
                <label key={day} className="weekday">
                  <input
                    type="checkbox"
                    checked={on}
                    disabled={props.readOnly}
                    onChange={() =>
                      set({
                        ...schedule,
                        allowedWeekdays: on
                          ? schedule.allowedWeekdays.filter((other) => other !== weekday)
                          : [...schedule.allowedWeekdays, weekday].sort((a, b) => a - b),
                      })
                    }
                  />
                  {day}
                </label>
              );
            })}
          </fieldset>
          <TextListEditor
            label={t('schedule.blackoutDates')}
            itemLabel={(index) => t('schedule.blackoutDate', { n: index + 1 })}
            items={schedule.blackoutDates}
            onChange={(blackoutDates) =>
              set({ ...schedule, blackoutDates: blackoutDates.map((text) => text.trim()) })
            }
            problems={entryProblems(schedule.blackoutDates, checks.calendarDate)}
            check={checks.calendarDate}
            dates
            addLabel={t('schedule.addDate')}
            hint={t('schedule.blackoutHint')}
            disabled={props.readOnly}
          />
        </div>
      ) : null}
    </div>
  );
}
