import type { TFunction } from 'i18next';
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  PRIORITIES,
  readPriority,
  type StoredRecipient,
} from '../../../../shared/domain/recipients';
import { useCommitText } from '../../ui/use-commit-text';
import { ChoiceSelect } from './ChoiceSelect';
import { useIssueWords } from './issue-text';
import {
  cellText,
  LANGUAGE_LIST_ID,
  TIME_ZONE_LIST_ID,
  withCellText,
  type CellColumn,
} from './recipient-columns';
import { useRecipientStore } from './recipient-store-context';
import { problemFor } from './recipient-values';

export interface RecipientCellProps {
  row: StoredRecipient;
  column: CellColumn;
  /** Position in the view, 1-based, for labels such as "Phone number, row 3". */
  position: number;
  /** The problem with the stored value, if any. */
  problem: string | undefined;
  /** Tells the table which problem to explain under the grid (null: none). */
  onHint: (hint: string | null) => void;
}

/** Enter and Escape hand the keyboard back to the row, where arrows move between rows. */
function backToRow(event: KeyboardEvent<HTMLElement>) {
  if (event.key !== 'Enter' && event.key !== 'Escape') return;
  event.preventDefault();
  event.currentTarget.closest<HTMLElement>('[role="row"]')?.focus();
}

function useCellLabel(props: RecipientCellProps): string {
  const { t } = useTranslation('recipients');
  return t('row.cell', {
    column: t(`fields.${props.column.path}.label`),
    position: props.position,
  });
}

function PriorityCell(props: RecipientCellProps) {
  const { t } = useTranslation('recipients');
  const label = useCellLabel(props);
  const store = useRecipientStore();
  const raw = props.row.metadata.priority ?? '';
  return (
    <ChoiceSelect
      className="cell-input"
      aria-label={label}
      aria-invalid={props.problem ? true : undefined}
      title={props.problem}
      value={readPriority(raw) ?? raw}
      choices={PRIORITIES.map((value) => ({ value, label: t(`priority.${value}`) }))}
      data-column={props.column.key}
      onFocus={() => props.onHint(props.problem ?? null)}
      onBlur={() => props.onHint(null)}
      onKeyDown={backToRow}
      onChoose={(value) =>
        store.getState().editRow(props.row.id, withCellText(props.row, props.column, value))
      }
    />
  );
}

/** Typed text is checked as it is typed and saved on Enter or on leaving the cell. */
function TextCell(props: RecipientCellProps) {
  const store = useRecipientStore();
  const words = useIssueWords();
  const label = useCellLabel(props);
  const { row, column } = props;
  const check = (text: string) => {
    const found = problemFor(
      store.getState().checkRow(withCellText(row, column, text)),
      column.path,
    );
    return found ? words.issue(found) : undefined;
  };
  const { typing, liveProblem, inputProps } = useCommitText({
    value: cellText(row, column),
    onCommit: (text) => store.getState().editRow(row.id, withCellText(row, column, text)),
    check,
    onKeyDown: backToRow,
  });
  const problem = typing ? liveProblem : props.problem;
  const list =
    column.input === 'language'
      ? LANGUAGE_LIST_ID
      : column.input === 'time_zone'
        ? TIME_ZONE_LIST_ID
        : undefined;
  return (
    <input
      className="cell-input"
      aria-label={label}
      aria-invalid={problem ? true : undefined}
      title={problem}
      list={list}
      data-column={column.key}
      spellCheck={false}
      autoComplete="off"
      {...inputProps}
      onChange={(event) => {
        inputProps.onChange(event);
        props.onHint(check(event.target.value) ?? null);
      }}
      onFocus={() => props.onHint(problem ?? null)}
      onBlur={() => {
        inputProps.onBlur();
        props.onHint(null);
      }}
    />
  );
}

/** What a cell says when its row is not being edited. */
export function displayText(
  row: StoredRecipient,
  column: CellColumn,
  t: TFunction<'recipients'>,
): string {
  if (column.input !== 'priority') return cellText(row, column);
  const raw = row.metadata.priority ?? '';
  const priority = readPriority(raw);
  return priority ? t(`priority.${priority}`) : raw;
}

/**
 * One editable cell of the current row. Other rows show plain text (see RecipientRow): inputs
 * cost far more to create and paint, and with 100k rows every scrolled frame creates some.
 */
export function RecipientCell(props: RecipientCellProps) {
  return props.column.input === 'priority' ? <PriorityCell {...props} /> : <TextCell {...props} />;
}
