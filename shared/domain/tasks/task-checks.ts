import type { AgentDetails } from '../agents/agent';
import { createPhoneNumberNormalizer, type CountryCode } from '../recipients';
import type { TaskContent, TaskPlace } from './task';
import { findPlacesMissingValues } from './task-variables';

/** Something that keeps a task from running, in plain words. */
export interface TaskIssue {
  field: 'agent' | 'phoneNumber' | 'places' | 'name' | 'phone_number' | 'variables';
  /** The place it is about, if any. */
  placeId: string | null;
  message: string;
}

/** "Place 2 (Salon Bella)", as messages name a place. */
export function placeLabel(place: Pick<TaskPlace, 'name'>, index: number): string {
  const name = place.name.trim();
  return name === '' ? `Place ${index + 1}` : `Place ${index + 1} (${name})`;
}

/** Each place needs a name and a number that can be dialled, read as recipients' numbers are. */
export function checkPlaces(
  places: readonly TaskPlace[],
  defaultCountry: CountryCode,
): TaskIssue[] {
  const phoneNumbers = createPhoneNumberNormalizer(defaultCountry);
  const issues: TaskIssue[] = [];
  places.forEach((place, index) => {
    const label = placeLabel(place, index);
    if (place.name.trim() === '') {
      issues.push({ field: 'name', placeId: place.id, message: `${label} needs a name.` });
    }
    const phone = phoneNumbers.normalize(place.phone_number);
    if (!phone.ok) {
      issues.push({
        field: 'phone_number',
        placeId: place.id,
        message: `${label}: ${phone.reason}`,
      });
    }
  });
  return issues;
}

/**
 * Everything that keeps the task from running. Without the agent's details only what the task
 * itself lacks is found; with them, also the places whose call would miss a value the agent
 * needs. The app shows these, and main refuses to run while there are any.
 */
export function checkTask(
  task: Pick<
    TaskContent,
    'agent' | 'phoneNumber' | 'notes' | 'defaultCountry' | 'places' | 'bindings'
  >,
  agent?: AgentDetails,
): TaskIssue[] {
  const issues: TaskIssue[] = [];
  if (task.agent === null) {
    issues.push({
      field: 'agent',
      placeId: null,
      message: 'Choose the agent that makes the calls.',
    });
  }
  if (task.phoneNumber === null) {
    issues.push({
      field: 'phoneNumber',
      placeId: null,
      message: 'Choose the phone number to call from.',
    });
  }
  if (task.places.length === 0) {
    issues.push({ field: 'places', placeId: null, message: 'Add at least one place to call.' });
  }
  issues.push(...checkPlaces(task.places, task.defaultCountry));
  if (agent) {
    const index = new Map(task.places.map((place, position) => [place.id, position]));
    for (const { recipientId, variables } of findPlacesMissingValues(agent, task)) {
      const position = index.get(recipientId) ?? 0;
      const place = task.places[position];
      const label = place ? placeLabel(place, position) : 'A place';
      issues.push({
        field: 'variables',
        placeId: recipientId,
        message: `${label} has no value for ${variables.join(', ')}, which the agent needs.`,
      });
    }
  }
  return issues;
}
