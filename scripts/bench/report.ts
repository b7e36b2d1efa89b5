// The benchmark's figures: samples per step, their medians, and the table printed at
// the end (the same data is written as JSON).
import { median } from './measure.ts';

export interface StepSamples {
  ms: number[];
  cpuMs: number[];
  systemMs: number[];
  rssMb: number[];
}

export interface StepSummary {
  medianMs: number;
  minMs: number;
  maxMs: number;
  runsMs: number[];
  /** Median user + system CPU time, ms (steadier than wall time on a busy machine). */
  medianCpuMs: number | null;
  /** Median system (kernel) part of the CPU time, ms. */
  medianSystemMs: number | null;
  /** Highest peak RSS over the runs, MB. */
  peakRssMb: number | null;
}

export class Samples {
  readonly steps = new Map<string, StepSamples>();

  add(name: string, ms: number, rssMb: number | null, cpuMs: number | null = null, systemMs: number | null = null): void {
    const entry = this.steps.get(name) ?? { ms: [], cpuMs: [], systemMs: [], rssMb: [] };
    entry.ms.push(ms);
    if (cpuMs !== null) entry.cpuMs.push(cpuMs);
    if (systemMs !== null) entry.systemMs.push(systemMs);
    if (rssMb !== null) entry.rssMb.push(rssMb);
    this.steps.set(name, entry);
  }

  summary(): Record<string, StepSummary> {
    return Object.fromEntries(
      [...this.steps].map(([name, { ms, cpuMs, systemMs, rssMb }]) => [
        name,
        {
          medianMs: round(median(ms)),
          minMs: round(Math.min(...ms)),
          maxMs: round(Math.max(...ms)),
          runsMs: ms.map(round),
          medianCpuMs: cpuMs.length > 0 ? round(median(cpuMs)) : null,
          medianSystemMs: systemMs.length > 0 ? round(median(systemMs)) : null,
          peakRssMb: rssMb.length > 0 ? round(Math.max(...rssMb)) : null,
        },
      ]),
    );
  }
}

export const round = (value: number, digits = 1): number => Math.round(value * 10 ** digits) / 10 ** digits;

export function formatMs(ms: number | undefined): string {
  if (ms === undefined || Number.isNaN(ms)) return '–';
  return ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`;
}

export function formatMb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** A plain-text table with the first column left-aligned and the rest right-aligned. */
export function table(rows: readonly (readonly string[])[]): string {
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length))) ?? [];
  return rows
    .map((row) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0))).join('  '))
    .join('\n');
}
