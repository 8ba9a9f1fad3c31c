import { useRef } from 'react';
import { useTranslation } from 'react-i18next';

/** What the file dialog offers; anything else can still be dropped and gets a clear refusal. */
const ACCEPT = '.csv,.tsv,.txt,text/csv,text/tab-separated-values';

/** A button that opens the file dialog for a spreadsheet. */
export function SpreadsheetFileButton(props: {
  label: string;
  onFile: (file: File) => void;
  primary?: boolean;
}) {
  const { t } = useTranslation('import');
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button
        type="button"
        className={props.primary ? 'button button--primary' : 'button'}
        onClick={() => input.current?.click()}
      >
        {props.label}
      </button>
      <input
        ref={input}
        type="file"
        hidden
        accept={ACCEPT}
        aria-label={t('fileInput')}
        onChange={(event) => {
          const file = event.target.files?.[0];
          // Cleared, so choosing the same file again (after fixing it) still counts as a choice.
          event.target.value = '';
          if (file) props.onFile(file);
        }}
      />
    </>
  );
}
