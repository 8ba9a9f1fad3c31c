import {
  normalizePhoneNumber,
  type CountryCode,
  type RecipientIssue,
} from '../../../../../shared/domain/recipients';
import { phoneNumberIssue, type TaskPlace } from '../../../../../shared/domain/tasks';

// Edits of the list of places, as pure functions of the list, so the store stays a plain value.

export function newPlace(): TaskPlace {
  return { id: crypto.randomUUID(), name: '', phone_number: '', variables: {} };
}

export function changePlace(
  places: readonly TaskPlace[],
  id: string,
  change: Partial<Omit<TaskPlace, 'id'>>,
): TaskPlace[] {
  return places.map((place) => (place.id === id ? { ...place, ...change } : place));
}

/** Moves the place at `index` one step up (-1) or down (+1); at either end nothing moves. */
export function movePlace(places: readonly TaskPlace[], index: number, step: -1 | 1): TaskPlace[] {
  const target = index + step;
  const moving = places[index];
  const other = places[target];
  if (!moving || !other) return [...places];
  return places.with(index, other).with(target, moving);
}

/** Puts a removed place back where it was, unless it is already there again. */
export function restorePlace(
  places: readonly TaskPlace[],
  place: TaskPlace,
  index: number,
): TaskPlace[] {
  if (places.some((other) => other.id === place.id)) return [...places];
  return places.toSpliced(Math.min(index, places.length), 0, place);
}

/** As recipients' numbers are kept: E.164 once it can be read, otherwise as typed. */
export function normalizePlaceNumber(text: string, country: CountryCode): string {
  const phone = normalizePhoneNumber(text, country);
  return phone.ok ? phone.e164 : text.trim();
}

/** After the default country changed, numbers that now read as valid are normalised. */
export function renormalizePlaces(places: readonly TaskPlace[], country: CountryCode): TaskPlace[] {
  return places.map((place) => {
    const phone_number = normalizePlaceNumber(place.phone_number, country);
    return phone_number === place.phone_number ? place : { ...place, phone_number };
  });
}

/** The problem with a place's number, if any, read as recipients' numbers are. */
export function phoneProblem(text: string, country: CountryCode): RecipientIssue | undefined {
  const phone = normalizePhoneNumber(text, country);
  return phone.ok ? undefined : phoneNumberIssue(text, phone);
}
