import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  createImportSession,
  CONVERT_AGAIN_AFTER_MS,
  type ImportSession,
} from '../../../renderer/src/features/import/import-session';
import { createImportWorkerClient } from '../../../renderer/src/workers/import-worker-client';
import type { ImportWorkerRequest } from '../../../shared/domain/spreadsheet';
import { csv, utf8 } from './fixtures';
import { inProcessWorker } from './in-process-worker';

const FILE = csv(
  [
    ['Telefon', 'Imię', 'Firma'],
    ['600 700 800', 'Anna', 'Salon Ania'],
    ['601 700 800', 'Paweł', 'Fryzjer'],
  ],
  ';',
);

function openSession() {
  const worker = inProcessWorker();
  const session = createImportSession({
    file: new File([utf8(FILE)], 'klienci.csv', { type: 'text/csv' }),
    client: createImportWorkerClient(() => worker),
    agentVariables: [],
    defaultCountry: 'PL',
    existingPhoneNumbers: () => [],
  });
  return { session, worker };
}

/** The mappings the rows were converted ahead with, in order. */
function prepared(requests: readonly ImportWorkerRequest[]) {
  return requests.flatMap((request) =>
    request.type === 'prepare' ? [request.mapping.map((column) => column.target)] : [],
  );
}

async function readFile(session: ImportSession) {
  session.getState().start();
  await vi.waitFor(() => expect(session.getState().step.kind).toBe('file'));
}

/** Longer than the pause the session waits for before converting ahead again. */
const settle = () => new Promise((resolve) => setTimeout(resolve, CONVERT_AGAIN_AFTER_MS * 2));

describe('converting ahead while the person checks the columns', () => {
  let session: ImportSession | undefined;
  afterEach(() => session?.getState().dispose());

  it('converts with the suggested columns as soon as the file is read', async () => {
    const opened = openSession();
    session = opened.session;
    await readFile(session);
    await vi.waitFor(() =>
      expect(prepared(opened.worker.requests)).toEqual([
        ['phone_number', 'contact_info.name', 'contact_info.company'],
      ]),
    );
  });

  it('converts again once the person has changed the columns, once for several quick changes', async () => {
    const opened = openSession();
    session = opened.session;
    await readFile(session);
    session.getState().showStep('columns');
    session.getState().setTarget(1, 'ignore');
    session.getState().setTarget(2, 'metadata.custom_fields.firma');
    await settle();
    expect(prepared(opened.worker.requests)).toEqual([
      ['phone_number', 'contact_info.name', 'contact_info.company'],
      ['phone_number', 'ignore', 'metadata.custom_fields.firma'],
    ]);

    session.getState().restoreSuggestions();
    await settle();
    expect(prepared(opened.worker.requests).at(-1)).toEqual([
      'phone_number',
      'contact_info.name',
      'contact_info.company',
    ]);
  });

  it('does not convert columns that cannot be imported, and confirming them converts what is shown', async () => {
    const opened = openSession();
    session = opened.session;
    await readFile(session);
    session.getState().setTarget(0, 'ignore');
    await settle();
    expect(prepared(opened.worker.requests)).toHaveLength(1);

    session.getState().setTarget(0, 'phone_number');
    session.getState().setTarget(2, 'ignore');
    // Confirmed before the pause is over: the request converts, nothing is prepared after it.
    session.getState().convert('keep-first');
    await vi.waitFor(() => expect(session?.getState().step.kind).toBe('check'));
    await settle();
    expect(prepared(opened.worker.requests)).toHaveLength(1);
    expect(session.getState().converted?.recipients.map((row) => row.contact_info)).toEqual([
      { name: 'Anna' },
      { name: 'Paweł' },
    ]);
  });
});
