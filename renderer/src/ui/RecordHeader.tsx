import type { ReactNode } from 'react';
import { TextField } from './TextField';

/** An editor's header: back to the list, the record's name and whether everything is saved. */
export function RecordHeader(props: {
  backLabel: string;
  onBack: () => void;
  nameLabel: string;
  name: string;
  /** What is wrong with a typed name; a name with a problem is never saved. */
  nameProblem: (text: string) => string | undefined;
  onRename: (name: string) => void;
  maxLength: number;
  readOnly?: boolean;
  saveStatus: ReactNode;
}) {
  const { nameProblem } = props;
  return (
    <header className="draft-header">
      <button type="button" className="link-button" onClick={props.onBack}>
        {props.backLabel}
      </button>
      <div className="draft-header__row">
        <TextField
          className="draft-header__name"
          label={props.nameLabel}
          value={props.name}
          disabled={props.readOnly}
          check={nameProblem}
          // A bad name is never saved: the field goes back to the last good one.
          onCommit={(text) => nameProblem(text) === undefined && props.onRename(text.trim())}
          maxLength={props.maxLength}
        />
        {props.saveStatus}
      </div>
    </header>
  );
}
