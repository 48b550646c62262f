/**
 * The reference decryptor for Circlekeeper backups, format 1: docs/backup-format.md as a program.
 *
 *   node scripts/decrypt-backup.mjs <backup-file> [--recovery-key] [--out file.json]
 *
 * Written from that document alone: it imports nothing from the app, only Node's WebCrypto and
 * the Argon2id the app uses (hash-wasm), so a backup opens without Circlekeeper; a test
 * (renderer/src/data/backup/decrypt-script.test.ts) runs it on backups the app makes.
 *
 * The passphrase (or, with --recovery-key, the recovery key) comes from the environment variable
 * CIRCLEKEEPER_SECRET if set, else is asked for on the terminal without echo (or read as the
 * first line of standard input). It checks the file, opens the data key, checks the integrity
 * tag, decrypts every record and prints (or writes to --out, readable by its owner only):
 *   { vault: { id, label }, createdAt, scope, tables: { <table>: [ { id, updatedAt, sv, value } ] } }
 *
 * Exit codes: 0 done; 1 usage or I/O; 2 not a backup; 3 from a newer version; 4 the secret does
 * not open it; 5 damaged or tampered with.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { webcrypto } from 'node:crypto';
import { parseArgs } from 'node:util';
import { argon2id } from 'hash-wasm';

const { subtle } = webcrypto;
const TABLES =
  'settings groups plans planSummaries templates sessions notes prompts library safety'.split(' ');
const KDF_FLOOR = { memoryKiB: 19_456, iterations: 2 };
const KDF_CEILING = { memoryKiB: 1_048_576, iterations: 10 };
const EXIT = { usage: 1, notBackup: 2, newer: 3, wrongSecret: 4, damaged: 5 };
const utf8 = new TextEncoder();

class Failure extends Error {
  constructor(code, message) {
    super(message);
    this.code = code;
  }
}
const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
const damaged = (message) => {
  throw new Failure(EXIT.damaged, `the backup is damaged or was altered: ${message}`);
};

/** Strict base64 (RFC 4648 §4, padded): only the spelling the app writes. */
function bytes(text, what) {
  const out = typeof text === 'string' ? Buffer.from(text, 'base64') : null;
  if (out === null || out.toString('base64') !== text) damaged(`${what} is not base64`);
  return new Uint8Array(out);
}

/** The canonical encoding of additional data: per part a tag, a 4-byte length, the content. */
function canonicalBytes(...parts) {
  const chunks = parts.map((part) => {
    let tag = 3;
    let content = part;
    if (typeof part === 'string') [tag, content] = [1, utf8.encode(part)];
    else if (typeof part === 'number') {
      [tag, content] = [2, new Uint8Array(8)];
      new DataView(content.buffer).setBigInt64(0, BigInt(part));
    }
    const head = new Uint8Array(5);
    head[0] = tag;
    new DataView(head.buffer).setUint32(1, content.length);
    return Buffer.concat([head, content]);
  });
  return new Uint8Array(Buffer.concat(chunks));
}

const aesKey = (raw) => subtle.importKey('raw', raw, 'AES-GCM', false, ['decrypt']);
const gcmOpen = (key, nonce, data, additionalData) =>
  subtle.decrypt({ name: 'AES-GCM', iv: nonce, additionalData, tagLength: 128 }, key, data);

/** The vault header: "CKVH", format byte 1, then UTF-8 JSON. */
function decodeHeader(encoded, vaultId) {
  const raw = bytes(encoded, 'the vault header');
  if (Buffer.from(raw.subarray(0, 4)).toString('latin1') !== 'CKVH') damaged('no vault header');
  if (raw[4] !== 1) damaged(`vault header format ${String(raw[4])}`);
  let header;
  try {
    header = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(raw.subarray(5)));
  } catch {
    damaged('the vault header is not JSON');
  }
  const { kdf, salt, passphraseSlot: p, recoverySlot: r } = header ?? {};
  if (header?.vaultId !== vaultId) damaged('the vault id differs from its header');
  if (typeof header.keyId !== 'string' || !kdf || !p || !r) damaged('the vault header');
  if (kdf.algorithm !== 'argon2id' || kdf.version !== 19 || kdf.parallelism !== 1)
    damaged('the key derivation is not Argon2id 1.3 with one lane');
  const within = (value, key) =>
    Number.isInteger(value) && value >= KDF_FLOOR[key] && value <= KDF_CEILING[key];
  if (!within(kdf.memoryKiB, 'memoryKiB') || !within(kdf.iterations, 'iterations'))
    damaged('key derivation settings outside 19 MiB, 2 passes to 1 GiB, 10 passes');
  const slot = (s, what) => ({
    nonce: bytes(s.nonce, `the ${what} slot's nonce`),
    ciphertext: bytes(s.ciphertext, `the ${what} slot`),
  });
  return {
    ...header,
    salt: bytes(salt, 'the salt'),
    passphraseSlot: slot(p, 'passphrase'),
    recoverySlot: slot(r, 'recovery'),
  };
}

