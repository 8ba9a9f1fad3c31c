// `npm run bench`: runs every benchmark in this folder and prints its figures. Nothing here is
// asserted; tests never time anything.
import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

export interface BenchmarkResult {
  name: string;
  /** Printed as "label: value unit" lines, with PASS or MISS after a figure that has a goal. */
  figures: Array<{ label: string; value: number; unit: string; goal?: Goal }>;
  notes?: string[];
}

/** The most a figure may be. */
export interface Goal {
  max: number;
}

export interface BenchmarkModule {
  run(): Promise<BenchmarkResult[]>;
}

function shown(value: number): number {
  return Number(value.toFixed(2));
}

function verdict(figure: BenchmarkResult['figures'][number]): string {
  const { goal } = figure;
  if (!goal) return '';
  const target = `goal ≤ ${shown(goal.max)} ${figure.unit}`;
  return figure.value <= goal.max
    ? `  PASS (${target})`
    : `  MISS (${target}: over by ${shown(figure.value - goal.max)} ${figure.unit}, ${Math.round((figure.value / goal.max - 1) * 100)}%)`;
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
      console.log(`  ${figure.label}: ${shown(figure.value)} ${figure.unit}${verdict(figure)}`);
    }
    for (const note of result.notes ?? []) console.log(`  note: ${note}`);
  }
}
