import { memo, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecipientIssue, StoredRecipient } from '../../../../shared/domain/recipients';
import { useIssueWords } from './issue-text';
import { displayText, RecipientCell } from './RecipientCell';
import { CELL_COLUMNS } from './recipient-columns';
import type { SelectMode } from './recipient-store';
import { useRecipientStore } from './recipient-store-context';

import { problemFor } from './recipient-values';

export interface RecipientRowProps {
  row: StoredRecipient;
  /** Position in the view, 1-based. */
  position: number;
  top: number;
  issues: readonly RecipientIssue[] | undefined;
  selected: boolean;
  /** The current row: its cells are inputs, the other rows show text. */
  active: boolean;
  /** The one row Tab reaches (roving focus), with its controls. */
  tabbable: boolean;
  readOnly: boolean;
  onHint: (hint: string | null) => void;
  onRemove: (id: string) => void;
}

/**
 * A plain click makes the row the current one (and where a Shift-click range starts); rows are
 * selected with their checkbox, Space, Shift- and Ctrl-clicks, so clicking into a cell to type
 * never turns into a bulk selection.
 */
function modeOf(event: MouseEvent): SelectMode {
  if (event.shiftKey) return 'range';
  return event.ctrlKey || event.metaKey ? 'toggle' : 'anchor';
}

/** A cell of a row that is not being edited; its full text (or problem) shows on hover. */
function CellText(props: { column: string; text: string; problem: string | undefined }) {
  return (
    <span className="cell-text" data-column={props.column} title={props.problem ?? props.text}>
      {props.text}
    </span>
  );
}

/** Keeps the mouse press on a control from also changing the row selection. */
const keepSelection = (event: MouseEvent) => event.stopPropagation();

export const RecipientRow = memo(function RecipientRow(props: RecipientRowProps) {
  const { t } = useTranslation('recipients');
  const words = useIssueWords();
  const store = useRecipientStore();
  const { row, position } = props;
  const status = words.status(props.issues);
  const tabIndex = props.tabbable ? 0 : -1;
  const editing = props.active && !props.readOnly;
  const className = [
    'recipient-grid__row',
    props.selected ? 'recipient-grid__row--selected' : '',
    props.active ? 'recipient-grid__row--active' : '',
  ]
    .filter(Boolean)
    .join(' ');

  const onMouseDown = (event: MouseEvent<HTMLDivElement>) => {
    if (event.button !== 0) return;
    const mode = modeOf(event);
    const column = (event.target as HTMLElement).closest<HTMLElement>('.cell-text')?.dataset[
      'column'
    ];
    if (mode !== 'anchor' || column) {
      // Shift- and Ctrl-clicks must not start editing; a click on a text cell waits for its input.
      event.preventDefault();
    }
    if (!editing) {
      // A field left half-typed in the row being left would vanish with its input unsaved.
      const focused = document.activeElement;
      if (focused instanceof HTMLInputElement && !event.currentTarget.contains(focused)) {
        focused.blur();
      }
    }
    const state = store.getState();
    state.select(row.id, mode);
    if (mode === 'anchor' && column && !props.readOnly) state.focusRow(row.id, column);
  };

  return (
    <div
      role="row"
      aria-rowindex={position + 1}
      aria-selected={props.selected}
      aria-label={t('row.label', { position })}
      tabIndex={tabIndex}
      className={className}
      data-row-id={row.id}
      style={{ transform: `translateY(${props.top}px)` }}
      onMouseDown={onMouseDown}
      onFocus={() => {
        if (!props.active) store.setState({ activeId: row.id });
      }}
    >
      <div role="gridcell" className="recipient-grid__check">
        <input
          type="checkbox"
          aria-label={t('row.select', { position })}
          checked={props.selected}
          tabIndex={tabIndex}
          onMouseDown={keepSelection}
          onChange={(event) => {
            const shift = 'shiftKey' in event.nativeEvent && event.nativeEvent.shiftKey === true;
            store.getState().select(row.id, shift ? 'range' : 'toggle');
          }}
        />
      </div>
      {CELL_COLUMNS.map((column) => {
        const found = problemFor(props.issues, column.path);
        const problem = found ? words.issue(found) : undefined;
        return (
          <div key={column.key} role="gridcell" aria-invalid={problem ? true : undefined}>
            {editing ? (
              <RecipientCell
                row={row}
                column={column}
                position={position}
                problem={problem}
                onHint={props.onHint}
              />
            ) : (
              <CellText column={column.key} text={displayText(row, column, t)} problem={problem} />
            )}
          </div>
        );
      })}
      <div role="gridcell">
        <button
          type="button"
          className={`recipient-status recipient-status--${status.tone}`}
          title={status.detail}
          aria-label={t('row.statusDetails', { status: status.text, position })}
          tabIndex={tabIndex}
          onClick={() => store.getState().openDetails(row.id)}
        >
          {status.text}
        </button>
      </div>
      <div role="gridcell">
        {props.readOnly ? null : (
          <button
            type="button"
            className="icon-button"
            aria-label={t('row.remove', { position })}
            tabIndex={tabIndex}
            onMouseDown={keepSelection}
            onClick={() => props.onRemove(row.id)}
          >
            ×
          </button>
        )}
      </div>
    </div>
  );
});
