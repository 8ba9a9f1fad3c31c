import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import {
  useCallback,
  useDeferredValue,
  useEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
} from 'react';
import { useTranslation } from 'react-i18next';
import { CELL_COLUMNS, LANGUAGE_LIST_ID, TIME_ZONE_LIST_ID } from './recipient-columns';
import { LanguageOptions, TimeZoneOptions } from './choice-lists';
import type { SortColumn } from './recipient-query';
import { RecipientRow } from './RecipientRow';
import { issuesFor, type FocusRequest } from './recipient-store';
import { useRecipients, useRecipientStore } from './recipient-store-context';

const ROW_HEIGHT = 40;
const HINT_ID = 'recipient-grid-hint';
const SORT_ARROWS = { ascending: '▲', descending: '▼', none: null } as const;

function useSortable(): ReadonlyArray<{ key: SortColumn; label: string }> {
  const { t } = useTranslation('recipients');
  return [
    ...CELL_COLUMNS.map((column) => ({
      key: column.key,
      label: t(`fields.${column.path}.label`),
    })),
    { key: 'status', label: t('table.status') },
  ];
}

function SortHeader({ column }: { column: { key: SortColumn; label: string } }) {
  const sort = useRecipients((state) => state.query.sort);
  const setQuery = useRecipients((state) => state.setQuery);
  const active = sort?.column === column.key;
  const next = !active
    ? { column: column.key, descending: false }
    : sort.descending
      ? null
      : { column: column.key, descending: true };
  const order = active ? (sort.descending ? 'descending' : 'ascending') : 'none';
  return (
    <div role="columnheader" aria-sort={order}>
      <button type="button" className="sort-button" onClick={() => setQuery({ sort: next })}>
        {column.label}
        <span aria-hidden="true" className="sort-button__arrow">
          {SORT_ARROWS[order]}
        </span>
      </button>
    </div>
  );
}

function SelectAllHeader() {
  const { t } = useTranslation('recipients');
  const view = useRecipients((state) => state.view);
  const selected = useRecipients((state) => state.selected);
  const store = useRecipientStore();
  const all = view.length > 0 && selected.size === view.length;
  return (
    <div role="columnheader" className="recipient-grid__check">
      <input
        type="checkbox"
        aria-label={t('table.selectAll')}
        checked={all}
        ref={(box) => {
          if (box) box.indeterminate = selected.size > 0 && !all;
        }}
        onChange={() =>
          all ? store.getState().clearSelection() : store.getState().selectAllMatching()
        }
      />
    </div>
  );
}

