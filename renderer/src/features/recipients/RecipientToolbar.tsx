import { useDeferredValue, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PRIORITIES } from '../../../../shared/domain/recipients';
import { SearchField } from '../../ui/SearchField';
import { collectTags, NO_PRIORITY, type ShowFilter } from './recipient-query';
import { useRecipients, useRecipientStore } from './recipient-store-context';

const SEARCH_DELAY_MS = 200;

const SHOW_FILTERS: readonly ShowFilter[] = ['all', 'attention', 'duplicates'];

function SearchBox() {
  const { t } = useTranslation('recipients');
  const setQuery = useRecipients((state) => state.setQuery);
  const applied = useRecipients((state) => state.query.search);
  const [text, setText] = useState(applied);
  // Filtering 100k rows per keystroke would lag; the search runs once typing pauses.
  useEffect(() => {
    if (text === applied) return;
    const timer = setTimeout(() => setQuery({ search: text }), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [text, applied, setQuery]);
  return (
    <div className="toolbar__search">
      <SearchField
        label={t('toolbar.search')}
        placeholder={t('toolbar.searchPlaceholder')}
        value={text}
        onChange={setText}
        hideLabel
      />
    </div>
  );
}

function TagFilter() {
  const { t } = useTranslation('recipients');
  const recipients = useRecipients((state) => state.recipients);
  const tag = useRecipients((state) => state.query.tag);
  const setQuery = useRecipients((state) => state.setQuery);
  // Collecting tags walks every row; let it lag behind typing rather than slow it down.
  const deferred = useDeferredValue(recipients);
  const tags = useMemo(() => collectTags(deferred), [deferred]);
  return (
    <select
      className="input input--auto"
      aria-label={t('toolbar.tagFilter')}
      value={tag ?? ''}
      onChange={(event) => setQuery({ tag: event.target.value || null })}
    >
      <option value="">{t('toolbar.allTags')}</option>
      {tags.map((name) => (
        <option key={name} value={name}>
          {name}
        </option>
      ))}
    </select>
  );
}

/** `actions` go before Undo: the list's way in and out (import, export). */
export function RecipientToolbar(props: { actions?: ReactNode }) {
  const { t } = useTranslation(['recipients', 'common']);
  const store = useRecipientStore();
  const query = useRecipients((state) => state.query);
  const canUndo = useRecipients((state) => state.past.length > 0 && !state.readOnly);
  const canRedo = useRecipients((state) => state.future.length > 0 && !state.readOnly);
  const readOnly = useRecipients((state) => state.readOnly);
  const setQuery = useRecipients((state) => state.setQuery);

  return (
    <div className="toolbar" role="toolbar" aria-label={t('toolbar.label')}>
      <SearchBox />
      <select
        className="input input--auto"
        aria-label={t('toolbar.show')}
        value={query.show}
        onChange={(event) => setQuery({ show: event.target.value as ShowFilter })}
      >
        {SHOW_FILTERS.map((show) => (
          <option key={show} value={show}>
            {t(`toolbar.showFilters.${show}`)}
          </option>
        ))}
      </select>
      <TagFilter />
      <select
        className="input input--auto"
        aria-label={t('toolbar.priorityFilter')}
        value={query.priority ?? ''}
        onChange={(event) => setQuery({ priority: event.target.value || null })}
      >
        <option value="">{t('toolbar.anyPriority')}</option>
        {PRIORITIES.map((priority) => (
          <option key={priority} value={priority}>
            {t(`priority.${priority}`)}
          </option>
        ))}
        <option value={NO_PRIORITY}>{t('toolbar.noPriority')}</option>
      </select>
      <span className="toolbar__spacer" />
      {/* One group, so on a narrow window the buttons wrap together under the filters. */}
      <div className="toolbar__actions">
        {props.actions}
        <button
          type="button"
          className="button"
          disabled={!canUndo}
          aria-keyshortcuts="Control+Z"
          onClick={() => store.getState().undo()}
        >
          {t('common:actions.undo')}
        </button>
        <button
          type="button"
          className="button"
          disabled={!canRedo}
          aria-keyshortcuts="Control+Shift+Z Control+Y"
          onClick={() => store.getState().redo()}
        >
          {t('toolbar.redo')}
        </button>
        {readOnly ? null : (
          <button
            type="button"
            className="button button--primary"
            onClick={() => store.getState().addRecipient()}
          >
            {t('toolbar.add')}
          </button>
        )}
      </div>
    </div>
  );
}
