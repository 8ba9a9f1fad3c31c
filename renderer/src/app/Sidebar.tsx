import { sections, useNavigation, type Section } from './navigation-store';

const labels: Record<Section, string> = {
  campaigns: 'Campaigns',
  monitor: 'Monitor',
  tasks: 'Tasks',
  settings: 'Settings',
};

export function Sidebar() {
  const { section, go, closeDraft, closeTask } = useNavigation();
  const choose = (name: Section) => {
    // A second click on a section leaves what is open there for its list, as "home" would.
    if (name === section && name === 'campaigns') closeDraft();
    if (name === section && name === 'tasks') closeTask();
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
