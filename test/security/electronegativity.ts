// `npm test` step: scans the built app (out/: main, preload and the renderer page) with
// Electronegativity. Every finding fails the run unless electronegativity-allowlist.json explains
// why it does not apply, and an explanation whose finding no longer occurs fails it too, so the
// list cannot rot.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { z } from 'zod';

// The built app; another folder may be given to scan a copy.
const OUT = resolve(process.argv[2] ?? 'out');
const ALLOWLIST = resolve(import.meta.dirname, 'electronegativity-allowlist.json');
const BUNDLES = ['main/index.js', 'preload/index.cjs', 'renderer/index.html'];
// Fetches Electron's release list from GitHub (no network here) to report newer Electron
// versions; keeping Electron up to date is a dependency matter, not a property of our code.
const EXCLUDED_CHECKS = ['AvailableSecurityFixesGlobalCheck'];

const ScanSchema = z.object({
  errors: z.array(z.object({ file: z.string(), message: z.string() })),
  issues: z.array(
    z.object({
      id: z.string(),
      file: z.string(),
      location: z.object({ line: z.number(), column: z.number() }),
      description: z.string(),
      severity: z.object({ name: z.string() }),
    }),
  ),
});
type Finding = z.infer<typeof ScanSchema>['issues'][number];

const AllowlistSchema = z.array(
  z.strictObject({
    check: z.string().min(1),
    file: z.string().min(1),
    /** Text on the reported line, so the entry follows the code when the bundle's lines move. */
    code: z.string().min(1),
    reason: z.string().min(40),
  }),
);
type Allowed = z.infer<typeof AllowlistSchema>[number];

type RunElectronegativity = (options: {
  input: string;
  isRelative: boolean;
  electronVersionOverride: string;
  excludeFromScan: string[];
}) => Promise<unknown>;

const require = createRequire(import.meta.url);

function lineOf(finding: Finding): string {
  const path = resolve(OUT, finding.file);
  if (!existsSync(path)) return '';
  return readFileSync(path, 'utf8').split('\n')[finding.location.line - 1] ?? '';
}

function explains(entry: Allowed, finding: Finding): boolean {
  return (
    entry.check === finding.id &&
    entry.file === finding.file &&
    lineOf(finding).includes(entry.code)
  );
}

async function main(): Promise<boolean> {
  const missing = BUNDLES.filter((bundle) => !existsSync(resolve(OUT, bundle)));
  if (missing.length > 0) {
    console.error(`✗ not built: ${missing.join(', ')} (run electron-vite build first)`);
    return false;
  }
  const run = require('@doyensec/electronegativity') as RunElectronegativity;
  const electronVersion = (require('electron/package.json') as { version: string }).version;
  const scan = ScanSchema.parse(
    await run({
      input: OUT,
      isRelative: true,
      electronVersionOverride: electronVersion,
      excludeFromScan: EXCLUDED_CHECKS,
    }),
  );
  const allowlist = AllowlistSchema.parse(JSON.parse(readFileSync(ALLOWLIST, 'utf8')));

  let ok = true;
  for (const error of scan.errors) {
    console.error(`✗ could not scan ${error.file}: ${error.message}`);
    ok = false;
  }
  // One entry explains one finding: a second window or call of the same kind needs its own.
  const unused = new Set(allowlist);
  for (const finding of scan.issues) {
    const where = `${finding.id} in ${finding.file}:${finding.location.line}`;
    const entry = [...unused].find((candidate) => explains(candidate, finding));
    if (entry) {
      unused.delete(entry);
      console.log(`  explained: ${where} — ${entry.reason}`);
    } else {
      console.error(`✗ ${where} (${finding.severity.name}): ${finding.description}`);
      console.error(`    ${lineOf(finding).trim().slice(0, 200)}`);
      ok = false;
    }
  }
  for (const entry of unused) {
    console.error(
      `✗ ${entry.check} in ${entry.file} at "${entry.code}" is no longer reported: remove it from ${ALLOWLIST}`,
    );
    ok = false;
  }
  console.log(
    `Electronegativity ${ok ? 'passed' : 'failed'}: ${scan.issues.length} findings, ` +
      `${allowlist.length} explained in electronegativity-allowlist.json`,
  );
  return ok;
}

process.exitCode = (await main()) ? 0 : 1;
