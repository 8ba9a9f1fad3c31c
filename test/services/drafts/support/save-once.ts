// Child process for short-write.test.ts: one save, reported as a JSON line.
// Usage: <drafts folder> <draft id> <base revision> <recipients>
import { isAppError } from '../../../../shared/contract/app-error';
import { createDraftStore } from '../../../../electron/main/services/drafts/draft-store';
import { savedAs } from '../draft-fixtures';

const [directory = '', id = '', base = '0', count = '0'] = process.argv.slice(2);
const store = createDraftStore({ directory });
try {
  const saved = store.save(id, Number(base), savedAs(Number(base) + 1, Number(count)));
  process.stdout.write(`${JSON.stringify({ ok: true, revision: saved.revision })}\n`);
} catch (error) {
  const shape = isAppError(error) ? error.toShape() : { code: 'thrown', message: String(error) };
  process.stdout.write(`${JSON.stringify({ ok: false, ...shape })}\n`);
}
