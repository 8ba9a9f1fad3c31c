// Starts the browser test host as its own process, so tests can restart or kill it like the
// real app. Prints one JSON line with the page URL once it is ready.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { startTestHost } from './test-host';

const { values } = parseArgs({
  options: {
    port: { type: 'string' },
    'data-dir': { type: 'string' },
    sandbox: { type: 'boolean', default: false },
    'fake-live': { type: 'boolean', default: false },
    'request-timeout-seconds': { type: 'string' },
    'sandbox-time-scale': { type: 'string' },
    human: { type: 'boolean', default: false },
  },
});

const dataDir = values['data-dir'] ?? mkdtempSync(join(tmpdir(), 'callsheet-host-'));
const host = await startTestHost({
  dataDir,
  sandbox: values.sandbox,
  fakeLive: values['fake-live'],
  ...(values['request-timeout-seconds']
    ? { requestTimeoutSeconds: Number(values['request-timeout-seconds']) }
    : {}),
  ...(values.port ? { port: Number(values.port) } : {}),
  ...(values['sandbox-time-scale']
    ? { sandboxTimeScale: Number(values['sandbox-time-scale']) }
    : {}),
});

if (values.human) {
  console.log(`Callsheet is running in sandbox mode (no real calls). Data: ${dataDir}`);
  console.log(`Open this address in a browser: ${host.url}`);
  console.log('Press Ctrl+C to stop.');
} else {
  console.log(
    JSON.stringify({
      url: host.url,
      origin: host.origin,
      dataDir,
      fakeLiveUrl: host.fakeLive?.url ?? null,
      fakeLiveApiKey: host.fakeLive?.apiKey ?? null,
      // The sandbox workspace's control API (scripted outcomes, faults, clock), when started.
      sandboxUrl: host.sandbox()?.url ?? null,
      sandboxApiKey: host.sandbox()?.apiKey ?? null,
    }),
  );
}

const stop = () => {
  void host.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
