import { useId, useRef } from 'react';
import type { DraftSchedule } from '../../../../../shared/domain/drafts/draft';
import { readCallWindow, resolveTimeZone } from '../../../../../shared/domain/recipients';
import { TextField } from '../../../ui/TextField';
import { TextListEditor } from '../../../ui/TextListEditor';
import { TimeZoneOptions } from '../../recipients/choice-lists';
import {
  calendarDateProblem,
  callWindowProblem,
  entryProblems,
} from '../../recipients/entry-checks';
import { useDraft } from './draft-store-context';

type Kind = DraftSchedule['kind'];
type AtSchedule = Extract<DraftSchedule, { kind: 'at' }>;
type WindowSchedule = Extract<DraftSchedule, { kind: 'windows' }>;

const KINDS: ReadonlyArray<{ kind: Kind; label: string; hint: string }> = [
  { kind: 'now', label: 'As soon as I launch', hint: 'Everyone is called straight away.' },
  { kind: 'at', label: 'At a set time', hint: 'Calls start at the date and time you pick.' },
  {
    kind: 'windows',
    label: 'Only inside calling hours',
    hint: 'Calls happen only on the days and hours you allow, in each person’s own time zone when it is known.',
  },
];

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

function localZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

function tomorrowAtNine(): string {
  const date = new Date(Date.now() + 86_400_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T09:00`;
}

function zoneProblem(text: string): string | undefined {
  const zone = resolveTimeZone(text);
  if (zone.ok) return undefined;
  return zone.suggestion
    ? `Not a time zone we know. Did you mean ${zone.suggestion}?`
    : 'Pick a time zone from the list, such as Europe/Warsaw.';
}

function ZoneField(props: {
  value: string;
  onCommit: (zone: string) => void;
  disabled: boolean;
  hint?: string;
}) {
  const listId = useId();
  return (
    <>
      <TextField
        label="Time zone"
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
        <legend className="visually-hidden">When to call</legend>
        {KINDS.map((option) => (
          <label key={option.kind} className="choice">
            <input
              type="radio"
              name={groupName}
              checked={schedule.kind === option.kind}
              disabled={props.readOnly}
              onChange={() => choose(option.kind)}
            />
            <span>
              <span className="choice__label">{option.label}</span>
              <span className="choice__hint">{option.hint}</span>
            </span>
          </label>
        ))}
      </fieldset>
      {schedule.kind === 'at' ? (
        <div className="schedule__details">
          <div className="field">
            <label className="field-label" htmlFor={`${groupName}-at`}>
              Date and time
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
            hint="Used for people whose own time zone is not known."
          />
          <TextListEditor
            label="Calling hours"
            itemLabel={(index) => `Calling hours ${index + 1}`}
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
            problems={entryProblems(schedule.callingHours, callWindowProblem)}
            check={callWindowProblem}
            placeholder="09:00-17:00"
            addLabel="Add hours"
            disabled={props.readOnly}
          />
          <fieldset className="weekdays">
            <legend className="field-label">Days</legend>
            {WEEKDAYS.map((day, index) => {
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
            label="No calls on these dates"
            itemLabel={(index) => `No-call date ${index + 1}`}
            items={schedule.blackoutDates}
            onChange={(blackoutDates) =>
              set({ ...schedule, blackoutDates: blackoutDates.map((text) => text.trim()) })
            }
            problems={entryProblems(schedule.blackoutDates, calendarDateProblem)}
            check={calendarDateProblem}
            inputType="date"
            addLabel="Add date"
            hint="Holidays, closing days."
            disabled={props.readOnly}
          />
        </div>
      ) : null}
    </div>
  );
}
