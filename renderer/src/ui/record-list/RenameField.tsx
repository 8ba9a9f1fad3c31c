import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorShape } from '../../../../shared/contract';
import { describeError } from '../../i18n/describe-error';

/**
 * Renames in place: Enter or leaving the field saves, Escape cancels. `onRename` resolves to
 * the problem to show under the field, or null once renamed.
 */
export function RenameField(props: {
  name: string;
  onRename: (name: string) => Promise<AppErrorShape | null>;
  onDone: () => void;
}) {
  const { t } = useTranslation('common');
  const { t: tErrors } = useTranslation('errors');
  const [name, setName] = useState(props.name);
  const [problem, setProblem] = useState<AppErrorShape | null>(null);
  const [busy, setBusy] = useState(false);

  const save = async () => {
    if (busy) return;
    if (name.trim() === props.name) {
      props.onDone();
      return;
    }
    setBusy(true);
    const error = await props.onRename(name);
    setBusy(false);
    if (error) setProblem(error);
    else props.onDone();
  };

  return (
    <div className="draft-item__rename">
      <input
        className="input"
        aria-label={t('rename.label', { name: props.name })}
        aria-invalid={problem ? true : undefined}
        value={name}
        // The field appears because the user asked to rename; typing should start at once.
        autoFocus
        onFocus={(event) => event.target.select()}
        onChange={(event) => setName(event.target.value)}
        onBlur={() => void save()}
        onKeyDown={(event) => {
          if (event.key === 'Enter') void save();
          if (event.key === 'Escape') props.onDone();
        }}
      />
      {problem ? <p className="field-problem">{describeError(problem, tErrors)}</p> : null}
      <p className="hint">{t('rename.hint')}</p>
    </div>
  );
}
