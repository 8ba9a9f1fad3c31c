import { useEffect, useState } from 'react';
import type { AppErrorShape } from '../../../../shared/contract';
import type { PhoneNumber } from '../../../../shared/domain/workspace';
import { request, toAppError } from '../../api/callsheet';
import { ErrorNotice } from '../../ui/ErrorNotice';

export const providerLabels: Record<PhoneNumber['provider'], string> = {
  twilio: 'Twilio',
  sip_trunk: 'SIP trunk',
  other: 'Other provider',
};

export function usePhoneNumbers() {
  const [numbers, setNumbers] = useState<PhoneNumber[] | null>(null);
  const [error, setError] = useState<AppErrorShape | null>(null);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let cancelled = false;
    request('listPhoneNumbers', {})
      .then((list) => {
        if (cancelled) return;
        setNumbers(list);
        setError(null);
      })
      .catch((reason: unknown) => !cancelled && setError(toAppError(reason)));
    return () => {
      cancelled = true;
    };
  }, [attempt]);
  return { numbers, error, retry: () => setAttempt((n) => n + 1) };
}

/** The workspace's numbers by label and number; the phnum_ id only in the details view. */
export function PhoneNumberList() {
  const { numbers, error, retry } = usePhoneNumbers();
  if (error) return <ErrorNotice error={error} onRetry={retry} />;
  if (!numbers) return <p className="muted">Loading phone numbers…</p>;
  if (numbers.length === 0) {
    return (
      <p className="muted">
        This workspace has no phone numbers yet. Add a Twilio number or a SIP trunk in the
        ElevenLabs dashboard to place calls.
      </p>
    );
  }
  return (
    <table className="table" aria-label="Phone numbers">
      <thead>
        <tr>
          <th scope="col">Label</th>
          <th scope="col">Number</th>
          <th scope="col">Provider</th>
          <th scope="col">Answers with</th>
          <th scope="col">Details</th>
        </tr>
      </thead>
      <tbody>
        {numbers.map((number) => (
          <tr key={number.id}>
            <td>{number.label}</td>
            <td className="nowrap">{number.number}</td>
            <td>{providerLabels[number.provider]}</td>
            <td>
              {number.assignedAgent?.name ?? <span className="muted">No agent assigned</span>}
            </td>
            <td>
              <details>
                <summary>Show</summary>
                <dl className="details-list">
                  <dt>Phone number ID</dt>
                  <dd>
                    <code>{number.id}</code>
                  </dd>
                  <dt>Outbound calls</dt>
                  <dd>{number.supportsOutbound ? 'Supported' : 'Not supported'}</dd>
                </dl>
              </details>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
