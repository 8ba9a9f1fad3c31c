import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';

// Wall-clock figures on a virtual machine depend on how much of its cores the host lets it
// have; the note says so, so two runs' figures can be told apart from two changes'.

interface CpuCounters {
  total: number;
  /** Idle and waiting for the disk. */
  idle: number;
  /** Time the hypervisor gave to other machines while this one had work to run. */
  steal: number;
}

/** The machine's CPU time counters (Linux /proc/stat), or undefined where there are none. */
function readCounters(): CpuCounters | undefined {
  try {
    const line = readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '';
    const fields = line.trim().split(/\s+/).slice(1).map(Number);
    // user nice system idle iowait irq softirq steal …
    const [idle, iowait, steal] = [fields[3], fields[4], fields[7]];
    if (idle === undefined || iowait === undefined || steal === undefined) return undefined;
    if (fields.some(Number.isNaN)) return undefined;
    return { total: fields.reduce((sum, value) => sum + value, 0), idle: idle + iowait, steal };
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

const QUIET_BELOW = 0.2;
const QUIET_FOR_MS = 500;
const QUIET_WAIT_LIMIT_MS = 20_000;

/**
 * Resolves once the machine has spent less than a fifth of its CPU time on work for half a
 * second, so what one timed step leaves running (a save, a list check in a worker) is not timed
 * with the next; false if that did not happen within 20 s (or the machine has no counters).
 */
export async function untilQuiet(): Promise<boolean> {
  const giveUp = Date.now() + QUIET_WAIT_LIMIT_MS;
  while (Date.now() < giveUp) {
    const start = readCounters();
    await new Promise((resolve) => setTimeout(resolve, QUIET_FOR_MS));
    const end = readCounters();
    if (!start || !end) return false;
    const ours = end.total - start.total - (end.steal - start.steal);
    if (ours > 0 && 1 - (end.idle - start.idle) / ours < QUIET_BELOW) return true;
  }
  return false;
}
