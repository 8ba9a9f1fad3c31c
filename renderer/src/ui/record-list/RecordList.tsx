import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { StoreApi, UseBoundStore } from 'zustand';
import type { ListedRecord, RecordListState } from './create-record-list-store';
import { RenameField } from './RenameField';

type RecordListStore<R extends ListedRecord, P> = UseBoundStore<StoreApi<RecordListState<R, P>>>;

/** What makes one kind of record's list its own; the actions are the same for every kind. */
export interface RecordListProps<R extends ListedRecord, P> {
  records: readonly R[];
  store: RecordListStore<R, P>;
  label: string;
  /** Names each item's record in a `data-<kind>-id` attribute, e.g. data-draft-id. */
  kind: string;
  onOpen: (id: string) => void;
  /** Why the record keeps its name, if it must. */
  nameLocked?: (record: R) => string | undefined;
  renderBadge?: (record: R) => ReactNode;
  renderDetails: (record: R) => ReactNode;
}

type ItemProps<R extends ListedRecord, P> = Omit<RecordListProps<R, P>, 'records' | 'label'> & {
  record: R;
  onDeleted: () => void;
};

/** One record in the list, with its actions; the name renames in place. */
function RecordListItem<R extends ListedRecord, P>(props: ItemProps<R, P>) {
  const { t } = useTranslation('common');
  const { record } = props;
  const rename = props.store((state) => state.rename);
  const duplicate = props.store((state) => state.duplicate);
  const remove = props.store((state) => state.remove);
  const [renaming, setRenaming] = useState(false);
  const locked = props.nameLocked?.(record);
  const name = { name: record.name };
  const actions = [
    {
      text: t('actions.rename'),
      label: t('actions.renameNamed', name),
      disabled: renaming || locked !== undefined,
      title: locked,
      run: () => setRenaming(true),
    },
    {
      text: t('actions.duplicate'),
      label: t('actions.duplicateNamed', name),
      run: () => void duplicate(record.id),
    },
    {
      text: t('actions.delete'),
      label: t('actions.deleteNamed', name),
      run: () => {
        props.onDeleted();
        void remove(record);
      },
    },
  ];

  return (
    <li className="draft-item" {...{ [`data-${props.kind}-id`]: record.id }}>
      <div className="draft-item__main">
        {renaming ? (
          <RenameField
            name={record.name}
            onRename={(name) => rename(record.id, name)}
            onDone={() => setRenaming(false)}
          />
        ) : (
          <h3 className="draft-item__title">
            <button
              type="button"
              className="draft-item__open"
              onClick={() => props.onOpen(record.id)}
            >
              {record.name}
            </button>
            {props.renderBadge?.(record)}
          </h3>
        )}
        {props.renderDetails(record)}
      </div>
      <div className="draft-item__actions">
        {actions.map((action) => (
          <button
            key={action.text}
            type="button"
            className="button button--small"
            aria-label={action.label}
            disabled={action.disabled}
            title={action.title}
            onClick={action.run}
          >
            {action.text}
          </button>
        ))}
      </div>
    </li>
  );
}

/** Marks the button that makes a new record, which takes focus once the list is empty. */
const NEW_RECORD = 'data-new-record';

/** Makes a new record and opens it. */
export function NewRecordButton<R extends ListedRecord, P>(props: {
  store: RecordListStore<R, P>;
  onCreated: (id: string) => void;
  label: string;
  creatingLabel: string;
}) {
  const create = props.store((state) => state.create);
  const creating = props.store((state) => state.creating);
  return (
    <button
      type="button"
      className="button button--primary"
      {...{ [NEW_RECORD]: true }}
      disabled={creating}
      onClick={() => {
        void create().then((id) => id && props.onCreated(id));
      }}
    >
      {creating ? props.creatingLabel : props.label}
    </button>
  );
}

/** Where keyboard focus goes once a record leaves the list: the next one, or the one before. */
function focusNeighbour(records: readonly ListedRecord[], id: string, kind: string) {
  const position = records.findIndex((record) => record.id === id);
  const neighbour = records[position + 1] ?? records[position - 1];
  requestAnimationFrame(() => {
    const target = neighbour
      ? document.querySelector<HTMLElement>(
          `[data-${kind}-id="${CSS.escape(neighbour.id)}"] .draft-item__open`,
        )
      : document.querySelector<HTMLElement>(`[${NEW_RECORD}]`);
    target?.focus();
  });
}

/** Campaign drafts or tasks, newest edit first, each with rename, duplicate and delete. */
export function RecordList<R extends ListedRecord, P>({
  records,
  label,
  ...item
}: RecordListProps<R, P>) {
  return (
    <ul className="draft-list" aria-label={label}>
      {records.map((record) => (
        <RecordListItem
          key={record.id}
          {...item}
          record={record}
          onDeleted={() => focusNeighbour(records, record.id, item.kind)}
        />
      ))}
    </ul>
  );
}
