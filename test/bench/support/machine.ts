import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';

// Wall-clock figures on a virtual machine depend on how much of its cores the host lets it
// have; the note says so, so two runs' figures can be told apart from two changes'.

interface CpuCounters {
  total: number;
  /** Time the hypervisor gave to other machines while this one had work to run. */
  steal: number;
}

/** The machine's CPU time counters (Linux /proc/stat), or undefined where there are none. */
function readCounters(): CpuCounters | undefined {
  try {
    const line = readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '';
    const fields = line.trim().split(/\s+/).slice(1).map(Number);
    // user nice system idle iowait irq softirq steal …
    const steal = fields[7];
    if (steal === undefined || fields.some(Number.isNaN)) return undefined;
    return { total: fields.reduce((sum, value) => sum + value, 0), steal };
  } catch {
    return undefined;
  }
}

/** Starts watching the machine; `note()` then describes it since. */
export function watchMachine(): { note(): string } {
  const start = readCounters();
  return {
    note() {
      const end = readCounters();
      const load = loadavg()
        .map((value) => value.toFixed(1))
        .join(' / ');
      const stolen =
        start && end && end.total > start.total
          ? ` The host gave ${Math.round(((end.steal - start.steal) / (end.total - start.total)) * 100)}% of this machine's CPU time to other machines during the run (steal); every wall-clock figure stretches with it.`
          : '';
      return `Machine: ${cpus().length} cores, load average ${load} (1 / 5 / 15 min) at the end; other work on it stretches every wall-clock figure, long tasks included.${stolen}`;
    },
  };
}
