import { useRef, useState, type DragEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

function carriesFiles(event: DragEvent): boolean {
  return event.dataTransfer.types.includes('Files');
}

/**
 * Lets a spreadsheet be dragged from the desktop onto the recipient list. Only drags that
 * carry files are taken; text or rows dragged within the page pass through untouched.
 */
export function SpreadsheetDropZone(props: {
  disabled: boolean;
  onFile: (file: File) => void;
  children: ReactNode;
}) {
  const { t } = useTranslation('import');
  const [over, setOver] = useState(false);
  // dragenter and dragleave fire for every child crossed; the zone is left when they balance.
  const depth = useRef(0);
  const accepts = (event: DragEvent) => !props.disabled && carriesFiles(event);

  return (
    <div
      className="drop-zone"
      onDragEnter={(event) => {
        if (!accepts(event)) return;
        event.preventDefault();
        depth.current++;
        setOver(true);
      }}
      onDragOver={(event) => {
        if (!accepts(event)) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = 'copy';
      }}
      onDragLeave={(event) => {
        if (!accepts(event)) return;
        depth.current = Math.max(0, depth.current - 1);
        if (depth.current === 0) setOver(false);
      }}
      onDrop={(event) => {
        if (!accepts(event)) return;
        // Otherwise the browser (or Electron) would try to open the file itself.
        event.preventDefault();
        depth.current = 0;
        setOver(false);
        const file = event.dataTransfer.files[0];
        if (file) props.onFile(file);
      }}
    >
      {props.children}
      {over ? (
        <div className="drop-zone__overlay" aria-hidden="true">
          {t('dropZone')}
        </div>
      ) : null}
    </div>
  );
}
