import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorShape } from '../../../../shared/contract';
import { shownValue, type CountryCode } from '../../../../shared/domain/recipients';
import { toAppError } from '../../api/callsheet';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { CountrySelect } from '../campaigns/editor/CountrySelect';
import { useIssueWords } from '../recipients/issue-text';
import { DoNotCallTable } from './DoNotCallTable';
import { useDoNotCall, type DoNotCallUpdate } from './do-not-call-store';
import { guessCountry } from './guess-country';

// The contract takes up to 20 MB of text; a bigger file is not a list of numbers.
const MAX_FILE_BYTES = 20_000_000;
const PROBLEMS_SHOWN = 50;

interface Report {
  message: string;
  problems: DoNotCallUpdate['problems'];
  /** Imported files name the line of each problem; a typed number has just the one. */
  withLines: boolean;
}

function ProblemList(props: { report: Report }) {
  const { t } = useTranslation('doNotCall');
  const words = useIssueWords();
  const { problems, withLines } = props.report;
  if (problems.length === 0) return null;
  const hidden = problems.length - PROBLEMS_SHOWN;
  const reasonOf = (problem: DoNotCallUpdate['problems'][number]) => {
    const { code, country, reason, text } = problem;
    const params = { value: shownValue(text.trim()), ...(country ? { country } : {}) };
    const said = words.issue({
      field: 'phone_number',
      code,
      message: reason,
      params,
      severity: 'error',
    });
    // Most reasons quote the text already.
    return code !== 'phone_missing' && reason.includes(text)
      ? said
      : t('problems.quoted', { text, reason: said });
  };
  return (
    <>
      <p className="note">{t('problems.heading', { count: problems.length })}</p>
      <ul className="problem-list" aria-label={t('problems.label')}>
        {problems.slice(0, PROBLEMS_SHOWN).map((problem) => (
          <li key={problem.line}>
            {withLines
              ? t('problems.line', { line: problem.line, reason: reasonOf(problem) })
              : reasonOf(problem)}
          </li>
        ))}
        {hidden > 0 ? <li>{t('problems.more', { count: hidden })}</li> : null}
      </ul>
    </>
  );
}

function AddNumberForm(props: {
  onAdd: (number: string, note: string) => Promise<boolean>;
  busy: boolean;
}) {
  const { t } = useTranslation('doNotCall');
  const [number, setNumber] = useState('');
  const [note, setNote] = useState('');
  const id = useId();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (number.trim() === '' || props.busy) return;
    if (await props.onAdd(number, note)) {
      setNumber('');
      setNote('');
    }
  };
  return (
    <form className="dnc-add" onSubmit={(event) => void submit(event)}>
      <div className="field">
        <label htmlFor={`${id}-number`} className="field-label">
          {t('add.number')}
        </label>
        <input
          id={`${id}-number`}
          className="input"
          type="tel"
          autoComplete="off"
          placeholder={t('add.numberPlaceholder')}
          value={number}
          onChange={(event) => setNumber(event.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-note`} className="field-label">
          {t('add.note')}
        </label>
        <input
          id={`${id}-note`}
          className="input"
          autoComplete="off"
          placeholder={t('add.notePlaceholder')}
          maxLength={500}
          value={note}
          onChange={(event) => setNote(event.target.value)}
        />
      </div>
      <button
        type="submit"
        className="button button--primary"
        disabled={props.busy || number.trim() === ''}
      >
        {t('add.submit')}
      </button>
    </form>
  );
}

function ImportFileButton(props: { onFile: (file: File) => void; busy: boolean }) {
  const { t } = useTranslation('doNotCall');
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button
        type="button"
        className="button"
        disabled={props.busy}
        onClick={() => input.current?.click()}
      >
        {t('import.button')}
      </button>
      <input
        ref={input}
        type="file"
        hidden
        aria-label={t('import.file')}
        accept=".csv,.txt,text/csv,text/plain"
        onChange={(event) => {
          const file = event.target.files?.[0];
          // Cleared so choosing the same file again imports it again.
          event.target.value = '';
          if (file) props.onFile(file);
        }}
      />
    </>
  );
}

/** Numbers never called in any campaign: see them, add by hand or from a file, remove. */
export function DoNotCallSection() {
  const { t } = useTranslation('doNotCall');
  const entries = useDoNotCall((state) => state.entries);
  const loadError = useDoNotCall((state) => state.loadError);
  const [country, setCountry] = useState<CountryCode>(guessCountry);
  const [busy, setBusy] = useState(false);
  const [report, setReport] = useState<Report | null>(null);
  const [error, setError] = useState<AppErrorShape | null>(null);

  useEffect(() => {
    void useDoNotCall.getState().load();
  }, []);

  const run = async (work: () => Promise<Report>): Promise<Report | null> => {
    setBusy(true);
    setError(null);
    setReport(null);
    try {
      const done = await work();
      setReport(done);
      return done;
    } catch (reason) {
      setError(toAppError(reason));
      return null;
    } finally {
      setBusy(false);
    }
  };

  // The typed number stays in the field unless it was taken, so a typo can be corrected.
  const add = async (number: string, note: string) => {
    const done = await run(async () => {
      const update = await useDoNotCall.getState().add([number], country, note);
      const message =
        update.added > 0
          ? t('add.added')
          : update.alreadyListed > 0
            ? t('add.alreadyListed')
            : t('add.notAdded');
      return { message, problems: update.problems, withLines: false };
    });
    return done !== null && done.problems.length === 0;
  };

  const importFile = (file: File) =>
    void run(async () => {
      if (file.size > MAX_FILE_BYTES) {
        const message = t('import.tooBig', { file: file.name });
        return { message, problems: [], withLines: false };
      }
      const update = await useDoNotCall.getState().importText(await file.text(), country);
      const added = t('import.added', { count: update.added });
      const message =
        update.alreadyListed === 0
          ? t('import.summary', { file: file.name, added })
          : t('import.summaryWithListed', {
              file: file.name,
              added,
              listed: t('import.listed', { count: update.alreadyListed }),
            });
      return { message, problems: update.problems, withLines: true };
    });

  return (
    <section className="card" aria-labelledby="do-not-call-heading">
      <h2 id="do-not-call-heading">{t('heading')}</h2>
      <p className="muted">{t('about')}</p>
      <CountrySelect value={country} onChange={setCountry} readOnly={false} />
      <AddNumberForm onAdd={add} busy={busy} />
      <div className="row">
        <ImportFileButton onFile={importFile} busy={busy} />
        <span className="hint">{t('import.hint')}</span>
      </div>
      {report ? (
        <div className="dnc-report">
          <p className="note" role="status">
            {report.message}
          </p>
          <ProblemList report={report} />
        </div>
      ) : null}
      <ErrorNotice error={error} />
      <ErrorNotice error={loadError} onRetry={() => void useDoNotCall.getState().load()} />
      {entries === null ? (
        loadError ? null : (
          <p className="muted">{t('loading')}</p>
        )
      ) : (
        <DoNotCallTable entries={entries} onError={setError} />
      )}
    </section>
  );
}
