import { useState } from 'react';
import type { AppErrorShape } from '../../../../../shared/contract';
import { request, toAppError } from '../../../api/callsheet';
import { useNavigation } from '../../../app/navigation-store';
import { ErrorNotice } from '../../../ui/ErrorNotice';
import type { SaveStatus } from './autosave';
import { useDraft } from './draft-store-context';

const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'long', timeStyle: 'short' });

/**
 * Another window (or a restored backup) saved this record: the user decides, nothing is merged.
 * `noun` names what is edited: "campaign", "task".
 */
export function ConflictNotice(props: { save: SaveStatus; noun: string; onReload: () => void }) {
  if (props.save.kind !== 'conflict') return null;
  return (
    <div className="notice notice--error" role="alert">
      <span className="notice__text">
        This {props.noun} was changed somewhere else after you opened it, so your latest edits here
        were not saved. Reload it to continue from the saved version.
      </span>
      <button type="button" className="button button--small" onClick={props.onReload}>
        Reload {props.noun}
      </button>
    </div>
  );
}

/** A launched campaign is a record of what was sent; changes go into a copy. */
export function LaunchedNotice() {
  const id = useDraft((state) => state.id);
  const launch = useDraft((state) => state.launch);
  const openDraft = useNavigation((state) => state.openDraft);
  const [error, setError] = useState<AppErrorShape | null>(null);
  const [busy, setBusy] = useState(false);
  if (!launch) return null;
  const duplicate = async () => {
    setBusy(true);
    try {
      const copy = await request('duplicateDraft', { id });
      openDraft(copy.id);
    } catch (reason) {
      setError(toAppError(reason));
      setBusy(false);
    }
  };
  return (
    <div className="notice notice--info notice--block">
      <p className="notice__text">
        This campaign was launched on {when.format(launch.launchedAt)}, so it can no longer be
        changed. To call these people again or with changes, make a new draft from it.
      </p>
      <div className="row">
        <button
          type="button"
          className="button button--primary"
          disabled={busy}
          onClick={() => void duplicate()}
        >
          Duplicate as new draft
        </button>
      </div>
      <ErrorNotice error={error} />
    </div>
  );
}
