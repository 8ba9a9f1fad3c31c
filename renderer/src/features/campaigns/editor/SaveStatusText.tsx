import type { SaveStatus } from './autosave';

const time = new Intl.DateTimeFormat(undefined, { timeStyle: 'short' });

function describe(save: SaveStatus, readOnlyNote: string | undefined) {
  if (readOnlyNote !== undefined) return { text: readOnlyNote, tone: 'muted' };
  switch (save.kind) {
    case 'saving':
      return { text: 'Saving…', tone: 'muted' };
    case 'saved':
      return { text: `All changes saved · ${time.format(save.at)}`, tone: 'ok' };
    case 'retrying':
      return { text: `Couldn’t save — retrying. ${save.error.message}`, tone: 'error' };
    case 'conflict':
      return { text: 'Not saved', tone: 'error' };
  }
}

/** Whether everything is saved, said next to what is edited; a read-only record says why. */
export function SaveStatusText(props: { save: SaveStatus; readOnlyNote?: string }) {
  const { text, tone } = describe(props.save, props.readOnlyNote);
  return (
    <p className={`save-status save-status--${tone}`} role="status">
      {text}
    </p>
  );
}
