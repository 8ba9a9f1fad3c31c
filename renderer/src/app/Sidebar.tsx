import { sections, useNavigation, type Section } from './navigation-store';

const labels: Record<Section, string> = {
  campaigns: 'Campaigns',
  monitor: 'Monitor',
  settings: 'Settings',
};

export function Sidebar() {
  const { section, go, closeDraft } = useNavigation();
  const choose = (name: Section) => {
    // A second click on Campaigns leaves the open draft for the list, as a "home" click would.
    if (name === 'campaigns' && section === 'campaigns') closeDraft();
    go(name);
  };
  return (
    <nav className="sidebar" aria-label="Sections">
      <div className="sidebar__brand">Callsheet</div>
      <ul>
        {sections.map((name) => (
          <li key={name}>
            <button
              type="button"
              className={`sidebar__link${section === name ? ' sidebar__link--active' : ''}`}
              aria-current={section === name ? 'page' : undefined}
              onClick={() => choose(name)}
            >
              {labels[name]}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
