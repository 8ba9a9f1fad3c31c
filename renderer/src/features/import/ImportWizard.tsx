import { useEffect, useMemo, useState } from 'react';
import { useStore } from 'zustand';
import { checkMapping } from '../../../../shared/domain/spreadsheet';
import { Dialog } from '../../ui/Dialog';
import { showToast } from '../../ui/toast-store';
import { useRecipientStore } from '../recipients/recipient-store-context';
import { ColumnsStep } from './ColumnsStep';
import { FileStep } from './FileStep';
import { plural } from './import-format';
import { createImportSession, type ImportSession } from './import-session';
import { ImportProgressPanel } from './ImportProgressPanel';
import { ProblemNotice } from './ImportNotices';
import { saveRememberedMapping } from './mapping-storage';
import { ResultsStep } from './ResultsStep';
import { SpreadsheetFileButton } from './SpreadsheetFileButton';
import { StepHeading } from './StepHeading';
import { createImportClient } from './start-import-worker';

const STEPS = ['File', 'Columns', 'Check'] as const;

function StepList(props: { current: number }) {
  return (
    <ol className="import-steps" aria-label="Import steps">
      {STEPS.map((label, index) => (
        <li key={label} aria-current={index === props.current ? 'step' : undefined}>
          {index + 1}. {label}
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
  const recipients = useRecipientStore();
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
  const updating = progress !== null && (view === 'file' || view === 'check');

  const finish = () => {
    if (!converted || !sheet) return;
    const change = recipients.getState().addRecipients(converted.recipients);
    saveRememberedMapping(sheet.memoryKey, state.mapping);
    props.onClose();
    if (!change) return;
    const flagged = converted.report.rowsWithErrors;
    showToast(
      `Imported ${plural(change.rows.length, 'person', 'people')} from “${state.file.name}”.${
        flagged > 0 ? ` ${plural(flagged, 'needs', 'need')} fixing.` : ''
      }`,
      { label: 'Undo', run: () => recipients.getState().undoChange(change.id) },
    );
  };

  const cancel = (
    <button type="button" className="button" onClick={props.onClose}>
      Cancel
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
          Next: columns
        </button>
      </>
    );
  } else if (view === 'columns') {
    footer = (
      <>
        {cancel}
        <button type="button" className="button" onClick={() => state.showStep('file')}>
          Back
        </button>
        <button
          type="button"
          className="button button--primary"
          disabled={problems.some((problem) => problem.severity === 'error')}
          onClick={() => state.convert(state.policy)}
        >
          Next: check rows
        </button>
      </>
    );
  } else if (view === 'check' && converted) {
    footer = (
      <>
        {cancel}
        <button type="button" className="button" onClick={() => state.showStep('columns')}>
          Back
        </button>
        <button
          type="button"
          className="button button--primary"
          disabled={updating || converted.report.imported === 0}
          onClick={finish}
        >
          Import {plural(converted.report.imported, 'person', 'people')}
        </button>
      </>
    );
  } else if (view === 'unreadable') {
    footer = (
      <>
        <SpreadsheetFileButton
          label="Choose another file…"
          onFile={(file) => setSession(openSession(file))}
        />
        <button type="button" className="button button--primary" onClick={props.onClose}>
          Close
        </button>
      </>
    );
  }

  return (
    <Dialog
      title={`Import “${state.file.name}”`}
      size="large"
      onClose={props.onClose}
      footer={footer}
    >
      <StepList
        current={view === 'columns' || view === 'converting' ? 1 : view === 'check' ? 2 : 0}
      />
      {view === 'reading' && progress ? (
        <ImportProgressPanel
          title="Reading the file…"
          progress={progress.progress}
          onCancel={props.onClose}
        />
      ) : null}
      {view === 'converting' && progress ? (
        <ImportProgressPanel
          title="Checking the rows…"
          progress={progress.progress}
          total={rowCount}
          onCancel={state.cancel}
        />
      ) : null}
      {updating && progress ? (
        <ImportProgressPanel
          title={
            progress.kind === 'reading' ? 'Reading the file again…' : 'Checking the rows again…'
          }
          progress={progress.progress}
          total={progress.kind === 'converting' ? rowCount : undefined}
          onCancel={state.cancel}
        />
      ) : null}
      {step.kind === 'unreadable' ? (
        <>
          <StepHeading>This file can’t be imported</StepHeading>
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
