import { useTranslation } from 'react-i18next';
import { DRAFT_NAME_MAX, DraftNameSchema } from '../../../../../shared/domain/drafts/draft';
import { useNavigation } from '../../../app/navigation-store';
import { RecordHeader } from '../../../ui/RecordHeader';
import { useDraft } from './draft-store-context';
import { SaveStatusText } from './SaveStatusText';

function DraftSaveStatus() {
  const { t } = useTranslation('campaigns');
  const save = useDraft((state) => state.save);
  const launched = useDraft((state) => state.launch !== null);
  return <SaveStatusText save={save} readOnlyNote={launched ? t('header.readOnly') : undefined} />;
}

/** Back to the list, the campaign's name and whether everything is saved. */
export function DraftHeader(props: { readOnly: boolean }) {
  const { t } = useTranslation('campaigns');
  const nameProblem = (text: string): string | undefined => {
    if (DraftNameSchema.safeParse(text).success) return undefined;
    return text.trim() === ''
      ? t('header.nameMissing')
      : t('header.nameTooLong', { max: DRAFT_NAME_MAX });
  };
  const name = useDraft((state) => state.settings.name);
  const update = useDraft((state) => state.update);
  const closeDraft = useNavigation((state) => state.closeDraft);
  return (
    <RecordHeader
      backLabel={t('header.back')}
      onBack={closeDraft}
      nameLabel={t('header.name')}
      name={name}
      nameProblem={nameProblem}
      onRename={(text) => update({ name: text })}
      maxLength={200}
      readOnly={props.readOnly}
      saveStatus={<DraftSaveStatus />}
    />
  );
}