/** A recovery key as typed: base32, any case, spaces and hyphens anywhere, 0/1/8 for O/I/B. */
function recoveryKeyBytes(text) {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  const values = [...text.replace(/[\s-]/gu, '').replace(/[a-z]/gu, (c) => c.toUpperCase())]
    .map((c) => ({ 0: 'O', 1: 'I', 8: 'B' })[c] ?? c)
    .map((c) => alphabet.indexOf(c));
  const wrong = () => new Failure(EXIT.wrongSecret, 'that is not a recovery key');
  if (values.length !== 52 || values.includes(-1)) throw wrong();
  const out = [];
  let [buffer, bits] = [0, 0];
  for (const value of values) {
    [buffer, bits] = [(buffer << 5) | value, bits + 5];
    if (bits >= 8) {
      bits -= 8;
      out.push(buffer >>> bits);
      buffer &= (1 << bits) - 1;
    }
  }
  if (buffer !== 0) throw wrong();
  return new Uint8Array(out);
}

/** The data key, unwrapped from the passphrase slot or the recovery slot. */
async function openDataKey(header, secret, isRecoveryKey) {
  const bound = ['circlekeeper/vault-header', 1, header.vaultId, header.keyId];
  let kek;
  let slot;
  let aad;
  if (isRecoveryKey) {
    const base = await subtle.importKey('raw', recoveryKeyBytes(secret), 'HKDF', false, [
      'deriveKey',
    ]);
    const hkdf = {
      name: 'HKDF',
      hash: 'SHA-256',
      salt: utf8.encode('circlekeeper/recovery/v1'),
      info: utf8.encode(header.vaultId),
    };
    kek = await subtle.deriveKey(hkdf, base, { name: 'AES-GCM', length: 256 }, false, ['decrypt']);
    [slot, aad] = [header.recoverySlot, canonicalBytes(...bound, 'recovery')];
  } else {
    if (secret.length === 0)
      throw new Failure(EXIT.wrongSecret, 'an empty passphrase opens no backup');
    const { kdf } = header;
    const raw = await argon2id({
      password: utf8.encode(secret.normalize('NFKC')),
      salt: header.salt,
      iterations: kdf.iterations,
      memorySize: kdf.memoryKiB,
      parallelism: kdf.parallelism,
      hashLength: 32,
      outputType: 'binary',
    });
    kek = await aesKey(raw);
    const params = [kdf.algorithm, kdf.version, kdf.memoryKiB, kdf.iterations, kdf.parallelism];
    [slot, aad] = [
      header.passphraseSlot,
      canonicalBytes(...bound, 'passphrase', ...params, header.salt),
    ];
  }
  try {
    return await aesKey(await gcmOpen(kek, slot.nonce, slot.ciphertext, aad));
  } catch {
    throw new Failure(
      EXIT.wrongSecret,
      `the ${isRecoveryKey ? 'recovery key' : 'passphrase'} does not open this backup`,
    );
  }
}

/** SHA-256 of everything but the tag, as docs/backup-format.md's "integrity input" spells it. */
async function integrityDigest(file, present) {
  const scope = file.scope?.kind === 'group' ? ['group', file.scope.groupId] : ['vault'];
  const byName = ([a], [b]) => (a < b ? -1 : a > b ? 1 : 0);
  const tables = present.map((table) => [
    table,
    file.tables[table].length,
    file.tables[table].map((row) => {
      const { v, sv, keyId, nonce, ct } = row.record;
      const clear = Object.entries(row.clear).sort(byName);
      return [row.id, row.updatedAt, clear, v, sv, keyId, nonce, ct];
    }),
  ]);
  const head = ['circlekeeper-backup', file.version, file.createdAt, file.app, scope];
  const input = [...head, file.vault.id, file.vault.label, file.vault.header, tables];
  return new Uint8Array(await subtle.digest('SHA-256', utf8.encode(JSON.stringify(input))));
}

