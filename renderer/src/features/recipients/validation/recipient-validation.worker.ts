// Validates the whole recipient list off the page's thread: with 100k rows a full pass takes
// a fraction of a second (seconds the first time, while phone numbers are parsed), which
// would otherwise freeze typing. The page sends changes; this keeps its own copy of the list.
import type { StoredRecipient } from '../../../../../shared/domain/recipients';
import { createListChecker } from './list-checker';
import type { ToValidator } from './messages';

const checker = createListChecker();
/** Rows sent ahead of the load or patch they belong to. */
let ahead: StoredRecipient[] = [];
let scheduled = false;

function run(): void {
  scheduled = false;
  const check = checker.check();
  if (check) postMessage(check);
}

addEventListener('message', (event: MessageEvent<ToValidator>) => {
  const message = event.data;
  if (message.kind === 'rows') {
    for (const row of JSON.parse(message.rowsJson) as StoredRecipient[]) ahead.push(row);
    return;
  }
  if (message.kind === 'numbers') {
    checker.learn(message);
    return;
  }
  if (message.kind === 'load') {
    const list = JSON.parse(message.rowsJson) as StoredRecipient[];
    checker.load([...ahead, ...list], message.defaultCountry, message.version);
    ahead = [];
  } else if (message.kind === 'patch') {
    const upserts = JSON.parse(message.upsertsJson) as StoredRecipient[];
    checker.patch([...ahead, ...upserts], message.removed, message.version);
    ahead = [];
  } else {
    checker.setCountry(message.defaultCountry, message.version);
  }
  // Messages that arrive together (fast typing, undo pressed repeatedly) share one pass.
  if (!scheduled) {
    scheduled = true;
    setTimeout(run, 0);
  }
});
