import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCommitText } from './use-commit-text';

export interface KeyValueEditorProps {
  /** What the pairs are, e.g. "Custom fields"; names the group for screen readers. */
  label: string;
  entries: Readonly<Record<string, string>>;
  onChange: (entries: Record<string, string>) => void;
  /**
   * Keys that always get a row and cannot be renamed or removed (the agent's variables). An
   * empty value removes the entry, so whatever the placeholder says applies instead.
   */
  fixedKeys?: readonly string[];
  labelFor?: (key: string) => string;
  placeholderFor?: (key: string) => string | undefined;
  problemFor?: (key: string) => string | undefined;
  keyLabel: string;
  addLabel: string;
  hint?: string;
  disabled?: boolean;
}

function without(entries: Readonly<Record<string, string>>, key: string): Record<string, string> {
  return Object.fromEntries(Object.entries(entries).filter(([name]) => name !== key));
}

function renamed(entries: Readonly<Record<string, string>>, from: string, to: string) {
  // Rebuilt in order, so the renamed entry keeps its place in the list.
  return Object.fromEntries(
    Object.entries(entries).map(([key, value]) => [key === from ? to : key, value]),
  );
}

function CommitInput(props: {
  label: string;
  value: string;
  placeholder?: string | undefined;
  problem?: string | undefined;
  check?: (text: string) => string | undefined;
  disabled: boolean;
  autoFocus?: boolean;
  onCommit: (text: string) => void;
}) {
  const { typing, liveProblem, inputProps } = useCommitText({
    value: props.value,
    onCommit: props.onCommit,
    check: props.check,
  });
  const problem = typing ? liveProblem : props.problem;
  return (
    <span className="kv-editor__cell">
      <input
        className="input"
        aria-label={props.label}
        aria-invalid={problem ? true : undefined}
        title={problem}
        placeholder={props.placeholder}
        disabled={props.disabled}
        // Only the entry the user just asked for takes focus, so keyboard users can type at once.
        autoFocus={props.autoFocus}
        {...inputProps}
      />
      {problem ? <span className="field-problem">{problem}</span> : null}
    </span>
  );
}

/** Name–value pairs (custom fields, agent variables) with add, rename and remove. */
export function KeyValueEditor(props: KeyValueEditorProps) {
  const { t, i18n } = useTranslation();
  const [adding, setAdding] = useState(false);
  // The entry just added, so its value field takes focus and typing can go on.
  const [added, setAdded] = useState<string | null>(null);
  const disabled = props.disabled ?? false;
  const fixed = props.fixedKeys ?? [];
  const free = Object.keys(props.entries).filter((key) => !fixed.includes(key));
  const labelFor = props.labelFor ?? ((key: string) => key);
  const clash = (text: string, own: string) =>
    text.trim() !== own && (text.trim() in props.entries || fixed.includes(text.trim()))
      ? t('keyValue.taken', { name: text.trim() })
      : undefined;

  const setValue = (key: string, value: string, dropWhenEmpty: boolean) =>
    props.onChange(
      dropWhenEmpty && value.trim() === ''
        ? without(props.entries, key)
        : { ...props.entries, [key]: value },
    );

  return (
    <fieldset className="kv-editor">
      <legend className="field-label">{props.label}</legend>
      {props.hint ? <p className="hint">{props.hint}</p> : null}
      {fixed.length + free.length > 0 ? (
        <ul className="kv-editor__rows">
          {fixed.map((key) => (
            <li key={key} className="kv-editor__row">
              <span className="kv-editor__name" title={key}>
                {labelFor(key)}
              </span>
              <CommitInput
                label={labelFor(key)}
                value={props.entries[key] ?? ''}
                placeholder={props.placeholderFor?.(key)}
                problem={props.problemFor?.(key)}
                disabled={disabled}
                onCommit={(text) => setValue(key, text, true)}
              />
              <span />
            </li>
          ))}
          {free.map((key) => (
            <li key={key} className="kv-editor__row">
              <CommitInput
                label={t('keyValue.keyOf', { label: props.keyLabel, key })}
                value={key}
                problem={props.problemFor?.(key)}
                check={(text) => clash(text, key)}
                disabled={disabled}
                onCommit={(text) => {
                  const name = text.trim();
                  if (name !== '' && clash(name, key) === undefined) {
                    props.onChange(renamed(props.entries, key, name));
                  }
                }}
              />
              <CommitInput
                label={labelFor(key)}
                value={props.entries[key] ?? ''}
                disabled={disabled}
                autoFocus={key === added}
                onCommit={(text) => setValue(key, text, false)}
              />
              {disabled ? (
                <span />
              ) : (
                <button
                  type="button"
                  className="icon-button"
                  aria-label={t('actions.removeNamed', { name: labelFor(key) })}
                  onClick={() => props.onChange(without(props.entries, key))}
                >
                  ×
                </button>
              )}
            </li>
          ))}
        </ul>
      ) : null}
      {disabled ? null : !adding ? (
        <button type="button" className="button button--small" onClick={() => setAdding(true)}>
          + {props.addLabel}
        </button>
      ) : (
        <div className="kv-editor__row">
          <CommitInput
            label={t('keyValue.newKey', {
              label: props.keyLabel.toLocaleLowerCase(i18n.resolvedLanguage),
            })}
            value=""
            placeholder={props.keyLabel}
            check={(text) => clash(text, '')}
            disabled={false}
            autoFocus
            onCommit={(text) => {
              const name = text.trim();
              setAdding(false);
              if (name !== '' && clash(name, '') === undefined) {
                setAdded(name);
                props.onChange({ ...props.entries, [name]: '' });
              }
            }}
          />
          <span className="hint">{t('keyValue.addHint')}</span>
          <button
            type="button"
            className="icon-button"
            aria-label={t('actions.cancel')}
            onClick={() => setAdding(false)}
          >
            ×
          </button>
        </div>
      )}
    </fieldset>
  );
}
