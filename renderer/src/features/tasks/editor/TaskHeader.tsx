import { TaskNameSchema, TASK_NAME_MAX } from '../../../../../shared/domain/tasks';
import { useNavigation } from '../../../app/navigation-store';
import { TextField } from '../../../ui/TextField';
import { SaveStatusText } from '../../campaigns/editor/SaveStatusText';
import { useTask } from './task-session-context';

function nameProblem(text: string): string | undefined {
  const parsed = TaskNameSchema.safeParse(text);
  return parsed.success ? undefined : parsed.error.issues[0]?.message;
}

/** Back to the list, the task's name and whether everything is saved. */
export function TaskHeader() {
  const name = useTask((state) => state.content.name);
  const save = useTask((state) => state.save);
  const update = useTask((state) => state.update);
  const closeTask = useNavigation((state) => state.closeTask);
  return (
    <header className="draft-header">
      <button type="button" className="link-button" onClick={closeTask}>
        ← All tasks
      </button>
      <div className="draft-header__row">
        <TextField
          className="draft-header__name"
          label="Task name"
          value={name}
          check={nameProblem}
          // An empty name is never saved: the field goes back to the last good one.
          onCommit={(text) => nameProblem(text) === undefined && update({ name: text.trim() })}
          maxLength={TASK_NAME_MAX}
        />
        <SaveStatusText save={save} />
      </div>
    </header>
  );
}
