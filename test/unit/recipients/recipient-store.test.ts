import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  createEmptyRecipient,
  type CountryCode,
  type StoredRecipient,
} from '../../../shared/domain/recipients';
import {
  attentionCount,
  createRecipientStore,
  issuesFor,
  type RecipientStore,
} from '../../../renderer/src/features/recipients/recipient-store';
import type { ListCheck } from '../../../renderer/src/features/recipients/validation/messages';
import type { ListValidator } from '../../../renderer/src/features/recipients/validation/validation-client';

/** The validation worker, run in-process: the test decides when its pass reaches the list. */
interface FakeValidator extends ListValidator {
  /** The worker's pass over the list as sent so far, not yet handed to the store. */
  pass(): ListCheck;
  /** Hands a pass to the store, as the worker's message would. */
  deliver(check?: ListCheck): void;
}

const validators = vi.hoisted(() => ({ started: [] as FakeValidator[] }));

vi.mock('../../../renderer/src/features/recipients/validation/validation-client', async () => {
  const { createListChecker } =
    await import('../../../renderer/src/features/recipients/validation/list-checker');
  return {
    startListValidator(onCheck: (check: ListCheck) => void): FakeValidator {
      const checker = createListChecker();
      const pass = () => {
        const check = checker.check();
        if (!check) throw new Error('nothing was loaded');
        return check;
      };
      const fake: FakeValidator = {
        load: (rows, country, version) => checker.load(rows, country, version),
        patch: (upserts, removed, version) => checker.patch(upserts, removed, version),
        setCountry: (country, version) => checker.setCountry(country, version),
        learn: (numbers) => checker.learn(numbers),
        dispose: () => undefined,
        pass,
        deliver: (check = pass()) => onCheck(check),
      };
      validators.started.push(fake);
      return fake;
    },
  };
});

function person(id: string, phone: string, name = id): StoredRecipient {
  return { ...createEmptyRecipient(id, phone), contact_info: { name } };
}

/** People with valid, distinct Polish numbers: +48600000000, +48600000001, … */
function people(count: number, prefix = 'p'): StoredRecipient[] {
  return Array.from({ length: count }, (_, index) =>
    person(`${prefix}${index}`, `+48${600_000_000 + index}`),
  );
}

let store: RecipientStore | undefined;

function open(
  recipients: StoredRecipient[],
  options: { defaultCountry?: CountryCode; readOnly?: boolean } = {},
): { store: RecipientStore; worker: FakeValidator } {
  store = createRecipientStore({
    recipients,
    defaultCountry: options.defaultCountry ?? 'PL',
    readOnly: options.readOnly ?? false,
  });
  const worker = validators.started.at(-1);
  if (!worker) throw new Error('the store started no validator');
  return { store, worker };
}

/** What the list's summary shows: a count of rows needing attention, or null while checking. */
function summary(recipients: RecipientStore): number | null {
  return attentionCount(recipients.getState());
}

function codes(recipients: RecipientStore, id: string): string[] | undefined {
  return issuesFor(recipients.getState(), id)?.map((issue) => issue.code);
}

afterEach(() => {
  store?.getState().dispose();
  store = undefined;
  validators.started.length = 0;
});

