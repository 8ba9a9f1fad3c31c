import type { MissingValues } from '../../../../shared/domain/launch';
import { useRecipients } from '../recipients/recipient-store-context';
import { variableLabel } from '../recipients/variable-names';
import { number } from '../monitor/monitor-format';
import { usePersonLabel } from './launch-format';

// The first ones are enough to see what is wrong; "Leave all out" handles any number.
const PEOPLE_SHOWN = 50;

function MissingPerson(props: {
  entry: MissingValues;
  onFix: (id: string) => void;
  onExclude: (ids: readonly string[]) => void;
}) {
  const { recipientId, variables } = props.entry;
  const who = usePersonLabel(recipientId);
  return (
    <li className="missing-values__person">
      <span className="missing-values__who">{who}</span>
      <span className="muted">needs {variables.map((name) => variableLabel(name)).join(', ')}</span>
      <span className="missing-values__actions">
        <button
          type="button"
          className="button button--small"
          aria-label={`Fix in editor: ${who}`}
          onClick={() => props.onFix(recipientId)}
        >
          Fix in editor
        </button>
        <button
          type="button"
          className="button button--small"
          aria-label={`Leave out of this launch: ${who}`}
          onClick={() => props.onExclude([recipientId])}
        >
          Leave out of this launch
        </button>
      </span>
    </li>
  );
}

/** Who cannot be called yet for lack of a value, and who the user left out. */
export function MissingValuesList(props: {
  missing: readonly MissingValues[];
  excludedIds: ReadonlySet<string>;
  onFix: (id: string) => void;
  onExclude: (ids: readonly string[]) => void;
  onInclude: (ids: readonly string[]) => void;
}) {
  const known = useRecipients((state) => state.indexById);
  const blocking = props.missing.filter((entry) => !props.excludedIds.has(entry.recipientId));
  // People removed from the list since are no longer anyone's concern.
  const excluded = [...props.excludedIds].filter((id) => known.has(id));
  const hidden = blocking.length - PEOPLE_SHOWN;

  return (
    <>
      {blocking.length > 0 ? (
        <div className="missing-values" role="region" aria-label="People missing a value">
          <h3>
            {blocking.length === 1
              ? 'One person is missing a value'
              : `${number.format(blocking.length)} people are missing a value`}
          </h3>
          <p className="muted">
            Their calls could not start. Launch is blocked until each of them has a value or is left
            out of this launch.
          </p>
          <ul className="missing-values__list">
            {blocking.slice(0, PEOPLE_SHOWN).map((entry) => (
              <MissingPerson
                key={entry.recipientId}
                entry={entry}
                onFix={props.onFix}
                onExclude={props.onExclude}
              />
            ))}
            {hidden > 0 ? <li className="muted">…and {number.format(hidden)} more.</li> : null}
          </ul>
          {blocking.length > 1 ? (
            <button
              type="button"
              className="button"
              onClick={() => props.onExclude(blocking.map((entry) => entry.recipientId))}
            >
              Leave all {number.format(blocking.length)} out of this launch
            </button>
          ) : null}
        </div>
      ) : (
        <p className="launch-ok">Everyone to be called has every value the agent needs.</p>
      )}
      {excluded.length > 0 ? (
        <div className="row">
          <span>
            {excluded.length === 1
              ? 'One person is left out of this launch.'
              : `${number.format(excluded.length)} people are left out of this launch.`}
          </span>
          <button
            type="button"
            className="button button--small"
            onClick={() => props.onInclude(excluded)}
          >
            Call them after all
          </button>
        </div>
      ) : null}
    </>
  );
}
