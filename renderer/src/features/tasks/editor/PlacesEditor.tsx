import { useTranslation } from 'react-i18next';
import type { AgentDetails } from '../../../../../shared/domain/agents/agent';
import {
  effectiveBindings,
  MAX_PLACES,
  type TaskBindings,
  type TaskIssue,
  type TaskPlace,
} from '../../../../../shared/domain/tasks';
import { showToast } from '../../../ui/toast-store';
import { CountrySelect } from '../../campaigns/editor/CountrySelect';
import {
  changePlace,
  movePlace,
  newPlace,
  normalizePlaceNumber,
  renormalizePlaces,
  restorePlace,
} from './place-edits';
import { useIssueWords } from '../../recipients/issue-text';
import { describeIssue } from '../task-format';
import { PlaceEditor, placeName, type PlaceValueSlots } from './PlaceEditor';
import { useTask, useTaskSession } from './task-session-context';

const NO_SLOTS: PlaceValueSlots = { variables: [], defaults: {} };

/** Focus follows what the user acted on, once React has put the places in their new order. */
function focusLater(selector: string) {
  requestAnimationFrame(() => document.querySelector<HTMLElement>(selector)?.focus());
}

function focusPlace(id: string, control: string) {
  focusLater(`[data-place-id="${CSS.escape(id)}"] ${control}`);
}

/** The agent's variables a place may give its own value for: those the task does not fill. */
function valueSlots(agent: AgentDetails | null, bindings: TaskBindings): PlaceValueSlots {
  if (!agent) return NO_SLOTS;
  const bound = effectiveBindings(agent, bindings);
  return {
    variables: agent.variables.filter((name) => !Object.hasOwn(bound, name)),
    defaults: agent.variableDefaults,
  };
}

/** The places to call, in order: edited in place, moved up and down, added and removed. */
export function PlacesEditor(props: { agent: AgentDetails | null; issues: readonly TaskIssue[] }) {
  const { store } = useTaskSession();
  const { t } = useTranslation(['tasks', 'common']);
  const words = useIssueWords();
  const places = useTask((state) => state.content.places);
  const country = useTask((state) => state.content.defaultCountry);
  const bindings = useTask((state) => state.content.bindings);
  const update = useTask((state) => state.update);
  const slots = valueSlots(props.agent, bindings);
  // Read when acting, not from the render: an Undo may come long after.
  const current = () => store.getState().content.places;

  const valuesIssue = (placeId: string) => {
    const issue = props.issues.find(
      (each) => each.placeId === placeId && each.field === 'variables',
    );
    return issue ? describeIssue(issue, t, words.issue) : undefined;
  };

  const add = () => {
    const place = newPlace();
    update({ places: [...current(), place] });
    focusPlace(place.id, 'input');
  };

  const move = (place: TaskPlace, index: number, step: -1 | 1) => {
    update({ places: movePlace(current(), index, step) });
    const arrived = index + step;
    // At either end the button pressed is disabled; the other one keeps focus in the place.
    const direction =
      step === -1 ? (arrived === 0 ? 'down' : 'up') : arrived === places.length - 1 ? 'up' : 'down';
    focusPlace(place.id, `[data-move="${direction}"]`);
  };

  const remove = (place: TaskPlace, index: number) => {
    const neighbour = places[index + 1] ?? places[index - 1];
    update({ places: current().filter((other) => other.id !== place.id) });
    if (neighbour) focusPlace(neighbour.id, 'input');
    else focusLater('[data-add-place]');
    showToast(t('place.removed', { name: placeName(place, index, t) }), {
      label: t('common:actions.undo'),
      run: () => update({ places: restorePlace(current(), place, index) }),
    });
  };

  return (
    <>
      <CountrySelect
        value={country}
        onChange={(code) =>
          update({ defaultCountry: code, places: renormalizePlaces(current(), code) })
        }
        readOnly={false}
      />
      {places.length === 0 ? (
        <p className="muted">{t('place.none')}</p>
      ) : (
        <ol className="places" aria-label={t('place.listLabel')}>
          {places.map((place, index) => (
            <PlaceEditor
              key={place.id}
              place={place}
              index={index}
              count={places.length}
              country={country}
              slots={slots}
              valuesProblem={valuesIssue(place.id)}
              onChange={(change) => {
                const fixed =
                  change.phone_number === undefined
                    ? change
                    : {
                        ...change,
                        phone_number: normalizePlaceNumber(change.phone_number, country),
                      };
                update({ places: changePlace(current(), place.id, fixed) });
              }}
              onMove={(step) => move(place, index, step)}
              onRemove={() => remove(place, index)}
            />
          ))}
        </ol>
      )}
      <div className="row">
        <button
          type="button"
          className="button"
          data-add-place
          disabled={places.length >= MAX_PLACES}
          onClick={add}
        >
          {t('place.add')}
        </button>
        {places.length >= MAX_PLACES ? (
          <span className="hint">{t('place.max', { count: MAX_PLACES })}</span>
        ) : null}
      </div>
    </>
  );
}
