import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CUSTOMER_TYPES, PRIORITIES } from '../../../../shared/domain/recipients';
import { showToast } from '../../ui/toast-store';
import { ChoiceSelect, type Choice } from './ChoiceSelect';
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

/** Acting on every selected row at once: set a field, add or remove a tag, delete. */
export function BulkEditBar(props: { onRemove: (ids: readonly string[]) => void }) {
  const { t, i18n } = useTranslation(['recipients', 'common']);
  const store = useRecipientStore();
  const selected = useRecipients((state) => state.selected);
  const [path, setPath] = useState<TextFieldPath>('metadata.priority');
  const [value, setValue] = useState('');
  const [tag, setTag] = useState('');
  const valueId = useId();
  const tagId = useId();

  const fieldName = t(`fields.${path}.label`);
  const fieldLower = fieldName.toLocaleLowerCase(i18n.resolvedLanguage);
  const options: readonly Choice[] | undefined =
    path === 'metadata.priority'
      ? PRIORITIES.map((value) => ({ value, label: t(`priority.${value}`) }))
      : path === 'metadata.customer_type'
        ? CUSTOMER_TYPES.map((value) => ({ value, label: t(`customerType.${value}`) }))
        : undefined;
  const ids = [...selected];
  const report = (change: Change | null, done: (count: number) => string) => {
    if (!change) {
      showToast(t('bulk.nothing'));
      return;
    }
    showToast(done(change.rows.length), {
      label: t('common:actions.undo'),
      run: () => store.getState().undoChange(change.id),
    });
  };

  return (
    <div className="bulk-bar" role="region" aria-label={t('bulk.label')}>
      <strong className="bulk-bar__count">{t('bulk.selected', { n: selected.size })}</strong>
      <div className="bulk-bar__group">
        <span className="bulk-bar__label" aria-hidden="true">
          {t('bulk.set')}
        </span>
        <select
          className="input input--auto"
          aria-label={t('bulk.field')}
          value={path}
          onChange={(event) => {
            setPath(event.target.value as TextFieldPath);
            setValue('');
          }}
        >
          {BULK_FIELDS.map((option) => (
            <option key={option} value={option}>
              {t(`fields.${option}.label`)}
            </option>
          ))}
        </select>
        <label htmlFor={valueId} className="visually-hidden">
          {t('bulk.newValue', { field: fieldLower })}
        </label>
        {options ? (
          <ChoiceSelect
            id={valueId}
            className="input input--auto"
            value={value}
            choices={options}
            emptyLabel={t('bulk.clearValue')}
            onChoose={setValue}
          />
        ) : (
          <input
            id={valueId}
            className="input input--narrow"
            list={LISTS[path]}
            placeholder={t(`fields.${path}.example`)}
            value={value}
            onChange={(event) => setValue(event.target.value)}
          />
        )}
        <button
          type="button"
          className="button button--small"
          onClick={() =>
            report(store.getState().bulkSetText(ids, path, value), (count) =>
              value.trim() === ''
                ? t('bulk.cleared', { field: fieldLower, count })
                : t('bulk.setDone', { field: fieldLower, count }),
            )
          }
        >
          {t('bulk.apply')}
        </button>
      </div>
      <div className="bulk-bar__group">
        <label htmlFor={tagId} className="bulk-bar__label">
          {t('bulk.tag')}
        </label>
        <input
          id={tagId}
          className="input input--narrow"
          placeholder={t('bulk.tag')}
          value={tag}
          onChange={(event) => setTag(event.target.value)}
        />
        <button
          type="button"
          className="button button--small"
          aria-label={t('bulk.addTag')}
          disabled={tag.trim() === ''}
          onClick={() =>
            report(store.getState().bulkTag(ids, tag, true), (count) =>
              t('bulk.tagged', { tag: tag.trim(), count }),
            )
          }
        >
          {t('bulk.add')}
        </button>
        <button
          type="button"
          className="button button--small"
          aria-label={t('bulk.removeTag')}
          disabled={tag.trim() === ''}
          onClick={() =>
            report(store.getState().bulkTag(ids, tag, false), (count) =>
              t('bulk.untagged', { tag: tag.trim(), count }),
            )
          }
        >
          {t('bulk.remove')}
        </button>
      </div>
      <div className="bulk-bar__group">
        <button
          type="button"
          className="button button--small button--danger"
          aria-label={t('bulk.deleteLabel', { count: selected.size })}
          onClick={() => props.onRemove(ids)}
        >
          {t('common:actions.delete')}
        </button>
        <button
          type="button"
          className="button button--small"
          aria-label={t('bulk.clearSelection')}
          onClick={() => store.getState().clearSelection()}
        >
          {t('bulk.clear')}
        </button>
      </div>
    </div>
  );
}
