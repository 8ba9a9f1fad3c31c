import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { TaskNameSchema, TASK_NAME_MAX } from '../../../../../shared/domain/tasks';
import { useNavigation } from '../../../app/navigation-store';
import { TextField } from '../../../ui/TextField';
import { SaveStatusText } from '../../campaigns/editor/SaveStatusText';
import { useTask } from './task-session-context';

function nameProblem(text: string, t: TFunction<'tasks'>): string | undefined {
  if (TaskNameSchema.safeParse(text).success) return undefined;
  return text.trim() === ''
    ? t('editor.nameMissing')
    : t('editor.nameTooLong', { max: TASK_NAME_MAX });
}

/** Back to the list, the task's name and whether everything is saved. */
export function TaskHeader() {
  const name = useTask((state) => state.content.name);
  const save = useTask((state) => state.save);
  const update = useTask((state) => state.update);
  const closeTask = useNavigation((state) => state.closeTask);
  const { t } = useTranslation('tasks');
  const check = (text: string) => nameProblem(text, t);
  return (
    <header className="draft-header">
      <button type="button" className="link-button" onClick={closeTask}>
        {t('editor.back')}
      </button>
      <div className="draft-header__row">
        <TextField
          className="draft-header__name"
          label={t('editor.name')}
          value={name}
          check={check}
          // An empty name is never saved: the field goes back to the last good one.
          onCommit={(text) => check(text) === undefined && update({ name: text.trim() })}
          maxLength={TASK_NAME_MAX}
        />
        <SaveStatusText save={save} />
      </div>
    </header>
  );
}
