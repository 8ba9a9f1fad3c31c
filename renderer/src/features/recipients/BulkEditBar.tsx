import { useId, useState } from 'react';
import { recipientField } from '../../../../shared/domain/recipients';
import { showToast } from '../../ui/toast-store';
import { ChoiceSelect } from './ChoiceSelect';
import type { Change } from './recipient-changes';
import { LANGUAGE_LIST_ID, TIME_ZONE_LIST_ID } from './recipient-columns';
import { useRecipients, useRecipientStore } from './recipient-store-context';
import type { TextFieldPath } from './recipient-values';

// The phone number and the name are each person's own, so they are never set in bulk.
const BULK_FIELDS: readonly TextFieldPath[] = [
  'contact_info.company',
  'contact_info.title',
  'contact_info.department',
  'preferences.language',
  'preferences.timezone',
  'metadata.priority',
  'metadata.customer_type',
];

const LISTS: Partial<Record<TextFieldPath, string>> = {
  'preferences.language': LANGUAGE_LIST_ID,
  'preferences.timezone': TIME_ZONE_LIST_ID,
};

const count = new Intl.NumberFormat();

function recipients(n: number): string {
  return `${count.format(n)} ${n === 1 ? 'recipient' : 'recipients'}`;
}

/** Acting on every selected row at once: set a field, add or remove a tag, delete. */
export function BulkEditBar(props: { onRemove: (ids: readonly string[]) => void }) {
  const store = useRecipientStore();
  const selected = useRecipients((state) => state.selected);
  const [path, setPath] = useState<TextFieldPath>('metadata.priority');
  const [value, setValue] = useState('');
  const [tag, setTag] = useState('');
  const valueId = useId();
  const tagId = useId();

  const field = recipientField(path);
  const ids = [...selected];
  const report = (change: Change | null, done: (n: string) => string) => {
    if (!change) {
      showToast('Nothing to change: the selected rows already look like that.');
      return;
    }
    showToast(done(recipients(change.rows.length)), {
      label: 'Undo',
      run: () => store.getState().undoChange(change.id),
    });
  };

  return (
    <div className="bulk-bar" role="region" aria-label="Edit selected recipients">
      <strong className="bulk-bar__count">{count.format(selected.size)} selected</strong>
      <div className="bulk-bar__group">
        <span className="bulk-bar__label" aria-hidden="true">
          Set
        </span>
        <select
          className="input input--auto"
          aria-label="Field to set"
          value={path}
          onChange={(event) => {
            setPath(event.target.value as TextFieldPath);
            setValue('');
          }}
        >
          {BULK_FIELDS.map((option) => (
            <option key={option} value={option}>
              {recipientField(option).label}
            </option>
          ))}
        </select>
        <label htmlFor={valueId} className="visually-hidden">
          New {field.label.toLowerCase()}
        </label>
        {field.options ? (
          <ChoiceSelect
            id={valueId}
            className="input input--auto"
            value={value}
            choices={field.options}
            emptyLabel="(clear)"
            onChoose={setValue}
          />
        ) : (
          <input
            id={valueId}
            className="input input--narrow"
            list={LISTS[path]}
            placeholder={field.example}
            value={value}
            onChange={(event) => setValue(event.target.value)}
          />
        )}
        <button
          type="button"
          className="button button--small"
          onClick={() =>
            report(store.getState().bulkSetText(ids, path, value), (n) =>
              value.trim() === ''
                ? `Cleared ${field.label.toLowerCase()} for ${n}.`
                : `Set ${field.label.toLowerCase()} for ${n}.`,
            )
          }
        >
          Apply
        </button>
      </div>
      <div className="bulk-bar__group">
        <label htmlFor={tagId} className="bulk-bar__label">
          Tag
        </label>
        <input
          id={tagId}
          className="input input--narrow"
          placeholder="Tag"
          value={tag}
          onChange={(event) => setTag(event.target.value)}
        />
        <button
          type="button"
          className="button button--small"
          aria-label="Add tag"
          disabled={tag.trim() === ''}
          onClick={() =>
            report(store.getState().bulkTag(ids, tag, true), (n) => `Tagged ${n} “${tag.trim()}”.`)
          }
        >
          Add
        </button>
        <button
          type="button"
          className="button button--small"
          aria-label="Remove tag"
          disabled={tag.trim() === ''}
          onClick={() =>
            report(
              store.getState().bulkTag(ids, tag, false),
              (n) => `Removed the tag “${tag.trim()}” from ${n}.`,
            )
          }
        >
          Remove
        </button>
      </div>
      <div className="bulk-bar__group">
        <button
          type="button"
          className="button button--small button--danger"
          aria-label={`Delete ${recipients(selected.size)}`}
          onClick={() => props.onRemove(ids)}
        >
          Delete
        </button>
        <button
          type="button"
          className="button button--small"
          aria-label="Clear selection"
          onClick={() => store.getState().clearSelection()}
        >
          Clear
        </button>
      </div>
    </div>
  );
}
