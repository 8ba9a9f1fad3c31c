// Child process for killed-writer.test.ts: saves one large draft over and over until it is
// killed, printing each revision once it is on disk. Usage: <drafts folder> <draft id> <recipients>
import { createDraftStore } from '../../../../electron/main/services/drafts/draft-store';
import { savedAs } from '../draft-fixtures';

const [directory = '', id = '', count = '0'] = process.argv.slice(2);
const store = createDraftStore({ directory });
let revision = store.get(id).revision;
process.stdout.write(`ready ${revision}\n`);

for (;;) {
  revision = store.save(id, revision, savedAs(revision + 1, Number(count))).revision;
  process.stdout.write(`saved ${revision}\n`);
  await new Promise((resolve) => setImmediate(resolve));
}
