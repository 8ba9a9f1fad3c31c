import { DraftNameSchema } from '../../../../../shared/domain/drafts/draft';
import { useNavigation } from '../../../app/navigation-store';
import { TextField } from '../../../ui/TextField';
import { useDraft } from './draft-store-context';
import { SaveStatusText } from './SaveStatusText';

function nameProblem(text: string): string | undefined {
  const parsed = DraftNameSchema.safeParse(text);
  return parsed.success ? undefined : parsed.error.issues[0]?.message;
}

function DraftSaveStatus() {
  const save = useDraft((state) => state.save);
  const launched = useDraft((state) => state.launch !== null);
  return (
    <SaveStatusText save={save} readOnlyNote={launched ? 'Launched — read-only' : undefined} />
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
        <DraftSaveStatus />
      </div>
    </header>
  );
}
