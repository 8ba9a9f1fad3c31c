import { useTranslation } from 'react-i18next';
import type { DraftProblem } from '../../../shared/domain/drafts/draft';

/**
 * Files that could not be read (drafts, tasks or saved results): said plainly, with where each
 * file now is.
 */
export function UnreadableFilesNotice(props: {
  problems: readonly DraftProblem[];
  kind: 'campaign' | 'task' | 'results';
}) {
  const { t, i18n } = useTranslation('common');
  if (props.problems.length === 0) return null;
  const language = i18n.resolvedLanguage;
  const { kind } = props;
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