/** The virtualised recipient grid: only the rows on screen exist in the page. */
export function RecipientTable(props: { onRemove: (ids: readonly string[]) => void }) {
  const { t } = useTranslation('recipients');
  const sortable = useSortable();
  const store = useRecipientStore();
  const latestView = useRecipients((state) => state.view);
  // The grid follows the list a render behind: when an import adds 100k rows, the list changes
  // (toolbar, counts) in one task and the grid measures and draws them in a later one, instead
  // of one task long enough to freeze the window.
  const view = useDeferredValue(latestView);
  const recipients = useRecipients((state) => state.recipients);
  const indexById = useRecipients((state) => state.indexById);
  const selected = useRecipients((state) => state.selected);
  const activeId = useRecipients((state) => state.activeId);
  const check = useRecipients((state) => state.check);
  const fresh = useRecipients((state) => state.fresh);
  const readOnly = useRecipients((state) => state.readOnly);
  const focusRequest = useRecipients((state) => state.focusRequest);
  const [hint, setHint] = useState<string | null>(null);
  const scrollRef = useRef<HTMLDivElement>(null);

  const activeIndex = useMemo(
    () => (activeId === null ? -1 : view.indexOf(activeId)),
    [view, activeId],
  );
  const tabbableIndex = activeIndex === -1 ? 0 : activeIndex;
  // The focused row must stay in the page even when scrolled away, or focus would be lost.
  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      if (tabbableIndex < view.length && !indexes.includes(tabbableIndex)) {
        indexes.push(tabbableIndex);
        indexes.sort((a, b) => a - b);
      }
      return indexes;
    },
    [tabbableIndex, view.length],
  );
  // The warning is about React Compiler, which this app does not use; rows are memoised by hand.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: view.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 6,
    rangeExtractor,
  });

  // Each request is carried out once, even if the view changes while it is pending.
  const handledRequest = useRef<FocusRequest | null>(null);
  useEffect(() => {
    const body = scrollRef.current;
    if (!focusRequest || handledRequest.current === focusRequest || !body) return;
    // A request for a row the grid doesn't show yet waits for the grid to catch up.
    if (view !== latestView) return;
    handledRequest.current = focusRequest;
    const index = view.indexOf(focusRequest.id);
    if (index === -1) return;
    // Scrolling reads the page's layout, which right after an import's rows arrived costs tens
    // of milliseconds; a row already in view needs none.
    const top = index * ROW_HEIGHT;
    const scrolled = virtualizer.scrollOffset ?? 0;
    const shown = virtualizer.scrollRect?.height ?? 0;
    if (top < scrolled || top + ROW_HEIGHT > scrolled + shown) {
      virtualizer.scrollToIndex(index, { align: 'auto' });
    }
    const focus = document.activeElement;
    const lost = focus === null || focus === document.body;
    if (!focusRequest.takeFocus && !lost && !body.contains(focus)) return;
    // The row is rendered by now (the active row always is), but scrolling settles next frame.
    requestAnimationFrame(() => {
      const row = body.querySelector<HTMLElement>(`[data-row-id="${CSS.escape(focusRequest.id)}"]`);
      const target =
        focusRequest.column === null
          ? row
          : row?.querySelector<HTMLElement>(`[data-column="${focusRequest.column}"]`);
      target?.focus({ preventScroll: true });
      // A cell entered by clicking its text continues where the text ends.
      if (target instanceof HTMLInputElement) {
        target.setSelectionRange(target.value.length, target.value.length);
      }
    });
  }, [focusRequest, view, latestView, virtualizer]);

  const { onRemove } = props;
  const remove = useCallback((id: string) => onRemove([id]), [onRemove]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    // Keys inside a cell belong to the cell; only a focused row navigates.
    if ((event.target as HTMLElement).getAttribute('role') !== 'row') return;
    const state = store.getState();
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 400) / ROW_HEIGHT) - 1);
    const moves: Record<string, number> = {
      ArrowDown: 1,
      ArrowUp: -1,
      PageDown: page,
      PageUp: -page,
      Home: -view.length,
      End: view.length,
    };
    const move = moves[event.key];
    const id = state.activeId ?? view[0];
    if (move !== undefined) {
      state.moveActive(move, event.shiftKey);
    } else if (event.key === 'Enter' && id !== undefined) {
      state.openDetails(id);
    } else if (event.key === ' ' && id !== undefined) {
      state.select(id, 'toggle');
    } else if ((event.key === 'Delete' || event.key === 'Backspace') && id !== undefined) {
      onRemove(state.selected.size > 0 ? [...state.selected] : [id]);
    } else if (event.key === 'Escape') {
      if (state.detailsId !== null) state.closeDetails();
      else state.clearSelection();
    } else if (event.key === 'a' && (event.ctrlKey || event.metaKey)) {
      state.selectAllMatching();
    } else {
      return;
    }
    event.preventDefault();
  };

  return (
    <div className="recipient-grid-wrap">
      <div
        role="grid"
        aria-label={t('table.label')}
        aria-rowcount={view.length + 1}
        aria-multiselectable="true"
        aria-readonly={readOnly || undefined}
        aria-describedby={HINT_ID}
        className="recipient-grid"
      >
        <div role="rowgroup">
          <div role="row" aria-rowindex={1} className="recipient-grid__row recipient-grid__head">
            <SelectAllHeader />
            {sortable.map((column) => (
              <SortHeader key={column.key} column={column} />
            ))}
            <div role="columnheader">
              <span className="visually-hidden">{t('table.remove')}</span>
            </div>
          </div>
        </div>
        <div role="rowgroup" ref={scrollRef} className="recipient-grid__body" onKeyDown={onKeyDown}>
          {view.length === 0 ? (
            <p className="recipient-grid__empty">
              {recipients.length === 0 ? t('table.empty') : t('table.noMatch')}
            </p>
          ) : null}
          <div role="presentation" style={{ height: virtualizer.getTotalSize() }}>
            {virtualizer.getVirtualItems().map((item) => {
              const id = view[item.index];
              const index = id === undefined ? undefined : indexById.get(id);
              const row = index === undefined ? undefined : recipients[index];
              if (!row) return null;
              return (
                <RecipientRow
                  key={row.id}
                  row={row}
                  position={item.index + 1}
                  top={item.start}
                  issues={issuesFor({ check, fresh }, row.id)}
                  selected={selected.has(row.id)}
                  active={item.index === activeIndex}
                  tabbable={item.index === tabbableIndex}
                  readOnly={readOnly}
                  onHint={setHint}
                  onRemove={remove}
                />
              );
            })}
          </div>
        </div>
      </div>
      <p
        id={HINT_ID}
        className={`grid-hint${hint ? ' grid-hint--problem' : ''}`}
        aria-live="polite"
      >
        {hint ?? t('table.keyboardHelp')}
      </p>
      <LanguageOptions id={LANGUAGE_LIST_ID} />
      <TimeZoneOptions id={TIME_ZONE_LIST_ID} />
    </div>
  );
}
