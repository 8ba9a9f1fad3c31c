// A stored, normalised time zone is an IANA name spelled exactly as the tz database spells it:
// it is passed on to ElevenLabs (a tzinfo lookup, case-sensitive on Linux) and to call-window
// planning. Reading what people typed forgives case; the canonical spelling is what is kept.

// Names every runtime knows but that Intl.supportedValuesOf leaves out, because it lists
// only canonical zones (and which name is canonical changed between ICU versions).
const KNOWN_ALIASES = [
  'UTC',
  'Etc/UTC',
  'GMT',
  'Etc/GMT',
  'Europe/Kiev',
  'Europe/Kyiv',
  'Asia/Calcutta',
  'Asia/Kolkata',
  'Asia/Saigon',
  'Asia/Ho_Chi_Minh',
  'Asia/Katmandu',
  'Asia/Kathmandu',
  'Asia/Rangoon',
  'Asia/Yangon',
  'America/Buenos_Aires',
  'America/Argentina/Buenos_Aires',
  'America/Indianapolis',
  'America/Indiana/Indianapolis',
  'Atlantic/Faeroe',
  'Atlantic/Faroe',
  'Pacific/Truk',
  'Pacific/Chuuk',
  'US/Eastern',
  'US/Central',
  'US/Mountain',
  'US/Pacific',
  'US/Alaska',
  'US/Hawaii',
  'US/Arizona',
  'Canada/Eastern',
  'Canada/Central',
  'Canada/Mountain',
  'Canada/Pacific',
  'Canada/Atlantic',
];

function supportedZones(): string[] {
  try {
    return Intl.supportedValuesOf('timeZone');
  } catch {
    return [];
  }
}

let exactNames: Set<string> | undefined;
let spellingByLowerCase: Map<string, string> | undefined;

function zoneIndex(): { exact: Set<string>; byLowerCase: Map<string, string> } {
  if (!exactNames || !spellingByLowerCase) {
    exactNames = new Set([...supportedZones(), ...KNOWN_ALIASES]);
    spellingByLowerCase = new Map([...exactNames].map((name) => [name.toLowerCase(), name]));
  }
  return { exact: exactNames, byLowerCase: spellingByLowerCase };
}

// Constructing a DateTimeFormat costs tens of microseconds, too slow for 100k rows, so each
// distinct name is asked about once.
const runtimeAnswers = new Map<string, boolean>();

function runtimeKnowsZone(name: string): boolean {
  let known = runtimeAnswers.get(name);
  if (known === undefined) {
    try {
      new Intl.DateTimeFormat('en', { timeZone: name });
      known = true;
    } catch {
      known = false;
    }
    if (runtimeAnswers.size > 10_000) runtimeAnswers.clear();
    runtimeAnswers.set(name, known);
  }
  return known;
}

// Newer runtimes accept "+01:00" as a time zone; it is not an IANA name and has no summer
// time, so it is refused everywhere rather than accepted on some machines only.
const OFFSET_LIKE = /^(?:utc|gmt)?\s*[+\-\u2212]\s*\d/i;

const LOOKS_LIKE_TZ_NAME = /^[A-Z][A-Za-z0-9_+-]*(?:\/[A-Z][A-Za-z0-9_+-]*)*$/;

export type TimeZoneResult =
  | {
      ok: true;
      /** The zone spelled exactly as the tz database spells it. */
      name: string;
    }
  | { ok: false; code: 'time_zone_offset' | 'time_zone_unknown'; suggestion?: string };

/**
 * Reads a time zone as typed: surrounding spaces and letter case are forgiven
 * ('europe/warsaw' → 'Europe/Warsaw'); aliases such as 'UTC' and 'Europe/Kiev' are kept.
 */
export function resolveTimeZone(raw: string): TimeZoneResult {
  const typed = raw.trim();
  const { exact, byLowerCase } = zoneIndex();
  if (exact.has(typed)) return { ok: true, name: typed };
  const spelling = byLowerCase.get(typed.toLowerCase());
  if (spelling !== undefined) return { ok: true, name: spelling };
  if (OFFSET_LIKE.test(typed)) return { ok: false, code: 'time_zone_offset' };
  // Old tz-database links the runtime knows but our list does not ('Europe/Belfast', 'EST').
  // Intl ignores case, so require what every tz name looks like: each part capitalised.
  if (LOOKS_LIKE_TZ_NAME.test(typed) && runtimeKnowsZone(typed)) return { ok: true, name: typed };
  const suggestion = suggestTimeZone(typed);
  return suggestion === undefined
    ? { ok: false, code: 'time_zone_unknown' }
    : { ok: false, code: 'time_zone_unknown', suggestion };
}

/** Whether `name` is an IANA time zone spelled exactly right ('Europe/Warsaw', 'UTC'). */
export function isValidTimeZone(name: string): boolean {
  const result = resolveTimeZone(name);
  return result.ok && result.name === name;
}

/** Every IANA zone the runtime lists, plus UTC, sorted. */
export function listTimeZones(): string[] {
  const zones = new Set(supportedZones());
  zones.add('UTC');
  return [...zones].sort();
}

const suggestionCache = new Map<string, string | null>();

/**
 * A likely intended zone for a wrong one: by city alone ('Warsaw', 'new york'), or by a
 * near-miss spelling within the same area ('Europe/Warsawa').
 */
export function suggestTimeZone(raw: string): string | undefined {
  const key = raw.trim().toLowerCase();
  if (key === '' || key.length > 64) return undefined;
  let cached = suggestionCache.get(key);
  if (cached === undefined) {
    cached = computeSuggestion(key) ?? null;
    if (suggestionCache.size > 10_000) suggestionCache.clear();
    suggestionCache.set(key, cached);
  }
  return cached ?? undefined;
}

function computeSuggestion(key: string): string | undefined {
  const { byLowerCase } = zoneIndex();
  const asCity = key.replace(/\s+/g, '_');
  const slash = asCity.lastIndexOf('/');
  const area = slash === -1 ? undefined : asCity.slice(0, slash);
  const city = slash === -1 ? asCity : asCity.slice(slash + 1);
  let best: string | undefined;
  let bestDistance = 3;
  for (const [lower, spelling] of byLowerCase) {
    const zoneSlash = lower.lastIndexOf('/');
    if (zoneSlash === -1) continue;
    const zoneCity = lower.slice(zoneSlash + 1);
    if (area === undefined) {
      if (zoneCity === city) return spelling;
      continue;
    }
    // Comparing only within the typed area keeps this cheap and the suggestions plausible.
    if (lower.slice(0, zoneSlash) !== area) continue;
    const distance = boundedEditDistance(zoneCity, city, bestDistance);
    if (distance < bestDistance) {
      bestDistance = distance;
      best = spelling;
    }
  }
  return best;
}

/** Levenshtein distance, or `limit` as soon as the distance is known to reach it. */
function boundedEditDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) >= limit) return limit;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
      current.push(value);
      if (value < rowMin) rowMin = value;
    }
    if (rowMin >= limit) return limit;
    previous = current;
  }
  return Math.min(previous[b.length] ?? limit, limit);
}
