import { useTranslation } from 'react-i18next';
import {
  LanguagePreferenceSchema,
  resolveUiLanguage,
  uiLanguages,
  type UiLanguage,
} from '../../../../shared/domain/language';
import { useLanguage } from '../../i18n/language-store';
import { ErrorNotice } from '../../ui/ErrorNotice';

/** Each language named in itself, so someone who can't read the current one still finds theirs. */
function ownName(language: UiLanguage): string {
  const name = new Intl.DisplayNames([language], { type: 'language' }).of(language) ?? language;
  return name.charAt(0).toLocaleUpperCase(language) + name.slice(1);
}

export function LanguageSection() {
  const { t } = useTranslation('settings');
  const { preference, error, choose } = useLanguage();
  const systemLanguage = resolveUiLanguage('system', navigator.languages);
  return (
    <section className="card" aria-labelledby="language-heading">
      <h2 id="language-heading">{t('language.heading')}</h2>
      <div className="field">
        <label htmlFor="language-choice" className="field-label">
          {t('language.label')}
        </label>
        <select
          id="language-choice"
          className="input input--auto"
          value={preference}
          onChange={(event) => {
            const chosen = LanguagePreferenceSchema.safeParse(event.target.value);
            if (chosen.success) void choose(chosen.data);
          }}
        >
          <option value="system">
            {t('language.system', { language: ownName(systemLanguage) })}
          </option>
          {uiLanguages.map((language) => (
            <option key={language} value={language} lang={language}>
              {ownName(language)}
            </option>
          ))}
        </select>
      </div>
      <p className="muted">{t('language.hint')}</p>
      <ErrorNotice error={error} />
    </section>
  );
}
