import { useMemo } from 'react';
import { attentionCount } from './recipient-store';
import { useRecipients, useRecipientStore } from './recipient-store-context';

const count = new Intl.NumberFormat();

function plural(n: number, one: string, many: string): string {
  return `${count.format(n)} ${n === 1 ? one : many}`;
}

/** "3 rows need attention" with a way to jump to the next one. */
export function AttentionSummary() {
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

  const filtered = shown !== total ? ` · ${count.format(shown)} shown` : '';
  let text: string;
  if (total === 0) text = 'No recipients yet';
  else if (attention === null) text = `Checking ${plural(total, 'recipient', 'recipients')}…`;
  else if (attention === 0) text = `${plural(total, 'recipient', 'recipients')} · all ready`;
  else {
    text = `${plural(total, 'recipient', 'recipients')} · ${plural(attention, 'row needs', 'rows need')} attention`;
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
          Show next
        </button>
      ) : null}
    </div>
  );
}
