// Child process for killed-results-writer.test.ts: saves one large batch's results over and over
// until it is killed, printing each version once it is on disk.
// Usage: <results folder> <batch id> <calls>
import { createResultsStore } from '../../../../electron/main/services/results/results-store';
import { savedResults } from './saved-results';

const [directory = '', batchId = '', calls = '0'] = process.argv.slice(2);
const store = createResultsStore({
  directory,
  report: (message) => process.stderr.write(`${message}\n`),
});
let version = store.read(batchId)?.fetchedAt ?? 0;
process.stdout.write(`ready ${version}\n`);

for (;;) {
  version += 1;
  store.write(batchId, savedResults(batchId, version, Number(calls)));
  process.stdout.write(`saved ${version}\n`);
  await new Promise((resolve) => setImmediate(resolve));
}
