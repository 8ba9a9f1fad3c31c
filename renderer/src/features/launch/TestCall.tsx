import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorShape } from '../../../../shared/contract';
import { isConversationOver } from '../../../../shared/domain/calls/conversation';
import { request, toAppError } from '../../api/callsheet';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { useDraft } from '../campaigns/editor/draft-store-context';
import { updateDraftLaunch, useDraftLaunch } from './launch-store';
import { RecipientPicker } from './RecipientPicker';
import { TestCallProgress } from './TestCallProgress';
import { unsavedReason } from './unsaved-reason';
import { useFollowedCall } from './use-followed-call';

/** Step 3: one real call to a number the user types, with a chosen person's values. */
export function TestCall() {
  const { t } = useTranslation('launch');
  const draftId = useDraft((state) => state.id);
  const notReady = useDraft((state) => unsavedReason(state.save, t));
  const testCall = useDraftLaunch(draftId, (state) => state.testCall);
  const { conversation, error: followError } = useFollowedCall(testCall?.conversationId ?? null);
  const [ownNumber, setOwnNumber] = useState<string | null>(null);
  const [typed, setTyped] = useState<string | null>(null);
  const [personId, setPersonId] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppErrorShape | null>(null);
  const headingId = useId();
  const numberId = useId();

  useEffect(() => {
    let cancelled = false;
    request('getTestCallDefaults', {})
      .then(({ ownPhoneNumber }) => !cancelled && setOwnNumber(ownPhoneNumber))
      // Only a convenience: without it the field simply starts empty.
      .catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, []);

  const toNumber = typed ?? ownNumber ?? '';
  // While a call goes on, another would only ring over it; if it can't be followed, allow one.
  const calling =
    testCall !== null &&
    followError === null &&
    !(conversation && isConversationOver(conversation.status));

  const call = async (event: FormEvent) => {
    event.preventDefault();
    if (busy || calling || notReady) return;
    setBusy(true);
    setError(null);
    try {
      const started = await request('placeTestCall', {
        draftId,
        toNumber,
        ...(personId === null ? {} : { recipientId: personId }),
      });
      updateDraftLaunch(draftId, () => ({ testCall: started }));
      setOwnNumber(started.toNumber);
      setTyped(null);
    } catch (reason) {
      setError(toAppError(reason));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('testCall.heading')}</h2>
      <p className="muted">{t('testCall.intro')}</p>
      <form className="test-call-form" onSubmit={(event) => void call(event)}>
        <div className="field">
          <label htmlFor={numberId} className="field-label">
            {t('testCall.number')}
          </label>
          <input
            id={numberId}
            className="input"
            type="tel"
            autoComplete="tel"
            placeholder={t('testCall.numberPlaceholder')}
            value={toNumber}
            onChange={(event) => setTyped(event.target.value)}
          />
        </div>
        <RecipientPicker label={t('testCall.valuesOf')} value={personId} onChange={setPersonId} />
        <button
          type="submit"
          className="button button--primary"
          disabled={busy || calling || notReady !== null || toNumber.trim() === ''}
        >
          {busy ? t('testCall.placing') : calling ? t('testCall.underWay') : t('testCall.call')}
        </button>
      </form>
      {notReady ? <p className="hint">{notReady}</p> : null}
      <ErrorNotice error={error} />
      {testCall ? (
        <TestCallProgress call={testCall} conversation={conversation} error={followError} />
      ) : null}
    </section>
  );
}
