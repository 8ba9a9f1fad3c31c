import { useRef, useState, type ChangeEvent, type KeyboardEvent } from 'react';

export interface CommitTextOptions {
  value: string;
  /** Called once per finished edit (Enter or leaving the field), only when the text changed. */
  onCommit: (text: string) => void;
  /** The problem with the text as typed, if any, so it can be shown before the edit is done. */
  check?: (text: string) => string | undefined;
  /** Runs after the field's own key handling (Enter commits, Escape reverts). */
  onKeyDown?: (event: KeyboardEvent<HTMLInputElement>) => void;
}

/**
 * A text input that edits a stored value without writing every keystroke back: what is typed
 * stays local until Enter or blur commits it, and Escape throws it away.
 */
export function useCommitText({ value, onCommit, check, onKeyDown }: CommitTextOptions) {
  const [typed, setTyped] = useState<string | null>(null);
  // Enter commits and may move focus at once, and the blur that follows must not commit again
  // from the same render's state.
  const pending = useRef<string | null>(null);

  const type = (text: string | null) => {
    pending.current = text;
    setTyped(text);
  };

  const commit = () => {
    const text = pending.current;
    if (text === null) return;
    type(null);
    if (text !== value) onCommit(text);
  };

  return {
    typing: typed !== null,
    /** The problem with the text being typed; undefined when there is none or nothing is typed. */
    liveProblem: typed !== null && check ? check(typed) : undefined,
    inputProps: {
      value: typed ?? value,
      onChange: (event: ChangeEvent<HTMLInputElement>) => type(event.target.value),
      onBlur: commit,
      onKeyDown: (event: KeyboardEvent<HTMLInputElement>) => {
        if (event.key === 'Enter') {
          commit();
        } else if (event.key === 'Escape' && pending.current !== null) {
          // The first Escape only undoes the typing; it must not also close what holds the field.
          event.stopPropagation();
          type(null);
          return;
        }
        onKeyDown?.(event);
      },
    },
  };
}
