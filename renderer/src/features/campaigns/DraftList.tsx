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

const CAMPAIGNS = { one: 'campaign', many: 'campaigns' };

/**
 * Files that could not be read (drafts, or another kind of record named by `noun`): said
 * plainly, with where each file now is.
 */
export function DraftProblemsNotice(props: {
  problems: readonly DraftProblem[];
  noun?: { one: string; many: string };
}) {
  if (props.problems.length === 0) return null;
  const { one, many } = props.noun ?? CAMPAIGNS;
  const n = props.problems.length;
  return (
    <section
      className="notice notice--warning notice--block"
      aria-label={`${many.charAt(0).toUpperCase()}${many.slice(1)} that could not be opened`}
    >
      <p className="notice__text">
        {n === 1
          ? `One saved ${one} could not be opened, because its file is damaged.`
          : `${n} saved ${many} could not be opened, because their files are damaged.`}{' '}
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
