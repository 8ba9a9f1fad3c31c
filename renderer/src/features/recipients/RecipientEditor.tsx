import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { showToast } from '../../ui/toast-store';
import { ImportWizard } from '../import/ImportWizard';
import { SpreadsheetActions } from '../import/SpreadsheetActions';
import { SpreadsheetDropZone } from '../import/SpreadsheetDropZone';
import { AttentionSummary } from './AttentionSummary';
import { BulkEditBar } from './BulkEditBar';
import { RecipientDetails, type CampaignVariableContext } from './RecipientDetails';
import { RecipientTable } from './RecipientTable';
import { RecipientToolbar } from './RecipientToolbar';
import { useRecipients, useRecipientStore } from './recipient-store-context';

/** Typing in a field keeps the field's own undo; elsewhere Ctrl+Z undoes list edits. */
function isTextEntry(target: EventTarget | null): boolean {
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLElement && target.isContentEditable) return true;
  return (
    target instanceof HTMLInputElement && !['checkbox', 'radio', 'button'].includes(target.type)
  );
}

function useUndoShortcuts() {
  const store = useRecipientStore();
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || isTextEntry(event.target)) return;
      const key = event.key.toLowerCase();
      if (key === 'z' && !event.shiftKey) store.getState().undo();
      else if ((key === 'z' && event.shiftKey) || key === 'y') store.getState().redo();
      else return;
      event.preventDefault();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [store]);
}

/** The recipient list of one draft: search, filters, the table, bulk edits and details. */
export function RecipientEditor(props: { variables: CampaignVariableContext }) {
  const { t } = useTranslation(['recipients', 'common']);
  const store = useRecipientStore();
  const selecting = useRecipients((state) => state.selected.size > 0 && !state.readOnly);
  const readOnly = useRecipients((state) => state.readOnly);
  const [importing, setImporting] = useState<File | null>(null);
  const { agentVariables } = props.variables;
  useUndoShortcuts();

  const remove = useCallback(
    (ids: readonly string[]) => {
      const change = store.getState().removeRecipients(ids);
      if (!change) return;
      showToast(t('removed', { count: change.rows.length }), {
        label: t('common:actions.undo'),
        run: () => store.getState().undoChange(change.id),
      });
    },
    [store, t],
  );

  return (
    <>
      <SpreadsheetDropZone disabled={readOnly} onFile={setImporting}>
        <section className="recipient-editor" aria-label={t('table.label')}>
          <RecipientToolbar
            actions={<SpreadsheetActions agentVariables={agentVariables} onImport={setImporting} />}
          />
          {/* One line for both, so selecting rows never shifts the table under the pointer. */}
          {selecting ? <BulkEditBar onRemove={remove} /> : <AttentionSummary />}
          <div className="recipient-editor__body">
            <RecipientTable onRemove={remove} />
            <RecipientDetails variables={props.variables} onRemove={remove} />
          </div>
        </section>
      </SpreadsheetDropZone>
      {importing ? (
        <ImportWizard
          file={importing}
          agentVariables={agentVariables}
          onClose={() => setImporting(null)}
        />
      ) : null}
    </>
  );
}