describe('recipient store: checks', () => {
  it('shows the list as being checked until the first pass arrives', () => {
    const { store, worker } = open([person('a', '+48600700800'), person('b', '12')]);
    expect(summary(store)).toBeNull();
    expect(codes(store, 'a')).toBeUndefined();

    worker.deliver();
    expect(summary(store)).toBe(1);
    expect(codes(store, 'a')).toEqual([]);
    expect(codes(store, 'b')).toEqual(['phone_too_short']);
  });

  it('checks an edited row on the spot, before the next pass', () => {
    const { store, worker } = open([person('a', '+48600700800')]);
    worker.deliver();

    store.getState().editRow('a', person('a', '12'));
    expect(codes(store, 'a')).toEqual(['phone_too_short']);
    expect(summary(store)).toBe(1);
    // Stored normalised: a number typed without its country code gets the campaign's.
    store.getState().editRow('a', person('a', '600 700 801'));
    expect(store.getState().recipients[0]?.phone_number).toBe('+48600700801');
    expect(summary(store)).toBe(0);
  });

  it('keeps the last pass’s duplicate verdict on an edited row until the next pass', () => {
    const { store, worker } = open([person('a', '+48600700800'), person('b', '+48600700800')]);
    worker.deliver();
    expect(codes(store, 'b')).toEqual(['duplicate_phone_number']);

    store.getState().editRow('b', { ...person('b', '+48600700800'), contact_info: { name: 'B' } });
    expect(codes(store, 'b')).toEqual(['duplicate_phone_number']);
    store.getState().editRow('b', person('b', '+48600700801'));
    // Only the pass over the whole list can tell the number is no longer shared.
    expect(codes(store, 'b')).toEqual(['duplicate_phone_number']);
    worker.deliver();
    expect(codes(store, 'b')).toEqual([]);
    expect(codes(store, 'a')).toEqual([]);
  });

  it('shows a big addition as being checked, never as ready, until its own pass arrives', () => {
    const { store, worker } = open([person('a', '+48600700800')]);
    worker.deliver();
    const before = worker.pass();

    const imported = [...people(600), person('broken', '600 7')];
    store.getState().addRecipients(imported);
    expect(store.getState().recipients).toHaveLength(602);
    expect(summary(store)).toBeNull();
    expect(codes(store, 'broken')).toBeUndefined();
    expect(codes(store, 'a')).toBeUndefined();

    // A pass made before the addition, arriving late, does not count.
    worker.deliver(before);
    expect(summary(store)).toBeNull();

    worker.deliver();
    expect(summary(store)).toBe(1);
    expect(codes(store, 'broken')).toEqual(['phone_too_short']);
  });

  it('takes an import’s valid numbers into the check that follows it', async () => {
    const { store, worker } = open([]);
    worker.deliver();
    const imported = [person('valid', '+48600700800'), person('broken', '+48 600 7')];
    // '+48 600 7' said to be valid stands for what the import found: the check takes its word.
    const validPhoneNumbers = {
      defaultCountry: 'PL' as const,
      e164: ['+48 600 7'],
      countries: ['PL'],
    };
    await store
      .getState()
      .addRecipientsInPieces(imported, new AbortController().signal, validPhoneNumbers);
    worker.deliver();
    expect(codes(store, 'broken')).toEqual([]);
    expect(codes(store, 'valid')).toEqual([]);
  });

  it('re-reads every number in a new default country', () => {
    const { store, worker } = open([person('a', '347 123 4567')]);
    worker.deliver();
    expect(codes(store, 'a')).toEqual(['phone_invalid']);

    store.getState().setDefaultCountry('IT');
    expect(summary(store)).toBeNull();
    worker.deliver();
    expect(codes(store, 'a')).toEqual([]);
  });

  it('goes to each row needing attention in turn, then shows only those rows', () => {
    const { store, worker } = open([
      person('a', '12'),
      person('b', '+48600700800'),
      person('c', '34'),
    ]);
    worker.deliver();

    store.getState().showNextNeedingAttention();
    expect(store.getState().activeId).toBe('a');
    store.getState().showNextNeedingAttention();
    expect(store.getState().activeId).toBe('c');
    store.getState().showNextNeedingAttention();
    expect(store.getState().activeId).toBe('a');

    store.getState().setQuery({ search: '+48600700800' });
    expect(store.getState().view).toEqual(['b']);
    store.getState().showNextNeedingAttention();
    expect(store.getState().query.show).toBe('attention');
    expect(store.getState().view).toEqual(['a', 'c']);
    expect(store.getState().activeId).toBe('a');
  });
});

