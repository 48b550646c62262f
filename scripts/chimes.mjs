/**
 * Circlekeeper's chimes, made from nothing but arithmetic: a soft bell for "two minutes left"
 * and two falling bell notes for "time". Original work, released under CC0 (resources/README.md).
 *
 *   node scripts/chimes.mjs          writes resources/chimes/*.wav
 *   node scripts/chimes.mjs --check  exits 1 if the committed files differ from what this makes
 *
 * The sound is deterministic (no randomness, no floating-point order that varies), so the files
 * in the repository can always be made again from this script and checked by the unit tests.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

export const SAMPLE_RATE = 22_050;
/** Peak level: about −14 dBFS, a chime for a quiet room, not an alarm. */
const PEAK = 0.2;

/** A struck bell: a few inharmonic partials, each fading at its own pace, with a soft attack. */
function bell(frequency, seconds, loudness = 1) {
  const partials = [
    { ratio: 1, level: 1, decay: 1.6 },
    { ratio: 2, level: 0.45, decay: 1.1 },
    { ratio: 2.76, level: 0.25, decay: 0.7 },
    { ratio: 5.4, level: 0.08, decay: 0.35 },
  ];
  const length = Math.round(seconds * SAMPLE_RATE);
  const samples = new Float64Array(length);
  for (let i = 0; i < length; i += 1) {
    const t = i / SAMPLE_RATE;
    const attack = Math.min(1, t / 0.012);
    let value = 0;
    for (const p of partials) {
      value += p.level * Math.exp(-t / p.decay) * Math.sin(2 * Math.PI * frequency * p.ratio * t);
    }
    samples[i] = value * attack * loudness;
  }
  return samples;
}

function mix(length, parts) {
  const out = new Float64Array(length);
  for (const { at, samples } of parts) {
    const offset = Math.round(at * SAMPLE_RATE);
    for (let i = 0; i < samples.length && offset + i < length; i += 1)
      out[offset + i] += samples[i];
  }
  return out;
}

/** Scales to PEAK and fades the last 80 ms to silence, so nothing clicks at the end. */
function finish(samples) {
  let max = 0;
  for (const s of samples) max = Math.max(max, Math.abs(s));
  const fade = Math.round(0.08 * SAMPLE_RATE);
  return samples.map((s, i) => {
    const tail = Math.min(1, (samples.length - i) / fade);
    return (s / max) * PEAK * tail;
  });
}

/** 16-bit PCM mono WAV. */
export function wav(samples) {
  const data = Buffer.alloc(samples.length * 2);
  samples.forEach((s, i) =>
    data.writeInt16LE(Math.round(Math.max(-1, Math.min(1, s)) * 32767), i * 2),
  );
  const header = Buffer.alloc(44);
  header.write('RIFF', 0, 'ascii');
  header.writeUInt32LE(36 + data.length, 4);
  header.write('WAVE', 8, 'ascii');
  header.write('fmt ', 12, 'ascii');
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20); // PCM
  header.writeUInt16LE(1, 22); // mono
  header.writeUInt32LE(SAMPLE_RATE, 24);
  header.writeUInt32LE(SAMPLE_RATE * 2, 28);
  header.writeUInt16LE(2, 32);
  header.writeUInt16LE(16, 34);
  header.write('data', 36, 'ascii');
  header.writeUInt32LE(data.length, 40);
  return Buffer.concat([header, data]);
}

/** Every chime, by file name. */
export function chimes() {
  return {
    // E5, once.
    'warning.wav': wav(finish(bell(659.25, 2.4))),
    // C5 then G4, a gentle falling "time".
    'end.wav': wav(
      finish(
        mix(Math.round(3.2 * SAMPLE_RATE), [
          { at: 0, samples: bell(523.25, 2.6) },
          { at: 0.55, samples: bell(392, 2.6, 0.9) },
        ]),
      ),
    ),
  };
}

export const CHIMES_DIR = fileURLToPath(new URL('../resources/chimes/', import.meta.url));

async function main() {
  const check = process.argv.includes('--check');
  let stale = 0;
  for (const [name, bytes] of Object.entries(chimes())) {
    const path = `${CHIMES_DIR}${name}`;
    if (check) {
      const committed = await readFile(path).catch(() => null);
      if (!committed?.equals(bytes)) {
        console.error(`${name} differs from what scripts/chimes.mjs makes`);
        stale += 1;
      }
    } else {
      await writeFile(path, bytes);
      console.log(`wrote resources/chimes/${name} (${String(bytes.length)} bytes)`);
    }
  }
  process.exitCode = stale > 0 ? 1 : 0;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
