import { DraftNameSchema } from '../../../../../shared/domain/drafts/draft';
import { useNavigation } from '../../../app/navigation-store';
import { TextField } from '../../../ui/TextField';
import { useDraft } from './draft-store-context';
import type { SaveStatus } from './autosave';

const time = new Intl.DateTimeFormat(undefined, { timeStyle: 'short' });

function nameProblem(text: string): string | undefined {
  const parsed = DraftNameSchema.safeParse(text);
  return parsed.success ? undefined : parsed.error.issues[0]?.message;
}

function describe(save: SaveStatus, launched: boolean): { text: string; tone: string } {
  if (launched) return { text: 'Launched — read-only', tone: 'muted' };
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

function SaveStatusText() {
  const save = useDraft((state) => state.save);
  const launched = useDraft((state) => state.launch !== null);
  const { text, tone } = describe(save, launched);
  return (
    <p className={`save-status save-status--${tone}`} role="status">
      {text}
    </p>
  );
}

/** Back to the list, the campaign's name and whether everything is saved. */
export function DraftHeader(props: { readOnly: boolean }) {
  const name = useDraft((state) => state.settings.name);
  const update = useDraft((state) => state.update);
  const closeDraft = useNavigation((state) => state.closeDraft);
  return (
    <header className="draft-header">
      <button type="button" className="link-button" onClick={closeDraft}>
        ← All campaigns
      </button>
      <div className="draft-header__row">
        <TextField
          className="draft-header__name"
          label="Campaign name"
          value={name}
          disabled={props.readOnly}
          check={nameProblem}
          // An empty name is never saved: the field goes back to the last good one.
          onCommit={(text) => nameProblem(text) === undefined && update({ name: text.trim() })}
          maxLength={200}
        />
        <SaveStatusText />
      </div>
    </header>
  );
}
