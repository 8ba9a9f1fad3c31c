import { useEffect, useId, useState, type FormEvent } from 'react';
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
  const draftId = useDraft((state) => state.id);
  const notReady = useDraft((state) => unsavedReason(state.save));
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
      <h2 id={headingId}>3. Try a test call</h2>
      <p className="muted">
        Callsheet calls the number you type, from the campaign’s number, with the agent and the
        values of the person you pick, so you hear exactly what they would.
      </p>
      <form className="test-call-form" onSubmit={(event) => void call(event)}>
        <div className="field">
          <label htmlFor={numberId} className="field-label">
            Number to call
          </label>
          <input
            id={numberId}
            className="input"
            type="tel"
            autoComplete="tel"
            placeholder="Your own phone, e.g. +48 600 700 800"
            value={toNumber}
            onChange={(event) => setTyped(event.target.value)}
          />
        </div>
        <RecipientPicker
          label="With the values of"
          value={personId}
          onChange={setPersonId}
          noneLabel="Nobody in particular"
        />
        <button
          type="submit"
          className="button button--primary"
          disabled={busy || calling || notReady !== null || toNumber.trim() === ''}
        >
          {busy ? 'Placing the call…' : calling ? 'Call under way…' : 'Call me now'}
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
