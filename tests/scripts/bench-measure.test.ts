// The benchmark's step measurement: wall time, CPU time with its kernel part, peak RSS
// (GNU time), and the medians the report prints.
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { GNU_TIME, runStep } from '../../scripts/bench/measure.ts';
import { Samples } from '../../scripts/bench/report.ts';

describe('bench measurement', () => {
  it.skipIf(!existsSync(GNU_TIME))('should give a step its CPU time and the kernel part of it', async () => {
    // Creating and removing files is kernel work.
    const script = "const fs=require('fs'),p=require('path'),os=require('os');const d=fs.mkdtempSync(p.join(os.tmpdir(),'bm-'));for(let i=0;i<2000;i++)fs.writeFileSync(p.join(d,'f'+i),'x');fs.rmSync(d,{recursive:true});";
    const result = await runStep(process.execPath, ['-e', script], { cwd: tmpdir() });
    expect(result.code).toBe(0);
    expect(result.systemMs).not.toBeNull();
    expect(result.cpuMs).not.toBeNull();
    expect(result.systemMs as number).toBeGreaterThanOrEqual(0);
    expect(result.cpuMs as number).toBeGreaterThanOrEqual(result.systemMs as number);
    expect(result.rssMb as number).toBeGreaterThan(10);
  });

  it('should report the median kernel time of a step, and none where none was measured', () => {
    const samples = new Samples();
    samples.add('ingest', 1000, 100, 900, 300);
    samples.add('ingest', 1200, 110, 950, 500);
    samples.add('ingest', 1100, 105, 920, 100);
    samples.add('untimed', 10, null);
    const summary = samples.summary();
    expect(summary['ingest']).toMatchObject({ medianMs: 1100, medianCpuMs: 920, medianSystemMs: 300, peakRssMb: 110 });
    expect(summary['untimed']).toMatchObject({ medianCpuMs: null, medianSystemMs: null, peakRssMb: null });
  });
});
