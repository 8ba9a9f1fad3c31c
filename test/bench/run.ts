// `npm run bench`: runs every benchmark in this folder and prints its figures. Nothing here is
// asserted; tests never time anything.
import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

export interface BenchmarkResult {
  name: string;
  /** Printed as "label: value unit" lines. */
  figures: Array<{ label: string; value: number; unit: string }>;
  notes?: string[];
}

export interface BenchmarkModule {
  run(): Promise<BenchmarkResult[]>;
}

const here = fileURLToPath(new URL('.', import.meta.url));
const only = process.argv[2];
const files = readdirSync(here)
  .filter((file) => file.endsWith('.bench.ts'))
  .filter((file) => !only || file.includes(only))
  .sort();

for (const file of files) {
  const module = (await import(pathToFileURL(`${here}${file}`).href)) as BenchmarkModule;
  for (const result of await module.run()) {
    console.log(`\n${result.name}`);
    for (const figure of result.figures) {
      console.log(`  ${figure.label}: ${Number(figure.value.toFixed(2))} ${figure.unit}`);
    }
    for (const note of result.notes ?? []) console.log(`  note: ${note}`);
  }
}
