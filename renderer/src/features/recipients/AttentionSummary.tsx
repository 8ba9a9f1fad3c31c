import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { attentionCount } from './recipient-store';
import { useRecipients, useRecipientStore } from './recipient-store-context';

/** "3 rows need attention" with a way to jump to the next one. */
export function AttentionSummary() {
  const { t } = useTranslation('recipients');
  const store = useRecipientStore();
  const check = useRecipients((state) => state.check);
  const fresh = useRecipients((state) => state.fresh);
  const indexById = useRecipients((state) => state.indexById);
  const total = useRecipients((state) => state.recipients.length);
  const shown = useRecipients((state) => state.view.length);
  const attention = useMemo(
    () => attentionCount({ check, fresh, indexById }),
    [check, fresh, indexById],
  );

  const filtered = shown !== total ? ` · ${t('summary.shown', { count: shown })}` : '';
  let text: string;
  if (total === 0) text = t('summary.none');
  else if (attention === null) text = t('summary.checking', { count: total });
  else if (attention === 0) text = t('summary.allReady', { count: total });
  else {
    text = `${t('summary.recipients', { count: total })} · ${t('summary.attention', { count: attention })}`;
  }

  return (
    <div className="attention-summary" data-state={attention ? 'attention' : 'ok'}>
      <span aria-live="polite">
        {text}
        {filtered}
      </span>
      {attention ? (
        <button
          type="button"
          className="button button--small"
          onClick={() => store.getState().showNextNeedingAttention()}
        >
          {t('summary.showNext')}
        </button>
      ) : null}
    </div>
  );
}
