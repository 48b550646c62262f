/**
 * Backing up and restoring a vault of 5,000 notes and 200 plans (issue 7: export ≤ 2 s, restore
 * ≤ 3 s, the key derivation apart). Runs the app's own code in bench/backup: the vault service's
 * backup() and restoreAsNewVault(), encodeBackup and parseBackup, the key-derivation worker.
 *
 * One browser profile on disk: a first browser creates the vault and writes the settings, 12
 * groups, 5,000 notes of about 2 KB (English, French, Arabic: bench/pages/notes-corpus.ts) and
 * 200 of the app's plans with their summaries (untimed). Then, per sample, a restarted browser
 * on the same profile unlocks and:
 *
 * - export: makeBackup (every table read, the file sealed) + encodeBackup (its text), timed;
 * - the vault deleted (untimed), as on a new laptop;
 * - restore: parseBackup + restoreAsNewVault with the passphrase, timed, less the key
 *   derivation (Argon2id, 64 MiB, 2 passes, in the app's worker), which is timed on its own and
 *   reported apart; the restored vault is checked (every table as counted, a note and a plan read
 *   back) and is the one the next sample unlocks.
 *
 * For information: the file's size, the longest long tasks, and where the time goes (the
 * integrity input alone; base64 of every ciphertext with the app's encoding.ts and with the
 * platform's btoa/atob).
 */
import { fileURLToPath } from 'node:url';
import { median, summary } from '../lib/stats.mjs';
import { callVaultBench, newProfile, serveDataPage } from '../lib/vault-page.mjs';

export const name = 'backup';
export const budget =
  '5,000 notes + 200 plans: export ≤ 2,000 ms; restore (parse + restore as a new vault) ≤ 3,000 ms without the key derivation';

const PAGE_ROOT = fileURLToPath(new URL('../backup/', import.meta.url));
const NOTES = 5_000;
const PLANS = 200;
const MAX_EXPORT_MS = 2_000;
const MAX_RESTORE_MS = 3_000;
const DEFAULT_SAMPLES = 5;

const tenth = (value) => Math.round(value * 10) / 10;

const describe = (s) =>
  `${describeTimes(s)}; integrityInput ${s.breakdown.integrityInputMs} ms, base64 of the ciphertexts ` +
  `${s.breakdown.appBase64EncodeMs} ms (btoa ${s.breakdown.btoaEncodeMs}), decode ${s.breakdown.appBase64DecodeMs} ms (atob ${s.breakdown.atobDecodeMs})`;

const describeTimes = (s) =>
  `export ${s.export.ms} ms (makeBackup ${s.export.makeBackupMs}, encode ${s.export.encodeMs}), ` +
  `${tenth(s.export.bytes / 1_048_576)} MB; restore ${s.restore.totalMs} ms = parse ${s.restore.parseMs} + ` +
  `restoreAsNewVault ${s.restore.restoreAsNewVaultMs}, of which KDF ${s.restore.kdfMs} ` +
  `→ ${s.restore.withoutKdfMs} ms without it; longest long task export ${s.export.longestLongTaskMs}, restore ${s.restore.longestLongTaskMs} ms`;

