import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import {
  checkMapping,
  rememberImportedColumns,
  yieldToEventLoop,
} from '../../../../shared/domain/spreadsheet';
import { Dialog } from '../../ui/Dialog';
import { showToast } from '../../ui/toast-store';
import { useDraftStore } from '../campaigns/editor/draft-store-context';
import { useRecipientStore } from '../recipients/recipient-store-context';
import { ColumnsStep } from './ColumnsStep';
import { FileStep } from './FileStep';
import { createImportSession, type ImportSession } from './import-session';
import { ImportProgressPanel } from './ImportProgressPanel';
import { ProblemNotice } from './ImportNotices';
import { saveRememberedMapping } from './mapping-storage';
import { ResultsStep } from './ResultsStep';
import { SpreadsheetFileButton } from './SpreadsheetFileButton';
import { StepHeading } from './StepHeading';
import { createImportClient } from './start-import-worker';

const STEPS = ['file', 'columns', 'check'] as const;

function StepList(props: { current: number }) {
  const { t } = useTranslation('import');
  return (
    <ol className="import-steps" aria-label={t('wizard.steps.label')}>
      {STEPS.map((step, index) => (
        <li key={step} aria-current={index === props.current ? 'step' : undefined}>
          {t('wizard.steps.item', { number: index + 1, label: t(`wizard.steps.${step}`) })}
        </li>
      ))}
    </ol>
  );
}

/**
 * Import a spreadsheet into the open draft: check how the file reads, choose what each column
 * holds, see what would be added, then add it as one undoable step. The file is read and
 * converted in a worker; Escape or Cancel at any point leaves the draft as it was.
 */
export function ImportWizard(props: {
  file: File;
  agentVariables: readonly string[];
  onClose: () => void;
}) {
  const { t } = useTranslation(['import', 'common']);
  const recipients = useRecipientStore();
  const draft = useDraftStore();
  const openSession = (file: File): ImportSession =>
    createImportSession({
      file,
      client: createImportClient(),
      agentVariables: props.agentVariables,
      defaultCountry: recipients.getState().defaultCountry,
      existingPhoneNumbers: () => recipients.getState().recipients.map((row) => row.phone_number),
    });
  const [session, setSession] = useState(() => openSession(props.file));
  useEffect(() => {
    session.getState().start();
    return () => session.getState().dispose();
  }, [session]);
  // Closing the wizard while the rows go in leaves the draft as it was.
  const adding = useRef<AbortController | null>(null);
  const [isAdding, setAdding] = useState(false);
  useEffect(() => () => adding.current?.abort(), []);

  const state = useStore(session);
  const problems = useMemo(
    () => checkMapping(state.mapping, { agentVariables: props.agentVariables }),
    [state.mapping, props.agentVariables],
  );
  const { step, sheet, converted } = state;
  const rowCount = sheet?.summary.rowCount;
  // Re-reading or re-converting keeps the step on screen (and focus in it) under a progress bar.
  const view =
    step.kind === 'reading' && sheet
      ? 'file'
      : step.kind === 'converting' && converted
        ? 'check'
        : step.kind;
  const progress = step.kind === 'reading' || step.kind === 'converting' ? step : null;
  const updating = (progress !== null && (view === 'file' || view === 'check')) || isAdding;

  const finish = async () => {
    if (!converted || !sheet || adding.current) return;
    const controller = new AbortController();
    adding.current = controller;
    setAdding(true);
    const change = await recipients
      .getState()
      .addRecipientsInPieces(converted.recipients, controller.signal, converted.validPhoneNumbers);
    if (controller.signal.aborted) return;
    saveRememberedMapping(sheet.memoryKey, state.mapping);
    if (change) {
      const { spreadsheetColumns } = draft.getState().settings;
      draft.getState().update({
        spreadsheetColumns: rememberImportedColumns(spreadsheetColumns, state.mapping),
      });
    }
    // The table takes the rows in one task and the wizard closes in the next, so neither
    // holds the page for long.
    await yieldToEventLoop();
    props.onClose();
    if (!change) return;
    const flagged = converted.report.rowsWithErrors;
    const imported = t('imported', { count: change.rows.length, file: state.file.name });
    showToast(flagged > 0 ? `${imported} ${t('needFixing', { count: flagged })}` : imported, {
      label: t('common:actions.undo'),
      run: () => recipients.getState().undoChange(change.id),
    });
  };

  const cancel = (
    <button type="button" className="button" onClick={props.onClose}>
      {t('common:actions.cancel')}
    </button>
  );
  let footer = null;
  if (view === 'file') {
    footer = (
      <>
        {cancel}
        <button
          type="button"
          className="button button--primary"
          disabled={updating || state.problem !== null}
          onClick={() => state.showStep('columns')}
        >
          {t('actions.next.columns')}
        </button>
      </>
    );
  } else if (view === 'columns') {
    footer = (
      <>
        {cancel}
        <button type="button" className="button" onClick={() => state.showStep('file')}>
          {t('actions.back')}
        </button>
        <button
          type="button"
          className="button button--primary"
          disabled={problems.some((problem) => problem.severity === 'error')}
          onClick={() => state.convert(state.policy)}
        >
          {t('actions.next.check')}
        </button>
      </>
    );
  } else if (view === 'check' && converted) {
    footer = (
      <>
        {cancel}
        <button
          type="button"
          className="button"
          disabled={isAdding}
          onClick={() => state.showStep('columns')}
        >
          {t('actions.back')}
        </button>
        <button
          type="button"
          className="button button--primary"
          disabled={updating || converted.report.imported === 0}
          onClick={() => void finish()}
        >
          {t('actions.importPeople', { count: converted.report.imported })}
        </button>
      </>
    );
  } else if (view === 'unreadable') {
    footer = (
      <>
        <SpreadsheetFileButton
          label={t('actions.chooseAnotherFile')}
          onFile={(file) => setSession(openSession(file))}
        />
        <button type="button" className="button button--primary" onClick={props.onClose}>
          {t('common:actions.close')}
        </button>
      </>
    );
  }

  return (
    <Dialog
      title={t('wizard.title', { file: state.file.name })}
      size="large"
      onClose={props.onClose}
      footer={footer}
    >
      <StepList
        current={view === 'columns' || view === 'converting' ? 1 : view === 'check' ? 2 : 0}
      />
      {view === 'reading' && progress ? (
        <ImportProgressPanel
          title={t('wizard.reading')}
          progress={progress.progress}
          onCancel={props.onClose}
        />
      ) : null}
      {view === 'converting' && progress ? (
        <ImportProgressPanel
          title={t('wizard.converting')}
          progress={progress.progress}
          total={rowCount}
          onCancel={state.cancel}
        />
      ) : null}
      {updating && progress ? (
        <ImportProgressPanel
          title={
            progress.kind === 'reading' ? t('wizard.readingAgain') : t('wizard.convertingAgain')
          }
          progress={progress.progress}
          total={progress.kind === 'converting' ? rowCount : undefined}
          onCancel={state.cancel}
        />
      ) : null}
      {step.kind === 'unreadable' ? (
        <>
          <StepHeading>{t('wizard.unreadable')}</StepHeading>
          <ProblemNotice problem={step.problem} />
        </>
      ) : null}
      <div className="import-step" aria-busy={updating || undefined}>
        {view === 'file' ? <FileStep session={session} /> : null}
        {view === 'columns' ? (
          <ColumnsStep
            session={session}
            agentVariables={props.agentVariables}
            problems={problems}
          />
        ) : null}
        {view === 'check' ? <ResultsStep session={session} /> : null}
      </div>
    </Dialog>
  );
}
