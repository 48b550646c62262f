import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHIMES_DIR, SAMPLE_RATE, chimes } from '../../scripts/chimes.mjs';

function samplesOf(bytes: Uint8Array): Int16Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const count = view.getUint32(40, true) / 2;
  return Int16Array.from({ length: count }, (_, i) => view.getInt16(44 + i * 2, true));
}

describe('the chimes', () => {
  const made = chimes();

  it.each(Object.keys(made))('%s is a quiet mono WAV that fades to silence', (name) => {
    const bytes = made[name] ?? new Uint8Array();
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    expect(new TextDecoder().decode(bytes.subarray(0, 4))).toBe('RIFF');
    expect(view.getUint16(22, true)).toBe(1); // mono
    expect(view.getUint32(24, true)).toBe(SAMPLE_RATE);
    const samples = samplesOf(bytes);
    const seconds = samples.length / SAMPLE_RATE;
    expect(seconds).toBeGreaterThan(2);
    expect(seconds).toBeLessThan(4);
    const peak = samples.reduce((max, s) => Math.max(max, Math.abs(s)), 0);
    // About −14 dBFS: audible in a quiet room, never startling.
    expect(peak / 32767).toBeCloseTo(0.2, 2);
    expect(samples[0]).toBe(0);
    expect(Math.abs(samples.at(-1) ?? 1)).toBeLessThanOrEqual(1);
  });

  it.each(Object.keys(made))(
    'the committed %s is what scripts/chimes.mjs makes (to within rounding)',
    (name) => {
      const committed = samplesOf(new Uint8Array(readFileSync(join(CHIMES_DIR, name))));
      const fresh = samplesOf(made[name] ?? new Uint8Array());
      expect(committed.length).toBe(fresh.length);
      // Math.sin may differ in the last bit between JavaScript engines: one step of 16-bit is fine.
      expect(committed.every((s, i) => Math.abs(s - (fresh[i] ?? 0)) <= 1)).toBe(true);
    },
  );
});
