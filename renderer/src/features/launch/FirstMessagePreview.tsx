import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgentDetails } from '../../../../shared/domain/agents/agent';
import { previewFirstMessage, type PreviewSegment } from '../../../../shared/domain/launch';
import { createEmptyRecipient } from '../../../../shared/domain/recipients';
import { useFormat } from '../../i18n/format';
import { useDraft } from '../campaigns/editor/draft-store-context';
import { useRecipients } from '../recipients/recipient-store-context';
import { variableLabel } from '../recipients/variable-names';
import { RecipientPicker } from './RecipientPicker';

const NOBODY = createEmptyRecipient('preview');

function Segment(props: { segment: PreviewSegment }) {
  const { t } = useTranslation('launch');
  const { segment } = props;
  switch (segment.kind) {
    case 'text':
      return segment.text;
    case 'value':
      return (
        <mark className="preview__value" title={variableLabel(segment.name)}>
          {segment.text}
        </mark>
      );
    case 'missing':
      return (
        <mark className="preview__missing">
          {t('preview.missingValue', { name: variableLabel(segment.name) })}
        </mark>
      );
    case 'system':
      return <span className="preview__system">{segment.text}</span>;
  }
}

/** Step 2: what the agent will say first, with one chosen person's values filled in. */
export function FirstMessagePreview(props: { agent: AgentDetails }) {
  const recipients = useRecipients((state) => state.recipients);
  const indexById = useRecipients((state) => state.indexById);
  const defaultCountry = useDraft((state) => state.settings.defaultCountry);
  const variables = useDraft((state) => state.settings.variables);
  const bindings = useDraft((state) => state.settings.bindings);
  // undefined: nobody picked yet, so the first person is shown; null: "nobody" was picked.
  const [picked, setPicked] = useState<string | null | undefined>(undefined);
  const headingId = useId();
  const { t } = useTranslation('launch');
  const format = useFormat();

  const chosenId = picked === undefined ? (recipients[0]?.id ?? null) : picked;
  const index = chosenId === null ? undefined : indexById.get(chosenId);
  const recipient = (index === undefined ? undefined : recipients[index]) ?? NOBODY;
  const preview = useMemo(
    () => previewFirstMessage(recipient, props.agent, { defaultCountry, variables }, bindings),
    [recipient, props.agent, defaultCountry, variables, bindings],
  );

  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('preview.heading')}</h2>
      <RecipientPicker
        label={t('preview.fillFrom')}
        value={recipient === NOBODY ? null : recipient.id}
        onChange={setPicked}
      />
      {props.agent.firstMessage.trim() === '' ? (
        <p className="muted">{t('preview.noFirstMessage')}</p>
      ) : (
        <blockquote className="first-message preview" aria-label={t('preview.label')}>
          {preview.segments.map((segment, position) => (
            <Segment key={position} segment={segment} />
          ))}
        </blockquote>
      )}
      {preview.missing.length > 0 ? (
        <p className="field-problem">
          {t('preview.missing', {
            count: preview.missing.length,
            names: format.list(preview.missing.map((name) => variableLabel(name))),
          })}
        </p>
      ) : null}
    </section>
  );
}
