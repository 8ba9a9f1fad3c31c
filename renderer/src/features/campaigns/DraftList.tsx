import type { DraftProblem, DraftSummary } from '../../../../shared/domain/drafts/draft';
import { DraftListItem } from './DraftListItem';

/** Where keyboard focus goes once a draft leaves the list: the next one, or the one before. */
function focusNeighbour(drafts: readonly DraftSummary[], id: string) {
  const position = drafts.findIndex((draft) => draft.id === id);
  const neighbour = drafts[position + 1] ?? drafts[position - 1];
  requestAnimationFrame(() => {
    const target = neighbour
      ? document.querySelector<HTMLElement>(
          `[data-draft-id="${CSS.escape(neighbour.id)}"] .draft-item__open`,
        )
      : document.querySelector<HTMLElement>('[data-new-campaign]');
    target?.focus();
  });
}

export function DraftList(props: { drafts: readonly DraftSummary[] }) {
  return (
    <ul className="draft-list" aria-label="Campaign drafts">
      {props.drafts.map((draft) => (
        <DraftListItem
          key={draft.id}
          draft={draft}
          onDeleted={() => focusNeighbour(props.drafts, draft.id)}
        />
      ))}
    </ul>
  );
}

/** Draft files that could not be read: said plainly, with where the file now is. */
export function DraftProblemsNotice(props: { problems: readonly DraftProblem[] }) {
  if (props.problems.length === 0) return null;
  const n = props.problems.length;
  return (
    <section
      className="notice notice--warning notice--block"
      aria-label="Campaigns that could not be opened"
    >
      <p className="notice__text">
        {n === 1
          ? 'One saved campaign could not be opened, because its file is damaged.'
          : `${n} saved campaigns could not be opened, because their files are damaged.`}{' '}
        {n === 1 ? 'It was' : 'They were'} set aside so that nothing overwrites{' '}
        {n === 1 ? 'it' : 'them'}; everything else is fine.
      </p>
      <details>
        <summary>Show where</summary>
        <ul className="problem-list">
          {props.problems.map((problem) => (
            <li key={problem.file}>
              {problem.message} Moved to <code>{problem.movedTo}</code>
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}
