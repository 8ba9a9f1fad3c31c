import { listLanguages, listTimeZones } from '../../../../shared/domain/recipients';

let languages: ReturnType<typeof listLanguages> | undefined;
let timeZones: string[] | undefined;

/** Suggestions for language inputs: typing "pol" offers pl — Polish. */
export function LanguageOptions({ id }: { id: string }) {
  languages ??= listLanguages();
  return (
    <datalist id={id}>
      {languages.map((language) => (
        <option key={language.code} value={language.code} label={language.name} />
      ))}
    </datalist>
  );
}

/** Suggestions for time-zone inputs, searchable by any part such as "Warsaw". */
export function TimeZoneOptions({ id }: { id: string }) {
  timeZones ??= listTimeZones();
  return (
    <datalist id={id}>
      {timeZones.map((zone) => (
        <option key={zone} value={zone} />
      ))}
    </datalist>
  );
}
