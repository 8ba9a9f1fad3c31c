import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorShape } from '../../../shared/contract';
import { Dialog } from './Dialog';
import { ErrorNotice } from './ErrorNotice';

export interface ConfirmDialogProps {
  /** The question, naming the thing: "Cancel “Spring promo”?" */
  title: string;
  /** Exactly what will happen, and what will not. */
  children: ReactNode;
  confirmLabel: string;
  /** The way out, which has focus first so Enter never does harm by accident. */
  cancelLabel?: string;
  /** Red confirm button, for what cannot be undone. */
  danger?: boolean;
  /** Resolves to the problem to show in the dialog, or null once done (the dialog then closes). */
  onConfirm: () => Promise<AppErrorShape | null>;
  onClose: () => void;
}

/** "Are you sure?", saying what will happen; stays open with the reason when it fails. */
export function ConfirmDialog(props: ConfirmDialogProps) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppErrorShape | null>(null);

  const confirm = async () => {
    if (busy) return;
    setBusy(true);
    setError(null);
    const problem = await props.onConfirm();
    setBusy(false);
    if (problem) setError(problem);
    else props.onClose();
  };

  return (
    <Dialog
      title={props.title}
      onClose={props.onClose}
      busy={busy}
      footer={
        <>
          <button
            type="button"
            className="button"
            data-autofocus
            disabled={busy}
            onClick={props.onClose}
          >
            {props.cancelLabel ?? t('actions.goBack')}
          </button>
          <button
            type="button"
            className={`button ${props.danger ? 'button--danger' : 'button--primary'}`}
            // Not `disabled`: that would drop keyboard focus out of the dialog while it works.
            aria-disabled={busy || undefined}
            onClick={() => void confirm()}
          >
            {busy ? t('status.working') : props.confirmLabel}
          </button>
        </>
      }
    >
      {props.children}
      <ErrorNotice error={error} />
    </Dialog>
  );
}
