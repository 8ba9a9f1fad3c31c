// `npm test`: every layer of DESIGN.md's test table, in order, ending with one summary line.
// A layer that runs no test counts as a failure, so nothing can silently drop out of CI.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';

interface Tally {
  passed: number;
  failed: number;
  skipped: number;
}

const results = new Map<string, Tally>();
const skipReasons: string[] = [];

function run(command: string, args: string[]): boolean {
  console.log(`\n▶ ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  return result.status === 0;
}

function check(layer: string, ok: boolean): void {
  results.set(layer, { passed: ok ? 1 : 0, failed: ok ? 0 : 1, skipped: 0 });
}

function readJson<T>(path: string): T | null {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as T;
  } catch {
    return null;
  }
}

interface VitestReport {
  testResults: Array<{
    name: string;
    status: 'passed' | 'failed' | string;
    message?: string;
    assertionResults: Array<{ status: 'passed' | 'failed' | 'skipped' | 'pending' | 'todo' }>;
  }>;
}

interface PlaywrightSuite {
  specs: Array<{
    tests: Array<{
      projectName: string;
      status: 'expected' | 'unexpected' | 'skipped' | 'flaky';
      annotations: Array<{ type: string; description?: string }>;
    }>;
  }>;
  suites?: PlaywrightSuite[];
}

function tallyVitest(report: VitestReport | null, vitestOk: boolean): void {
  const unit: Tally = { passed: 0, failed: 0, skipped: 0 };
  const services: Tally = { passed: 0, failed: 0, skipped: 0 };
  for (const file of report?.testResults ?? []) {
    const tally = file.name.includes('/test/services/') ? services : unit;
    // A file that fails to load has no assertions, only its own failed status.
    const failedAssertions = file.assertionResults.filter((a) => a.status === 'failed').length;
    if (file.status === 'failed' && failedAssertions === 0) tally.failed += 1;
    for (const assertion of file.assertionResults) {
      if (assertion.status === 'passed') tally.passed += 1;
      else if (assertion.status === 'failed') tally.failed += 1;
      else tally.skipped += 1;
    }
  }
  if (!vitestOk && unit.failed + services.failed === 0) unit.failed += 1;
  results.set('unit (shared, vitest)', unit);
  results.set('services + handlers (vitest, sandbox, keychain)', services);
}

function tallyPlaywright(report: { suites: PlaywrightSuite[] } | null, ok: boolean): void {
  const browser: Tally = { passed: 0, failed: 0, skipped: 0 };
  const electron: Tally = { passed: 0, failed: 0, skipped: 0 };
  const visit = (suite: PlaywrightSuite) => {
    for (const spec of suite.specs) {
      for (const test of spec.tests) {
        const tally = test.projectName === 'electron' ? electron : browser;
        if (test.status === 'expected' || test.status === 'flaky') tally.passed += 1;
        else if (test.status === 'skipped') {
          tally.skipped += 1;
          const reason = test.annotations.find((a) => a.type === 'skip')?.description;
          if (reason) skipReasons.push(`${test.projectName}: skipped: ${reason}`);
        } else tally.failed += 1;
      }
    }
    suite.suites?.forEach(visit);
  };
  report?.suites.forEach(visit);
  if (!ok && browser.failed + electron.failed === 0) browser.failed += 1;
  results.set('end-to-end (Playwright, Chromium, test host)', browser);
  results.set('Electron end-to-end (Playwright _electron)', electron);
}

rmSync('test-results', { recursive: true, force: true });
mkdirSync('test-results', { recursive: true });

check('typecheck', run('npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']));
check(
  'lint + format',
  run('npx', ['eslint', '.', '--max-warnings', '0']) && run('npx', ['prettier', '--check', '.']),
);
const built = run('npx', ['electron-vite', 'build']);
check('build (main, preload, renderer)', built);
check(
  'security scan (Electronegativity)',
  built && run('node', ['--import', 'tsx', 'test/security/electronegativity.ts']),
);

const vitestOk = run('npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  '--outputFile.json=test-results/vitest.json',
]);
tallyVitest(readJson<VitestReport>('test-results/vitest.json'), vitestOk);

if (built) {
  const playwrightOk = run('npx', ['playwright', 'test']);
  tallyPlaywright(
    readJson<{ suites: PlaywrightSuite[] }>('test-results/playwright.json'),
    playwrightOk,
  );
} else {
  results.set('end-to-end (Playwright, Chromium, test host)', { passed: 0, failed: 1, skipped: 0 });
}

// Every layer that can run here must have run something.
const mustRun = [
  'unit (shared, vitest)',
  'services + handlers (vitest, sandbox, keychain)',
  'end-to-end (Playwright, Chromium, test host)',
];
for (const layer of mustRun) {
  const tally = results.get(layer);
  if (tally && tally.passed + tally.failed === 0) {
    console.error(`✗ ${layer}: no test ran`);
    tally.failed += 1;
  }
}

console.log('\n── Summary ──');
const total: Tally = { passed: 0, failed: 0, skipped: 0 };
for (const [layer, tally] of results) {
  console.log(
    `${tally.failed > 0 ? '✗' : '✓'} ${layer}: ${tally.passed} passed, ${tally.failed} failed, ${tally.skipped} skipped`,
  );
  total.passed += tally.passed;
  total.failed += tally.failed;
  total.skipped += tally.skipped;
}
for (const reason of skipReasons) console.log(`  ${reason}`);
console.log(`${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exit(total.failed > 0 ? 1 : 0);
