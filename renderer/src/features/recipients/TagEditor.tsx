import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseTags } from './recipient-values';

/** Tags as removable chips, with a field that adds one on Enter or comma. */
export function TagEditor(props: {
  tags: readonly string[];
  onChange: (tags: string[]) => void;
  problems: ReadonlyMap<number, string>;
  disabled: boolean;
}) {
  const { t } = useTranslation('recipients');
  const [text, setText] = useState('');
  const id = useId();
  const add = () => {
    const added = parseTags(text).filter((tag) => !props.tags.includes(tag));
    setText('');
    if (added.length > 0) props.onChange([...props.tags, ...added]);
  };
  return (
    <div className="field">
      <label htmlFor={id} className="field-label">
        {t('fields.metadata.tags.label')}
      </label>
      {props.tags.length > 0 ? (
        <ul className="tag-list" aria-label={t('tags.current')}>
          {props.tags.map((tag, index) => (
            <li
              key={tag}
              className={`tag${props.problems.has(index) ? ' tag--problem' : ''}`}
              title={props.problems.get(index)}
            >
              {tag}
              {props.disabled ? null : (
                <button
                  type="button"
                  className="tag__remove"
                  aria-label={t('tags.remove', { tag })}
                  onClick={() => props.onChange(props.tags.filter((other) => other !== tag))}
                >
                  ×
                </button>
              )}
            </li>
          ))}
        </ul>
      ) : null}
      {props.disabled ? null : (
        <input
          id={id}
          className="input"
          placeholder={t('tags.placeholder')}
          value={text}
          onChange={(event) => setText(event.target.value)}
          onBlur={add}
          onKeyDown={(event) => {
            if (event.key === 'Enter' || event.key === ',') {
              event.preventDefault();
              add();
            }
          }}
        />
      )}
      {[...props.problems.values()].map((problem) => (
        <p key={problem} className="field-problem">
          {problem}
        </p>
      ))}
    </div>
  );
}
