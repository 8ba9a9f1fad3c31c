import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { listLanguages, listTimeZones } from '../../../../shared/domain/recipients';

let timeZones: string[] | undefined;

/** Suggestions for language inputs: typing "pol" offers pl — Polish (named in the UI language). */
export function LanguageOptions({ id }: { id: string }) {
  const { i18n } = useTranslation();
  const uiLanguage = i18n.resolvedLanguage ?? i18n.language;
  const languages = useMemo(() => {
    const names = new Intl.DisplayNames([uiLanguage], { type: 'language', fallback: 'none' });
    return listLanguages().map((language) => ({
      code: language.code,
      name: names.of(language.code) ?? language.name,
    }));
  }, [uiLanguage]);
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
