import { useTranslation } from 'react-i18next';
import { DRAFT_NAME_MAX, DraftNameSchema } from '../../../../../shared/domain/drafts/draft';
import { useNavigation } from '../../../app/navigation-store';
import { TextField } from '../../../ui/TextField';
import { useDraft } from './draft-store-context';
import { SaveStatusText } from './SaveStatusText';

function isGoodName(text: string): boolean {
  return DraftNameSchema.safeParse(text).success;
}

function DraftSaveStatus() {
  const { t } = useTranslation('campaigns');
  const save = useDraft((state) => state.save);
  const launched = useDraft((state) => state.launch !== null);
  return <SaveStatusText save={save} readOnlyNote={launched ? t('header.readOnly') : undefined} />;
}

/** Back to the list, the campaign's name and whether everything is saved. */
export function DraftHeader(props: { readOnly: boolean }) {
  const { t } = useTranslation('campaigns');
  const nameProblem = (text: string): string | undefined =>
    isGoodName(text)
      ? undefined
      : text.trim() === ''
        ? t('header.nameMissing')
        : t('header.nameTooLong', { max: DRAFT_NAME_MAX });
  const name = useDraft((state) => state.settings.name);
  const update = useDraft((state) => state.update);
  const closeDraft = useNavigation((state) => state.closeDraft);
  return (
    <header className="draft-header">
      <button type="button" className="link-button" onClick={closeDraft}>
        {t('header.back')}
      </button>
      <div className="draft-header__row">
        <TextField
          className="draft-header__name"
          label={t('header.name')}
          value={name}
          disabled={props.readOnly}
          check={nameProblem}
          // An empty name is never saved: the field goes back to the last good one.
          onCommit={(text) => isGoodName(text) && update({ name: text.trim() })}
          maxLength={200}
        />
        <DraftSaveStatus />
      </div>
    </header>
  );
}
