import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { TaskNameSchema, TASK_NAME_MAX } from '../../../../../shared/domain/tasks';
import { useNavigation } from '../../../app/navigation-store';
import { RecordHeader } from '../../../ui/RecordHeader';
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
  return (
    <RecordHeader
      backLabel={t('editor.back')}
      onBack={closeTask}
      nameLabel={t('editor.name')}
      name={name}
      nameProblem={(text) => nameProblem(text, t)}
      onRename={(text) => update({ name: text })}
      maxLength={TASK_NAME_MAX}
      saveStatus={<SaveStatusText save={save} />}
    />
  );
}