export async function run(ctx) {
  const sampleCount = ctx.samples ?? DEFAULT_SAMPLES;
  const url = await serveDataPage(ctx, { root: PAGE_ROOT, label: 'bench/backup' });
  const profile = await newProfile(await ctx.tempDir('circlekeeper-backup-profiles-'));
  const call = (method, args = []) => callVaultBench(profile, url, method, args, { log: ctx.log });

  const seeded = await call('seed', [NOTES, PLANS]);
  ctx.log(
    `seeded ${seeded.notes} notes (${seeded.averageNoteJsonChars} characters of JSON on average) and ${seeded.plans} plans (${seeded.averagePlanJsonChars})`,
  );
  // One discarded sample: the first restart pays one-off costs (disk cache).
  const warmUp = await call('measure');
  ctx.log(`warm-up: ${describe(warmUp)}`);
  const runs = [];
  for (let i = 0; i < sampleCount; i += 1) {
    runs.push(await call('measure'));
    ctx.log(`sample ${i + 1}/${sampleCount}: ${describe(runs.at(-1))}`);
  }

  const pick = (get) => runs.map(get);
  const samples = {
    export: pick((r) => r.export.ms),
    makeBackup: pick((r) => r.export.makeBackupMs),
    encode: pick((r) => r.export.encodeMs),
    restoreWithoutKdf: pick((r) => r.restore.withoutKdfMs),
    parse: pick((r) => r.restore.parseMs),
    restoreAsNewVault: pick((r) => r.restore.restoreAsNewVaultMs),
    kdf: pick((r) => r.restore.kdfMs),
    restoreTotal: pick((r) => r.restore.totalMs),
    fileBytes: pick((r) => r.export.bytes),
    exportLongestLongTask: pick((r) => r.export.longestLongTaskMs),
    restoreLongestLongTask: pick((r) => r.restore.longestLongTaskMs),
    integrityInput: pick((r) => r.breakdown.integrityInputMs),
    appBase64Encode: pick((r) => r.breakdown.appBase64EncodeMs),
    btoaEncode: pick((r) => r.breakdown.btoaEncodeMs),
    appBase64Decode: pick((r) => r.breakdown.appBase64DecodeMs),
    atobDecode: pick((r) => r.breakdown.atobDecodeMs),
  };
  const medians = Object.fromEntries(
    Object.entries(samples).map(([key, values]) => [key, tenth(median(values))]),
  );
  const counts = runs[0].export.counts;
  return {
    figures: [
      {
        id: 'export',
        label: 'export: makeBackup + encodeBackup (median)',
        value: medians.export,
        unit: 'ms',
        max: MAX_EXPORT_MS,
      },
      {
        id: 'restoreWithoutKdf',
        label: 'restore: parseBackup + restoreAsNewVault − KDF (median)',
        value: medians.restoreWithoutKdf,
        unit: 'ms',
        max: MAX_RESTORE_MS,
      },
      {
        id: 'kdf',
        label: 'KDF during the restore (Argon2id, worker)',
        value: medians.kdf,
        unit: 'ms',
      },
      {
        id: 'restoreTotal',
        label: 'restore with the KDF',
        value: medians.restoreTotal,
        unit: 'ms',
      },
      {
        id: 'makeBackup',
        label: 'of the export: makeBackup',
        value: medians.makeBackup,
        unit: 'ms',
      },
      { id: 'encode', label: 'of the export: encodeBackup', value: medians.encode, unit: 'ms' },
      { id: 'parse', label: 'of the restore: parseBackup', value: medians.parse, unit: 'ms' },
      {
        id: 'restoreAsNewVault',
        label: 'of the restore: restoreAsNewVault (with the KDF)',
        value: medians.restoreAsNewVault,
        unit: 'ms',
      },
      {
        id: 'fileSize',
        label: 'backup file size',
        value: tenth(medians.fileBytes / 1_048_576),
        unit: 'MB',
      },
      {
        id: 'exportLongestLongTask',
        label: 'longest long task during the export',
        value: medians.exportLongestLongTask,
        unit: 'ms',
      },
      {
        id: 'restoreLongestLongTask',
        label: 'longest long task during the restore',
        value: medians.restoreLongestLongTask,
        unit: 'ms',
      },
      {
        id: 'integrityInput',
        label: 'integrityInput alone (made to seal, again to check)',
        value: medians.integrityInput,
        unit: 'ms',
      },
      {
        id: 'appBase64Encode',
        label: "base64 of every ciphertext, the app's encoder",
        value: medians.appBase64Encode,
        unit: 'ms',
      },
      { id: 'btoaEncode', label: '… the same with btoa', value: medians.btoaEncode, unit: 'ms' },
      {
        id: 'appBase64Decode',
        label: "base64 decode of every ciphertext, the app's decoder",
        value: medians.appBase64Decode,
        unit: 'ms',
      },
      { id: 'atobDecode', label: '… the same with atob', value: medians.atobDecode, unit: 'ms' },
    ],
    medians,
    samples,
    details: {
      notes: NOTES,
      plans: PLANS,
      rowsPerTable: counts,
      sampleCount,
      seeded,
      export: summary(samples.export),
      restoreWithoutKdf: summary(samples.restoreWithoutKdf),
      kdf: summary(samples.kdf),
      warmUp,
      runs,
    },
  };
}
