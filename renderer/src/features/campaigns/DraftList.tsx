import { useTranslation } from 'react-i18next';
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
  const { t } = useTranslation('campaigns');
  return (
    <ul className="draft-list" aria-label={t('list.label')}>
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

/**
 * Files that could not be read (drafts, tasks or saved results): said plainly, with where each
 * file now is.
 */
export function DraftProblemsNotice(props: {
  problems: readonly DraftProblem[];
  kind?: 'campaign' | 'task' | 'results';
}) {
  const { t, i18n } = useTranslation('campaigns');
  if (props.problems.length === 0) return null;
  const language = i18n.resolvedLanguage;
  const kind = props.kind ?? 'campaign';
  const count = props.problems.length;
  return (
    <section
      className="notice notice--warning notice--block"
      aria-label={t(`damaged.${kind}.label`)}
    >
      <p className="notice__text">{t(`damaged.${kind}.text`, { count })}</p>
      <details>
        <summary>{t('damaged.showWhere')}</summary>
        <ul className="problem-list">
          {props.problems.map((problem) => (
            <li key={problem.file}>
              {/* Main says in English what happened to the file; other languages name it. */}
              {language === 'en'
                ? `${problem.message} ${t('damaged.movedTo')}`
                : t('damaged.movedFile', { file: problem.file })}{' '}
              <code>{problem.movedTo}</code>
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}
