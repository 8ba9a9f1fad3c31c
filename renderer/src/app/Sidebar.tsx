import { useTranslation } from 'react-i18next';
import { sections, useNavigation, type Section } from './navigation-store';

export function Sidebar() {
  const { t } = useTranslation();
  const { section, go, closeDraft, closeTask } = useNavigation();
  const choose = (name: Section) => {
    // A second click on a section leaves what is open there for its list, as "home" would.
    if (name === section && name === 'campaigns') closeDraft();
    if (name === section && name === 'tasks') closeTask();
    go(name);
  };
  return (
    <nav className="sidebar" aria-label={t('sections.label')}>
      <div className="sidebar__brand">{t('appName')}</div>
      <ul>
        {sections.map((name) => (
          <li key={name}>
            <button
              type="button"
              className={`sidebar__link${section === name ? ' sidebar__link--active' : ''}`}
              aria-current={section === name ? 'page' : undefined}
              onClick={() => choose(name)}
            >
              {t(`sections.${name}`)}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