/** The backup, checked, then opened with the secret `askFor` gives (asked only for a backup). */
async function decryptBackup(text, askFor, isRecoveryKey) {
  let file;
  try {
    file = JSON.parse(text);
  } catch {
    if (text.trimStart().startsWith('{"format":"circlekeeper-backup"')) damaged('it is cut short');
    throw new Failure(EXIT.notBackup, 'this is not a Circlekeeper backup (not JSON)');
  }
  if (file?.format !== 'circlekeeper-backup')
    throw new Failure(EXIT.notBackup, 'this is not a Circlekeeper backup');
  if (Number.isInteger(file.version) && file.version > 1)
    throw new Failure(EXIT.newer, `backup format ${file.version}: made by a newer Circlekeeper`);
  if (file.version !== 1) damaged('no format version');
  const { vault, tables, counts, integrity } = file;
  if (!isObject(vault) || typeof vault.id !== 'string' || !isObject(tables) || !isObject(counts))
    damaged('it does not have the expected shape');
  const present = TABLES.filter((table) => Object.hasOwn(tables, table));
  for (const table of new Set([...Object.keys(tables), ...Object.keys(counts)])) {
    if (!TABLES.includes(table)) damaged(`unknown table ${table}`);
    if (!Array.isArray(tables[table]) || tables[table].length !== counts[table])
      damaged(`${table} does not hold the rows it counts`);
    for (const row of tables[table]) {
      const fine = typeof row?.id === 'string' && isObject(row.clear) && isObject(row.record);
      if (!fine || row.record.v !== 1 || !Number.isSafeInteger(row.record.sv))
        damaged(`a row of ${table}`);
    }
  }
  const header = decodeHeader(vault.header, vault.id);
  const dek = await openDataKey(header, await askFor(), isRecoveryKey);

  const digest = await integrityDigest(file, present);
  const label = utf8.encode('circlekeeper/backup-integrity/1');
  try {
    const [nonce, tag] = [
      bytes(integrity?.nonce, 'the integrity nonce'),
      bytes(integrity?.tag, 'the integrity tag'),
    ];
    await gcmOpen(dek, nonce, tag, Buffer.concat([label, digest]));
  } catch {
    damaged('it does not match its integrity tag');
  }

  const database = `circlekeeper-vault-${vault.id}`;
  const out = {
    vault: { id: vault.id, label: vault.label },
    createdAt: file.createdAt,
    scope: file.scope,
    tables: {},
  };
  for (const table of present) {
    out.tables[table] = [];
    for (const row of tables[table]) {
      const { sv, keyId, nonce, ct } = row.record;
      let value;
      try {
        const aad = canonicalBytes('circlekeeper/record', 1, database, table, row.id, sv, keyId);
        const plain = await gcmOpen(dek, bytes(nonce, 'a nonce'), bytes(ct, 'a ciphertext'), aad);
        value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(plain));
      } catch {
        damaged(`${table} record ${row.id} does not decrypt`);
      }
      out.tables[table].push({ id: row.id, updatedAt: row.updatedAt, sv, value });
    }
  }
  return out;
}

/** The secret typed on the terminal, not echoed; or the first line of piped standard input. */
async function askSecret(prompt) {
  const { stdin, stderr } = process;
  if (!stdin.isTTY) {
    let text = '';
    for await (const chunk of stdin) if ((text += chunk).includes('\n')) break;
    return text.split(/\r?\n/u)[0];
  }
  stderr.write(prompt);
  stdin.setRawMode(true);
  stdin.setEncoding('utf8');
  return new Promise((resolve, reject) => {
    let secret = '';
    const finish = (then) => {
      stdin.off('data', onData).setRawMode(false).pause();
      stderr.write('\n');
      then();
    };
    const onData = (chunk) => {
      for (const char of chunk) {
        if (char === '\r' || char === '\n') return finish(() => resolve(secret));
        if (char === '\u0003') return finish(() => reject(new Failure(EXIT.usage, 'cancelled')));
        secret =
          char === '\u007f' || char === '\b' ? [...secret].slice(0, -1).join('') : secret + char;
      }
    };
    stdin.on('data', onData).resume();
  });
}

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { 'recovery-key': { type: 'boolean', default: false }, out: { type: 'string' } },
  });
  if (positionals.length !== 1)
    throw new Failure(
      EXIT.usage,
      'usage: node scripts/decrypt-backup.mjs <backup-file> [--recovery-key] [--out file.json]',
    );
  const isRecoveryKey = values['recovery-key'];
  let text;
  try {
    text = await readFile(positionals[0], 'utf8');
  } catch (error) {
    throw new Failure(EXIT.usage, `cannot read ${positionals[0]}: ${error.message}`);
  }
  const askFor = async () =>
    process.env.CIRCLEKEEPER_SECRET ??
    (await askSecret(isRecoveryKey ? 'Recovery key: ' : 'Passphrase: '));
  const json = `${JSON.stringify(await decryptBackup(text, askFor, isRecoveryKey), null, 2)}\n`;
  if (values.out === undefined) process.stdout.write(json);
  // 'wx': never over an existing file, whose permissions could let others read the plaintext.
  else await writeFile(values.out, json, { mode: 0o600, flag: 'wx' });
}

try {
  await main();
} catch (error) {
  const known = error instanceof Failure;
  process.stderr.write(`decrypt-backup: ${known ? error.message : (error?.stack ?? error)}\n`);
  process.exitCode = known ? error.code : EXIT.usage;
}