describe('recipient store: edits and undo', () => {
  it('adds an import as one step that undo takes back and redo puts again', () => {
    const { store } = open([person('a', '+48600700800')]);
    const change = store.getState().addRecipients(people(3));
    expect(change?.rows).toHaveLength(3);
    expect(store.getState().view).toEqual(['a', 'p0', 'p1', 'p2']);

    store.getState().undo();
    expect(store.getState().recipients.map((row) => row.id)).toEqual(['a']);
    expect(store.getState().view).toEqual(['a']);
    store.getState().redo();
    expect(store.getState().recipients.map((row) => row.id)).toEqual(['a', 'p0', 'p1', 'p2']);
  });

  it('gives rows whose ids are missing or taken ids of their own', () => {
    const { store } = open([person('a', '+48600700800')]);
    store.getState().addRecipients([person('a', '+48600700801'), person('', '+48600700802')]);
    const ids = store.getState().recipients.map((row) => row.id);
    expect(new Set(ids).size).toBe(3);
    expect(ids[0]).toBe('a');
    expect(ids.slice(1)).not.toContain('');
    expect(store.getState().recipients.map((row) => row.phone_number)).toEqual([
      '+48600700800',
      '+48600700801',
      '+48600700802',
    ]);
  });

  it('adds a big import in pieces as one undoable step, or nothing when stopped', async () => {
    const { store } = open([person('a', '+48600700800')]);
    const stopped = new AbortController();
    const stopping = store.getState().addRecipientsInPieces(people(25_000), stopped.signal);
    stopped.abort();
    expect(await stopping).toBeNull();
    expect(store.getState().recipients).toHaveLength(1);

    const change = await store
      .getState()
      .addRecipientsInPieces(people(25_000), new AbortController().signal);
    expect(change?.rows).toHaveLength(25_000);
    expect(store.getState().recipients).toHaveLength(25_001);
    expect(store.getState().indexById.get('p24999')).toBe(25_000);
    store.getState().undo();
    expect(store.getState().recipients).toHaveLength(1);
  });

  it('undoes a delete with the rows back where they were, and keeps the keyboard nearby', () => {
    const { store } = open([
      person('a', '+48600700800'),
      person('b', '+48600700801'),
      person('c', '+48600700802'),
    ]);
    store.getState().select('b', 'anchor');
    store.getState().removeRecipients(['b']);
    expect(store.getState().view).toEqual(['a', 'c']);
    expect(store.getState().activeId).toBe('c');
    expect(store.getState().focusRequest).toMatchObject({ id: 'c', takeFocus: false });

    store.getState().undo();
    expect(store.getState().recipients.map((row) => row.id)).toEqual(['a', 'b', 'c']);
    expect(store.getState().activeId).toBe('b');
  });

  it('a new edit clears what could be redone; an edit that changes nothing is not recorded', () => {
    const { store } = open([person('a', '+48600700800')]);
    store.getState().editRow('a', person('a', '+48600700801'));
    store.getState().undo();
    expect(store.getState().future).toHaveLength(1);
    store.getState().editRow('a', person('a', '+48600700802'));
    expect(store.getState().future).toHaveLength(0);

    store.getState().editRow('a', person('a', '600 700 802'));
    expect(store.getState().past).toHaveLength(1);
  });

  it('edits many rows at once with one value, and tags them', () => {
    const { store } = open(people(3));
    store.getState().bulkSetText(['p0', 'p2'], 'contact_info.company', '  Salon Anna ');
    store.getState().bulkTag(['p0', 'p1'], ' vip ', true);
    const rows = store.getState().recipients;
    expect(rows.map((row) => row.contact_info.company)).toEqual([
      'Salon Anna',
      undefined,
      'Salon Anna',
    ]);
    expect(rows.map((row) => row.metadata.tags)).toEqual([['vip'], ['vip'], []]);
    store.getState().undo();
    expect(store.getState().recipients.map((row) => row.metadata.tags)).toEqual([[], [], []]);
  });

  it('changes nothing in a launched campaign', () => {
    const { store } = open([person('a', '+48600700800')], { readOnly: true });
    expect(store.getState().addRecipients(people(2))).toBeNull();
    expect(store.getState().removeRecipients(['a'])).toBeNull();
    store.getState().editRow('a', person('a', '+48600700801'));
    expect(store.getState().recipients).toEqual([person('a', '+48600700800')]);
  });
});
