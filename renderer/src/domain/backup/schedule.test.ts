import { describe, expect, it } from 'vitest';
import {
  automaticBackupDue,
  backupFileName,
  backupStatus,
  initialAutoBackupState,
  needsAttention,
  OVERDUE_AFTER_MS,
  parseBackupFileName,
  RETRY_AFTER_MS,
  rotation,
  withFailure,
  withSessionEnded,
  withSuccess,
  type AutoBackupState,
} from './schedule';

const VAULT = 'k3jq7xw2mnb4v5ta';
const OTHER = 'a2b3c4d5e6f7g2h3';
const MIN = 60_000;
const HOUR = 60 * MIN;
/** Local times, so the "today" rules hold in whatever time zone the tests run. */
const at = (day: number, hours: number, minutes = 0) =>
  new Date(2026, 10, day, hours, minutes).getTime();

const name = (vaultId: string, iso: string) => backupFileName(vaultId, Date.parse(iso));

describe('backup file names', () => {
  it('names a vault’s backup by its id and the UTC time, to the second', () => {
    expect(backupFileName(VAULT, Date.parse('2026-11-22T08:30:15.987Z'))).toBe(
      `circlekeeper-${VAULT}-20261122-083015.ckbackup`,
    );
    expect(backupFileName('abc', Date.parse('2027-01-02T00:00:09Z'))).toBe(
      'circlekeeper-abc-20270102-000009.ckbackup',
    );
  });

  it('reads a name back into the vault and the time', () => {
    const createdAt = Date.parse('2026-02-28T23:59:59Z');
    expect(parseBackupFileName(backupFileName(VAULT, createdAt))).toEqual({
      vaultId: VAULT,
      createdAt,
    });
  });

  it('refuses to name a backup of something that is not a vault id', () => {
    for (const id of ['', 'ABC', 'a-b', '../x', 'a/b', 'x'.repeat(65)])
      expect(() => backupFileName(id, Date.now())).toThrow(RangeError);
    expect(() => backupFileName(VAULT, Number.NaN)).toThrow(RangeError);
  });

  it.each([
    ['another extension', `circlekeeper-${VAULT}-20261122-083015.ckvault`],
    ['a copy the OS made', `circlekeeper-${VAULT}-20261122-083015 (1).ckbackup`],
    ['a hand-made name', 'my backup.ckbackup'],
    ['a temporary file', `.circlekeeper-${VAULT}-20261122-083015.ckbackup.1a2b3c.tmp`],
    ['upper case', `Circlekeeper-${VAULT}-20261122-083015.ckbackup`],
    ['a path', `../circlekeeper-${VAULT}-20261122-083015.ckbackup`],
    ['a day that does not exist', `circlekeeper-${VAULT}-20260230-083015.ckbackup`],
    ['month 13', `circlekeeper-${VAULT}-20261322-083015.ckbackup`],
    ['hour 24', `circlekeeper-${VAULT}-20261122-243015.ckbackup`],
    ['second 60', `circlekeeper-${VAULT}-20261122-083060.ckbackup`],
    ['a short time', `circlekeeper-${VAULT}-20261122-0830.ckbackup`],
    ['nothing', ''],
  ])('does not take %s for an automatic backup', (_what, fileName) => {
    expect(parseBackupFileName(fileName)).toBeNull();
  });
});

describe('rotation', () => {
  const ours = [
    name(VAULT, '2026-11-20T08:00:00Z'),
    name(VAULT, '2026-11-21T08:00:00Z'),
    name(VAULT, '2026-11-22T08:00:00Z'),
    name(VAULT, '2026-11-22T19:30:00Z'),
  ];

  it('deletes the oldest of this vault’s backups beyond the number to keep', () => {
    expect(rotation(ours, VAULT, 2)).toEqual([ours[1], ours[0]]);
    expect(rotation(ours, VAULT, 3)).toEqual([ours[0]]);
    expect(rotation(ours, VAULT, 4)).toEqual([]);
    expect(rotation(ours, VAULT, 10)).toEqual([]);
  });

  it('does not depend on the order the folder lists its files in', () => {
    expect(rotation([...ours].reverse(), VAULT, 1)).toEqual([ours[2], ours[1], ours[0]]);
    expect(rotation([ours[2], ours[0], ours[3], ours[1]] as string[], VAULT, 1)).toEqual([
      ours[2],
      ours[1],
      ours[0],
    ]);
  });

  it('never lists another vault’s backups, copies, or any other file', () => {
    const others = [
      name(OTHER, '2020-01-01T00:00:00Z'),
      `circlekeeper-${VAULT}-20200101-000000 (1).ckbackup`,
      `circlekeeper-${VAULT}-20200101-000000.ckbackup.bak`,
      `circlekeeper-${VAULT}-20200230-000000.ckbackup`,
      'notes.txt',
      'Circlekeeper backup.ckbackup',
      '.DS_Store',
      '',
    ];
    const removed = rotation([...others, ...ours], VAULT, 1);
    expect(removed).toEqual([ours[2], ours[1], ours[0]]);
    expect(removed.some((n) => others.includes(n))).toBe(false);
    expect(rotation(others, VAULT, 1)).toEqual([]);
  });

  it('counts a name listed twice once', () => {
    expect(rotation([ours[0], ours[0], ours[1]] as string[], VAULT, 1)).toEqual([ours[0]]);
  });

  it('always keeps the file just written, even when the clock once ran ahead', () => {
    const fromTheFuture = name(VAULT, '2031-01-01T00:00:00Z');
    const written = ours[3] ?? '';
    expect(rotation([fromTheFuture, ...ours], VAULT, 1, written)).toEqual([
      fromTheFuture,
      ours[2],
      ours[1],
      ours[0],
    ]);
    expect(rotation([fromTheFuture, ...ours], VAULT, 2, written)).toEqual([
      ours[2],
      ours[1],
      ours[0],
    ]);
    // A name that is not in the folder protects nothing.
    expect(rotation(ours, VAULT, 1, 'gone.ckbackup')).toEqual([ours[2], ours[1], ours[0]]);
  });

  it('refuses a number to keep outside 1–100', () => {
    for (const keep of [0, -1, 101, 2.5, Number.NaN])
      expect(() => rotation(ours, VAULT, keep)).toThrow(RangeError);
  });
});

describe('backup status', () => {
  const start = at(2, 9);
  const fresh = initialAutoBackupState(start);

  it('starts on, keeping ten, with a new vault due its first backup', () => {
    expect(fresh).toMatchObject({ enabled: true, keep: 10, lastSuccessAt: null });
    expect(backupStatus(fresh, 'folder', start)).toEqual({ kind: 'due', after: 'day' });
    expect(backupStatus(fresh, 'download', start)).toEqual({ kind: 'due', after: 'day' });
  });

  it('is ok after a backup today, and due again the next calendar day', () => {
    const done = withSuccess(fresh, at(2, 9, 5));
    expect(backupStatus(done, 'folder', at(2, 23, 59))).toEqual({ kind: 'ok', since: at(2, 9, 5) });
    expect(backupStatus(done, 'folder', at(3, 0, 1))).toEqual({ kind: 'due', after: 'day' });
  });

  it('is due after a session ends, until a backup made after it succeeds', () => {
    const done = withSuccess(fresh, at(2, 9));
    const ended = withSessionEnded(done, at(2, 20));
    expect(backupStatus(ended, 'folder', at(2, 20, 1))).toEqual({ kind: 'due', after: 'session' });
    expect(backupStatus(withSuccess(ended, at(2, 20, 2)), 'folder', at(2, 20, 3)).kind).toBe('ok');
  });

  it('turns overdue a day and the grace after the last good backup, not before', () => {
    const done = withSuccess(fresh, at(2, 9));
    expect(backupStatus(done, 'download', at(2, 9) + OVERDUE_AFTER_MS).kind).toBe('due');
    expect(backupStatus(done, 'download', at(2, 9) + OVERDUE_AFTER_MS + 1)).toEqual({
      kind: 'overdue',
      since: at(2, 9) + OVERDUE_AFTER_MS,
    });
    // The next morning, two hours later than the day before: due, not yet overdue.
    expect(backupStatus(done, 'download', at(3, 11)).kind).toBe('due');
    expect(OVERDUE_AFTER_MS).toBe(26 * HOUR);
  });

  it('judges a vault never backed up from when the app started keeping track', () => {
    expect(backupStatus(fresh, 'download', start + OVERDUE_AFTER_MS).kind).toBe('due');
    expect(backupStatus(fresh, 'download', start + OVERDUE_AFTER_MS + MIN).kind).toBe('overdue');
  });

  it('is not set up on the desktop without a folder, until that makes it overdue', () => {
    expect(backupStatus(fresh, 'no-folder', start)).toEqual({ kind: 'not-set-up' });
    expect(backupStatus(fresh, 'no-folder', start + OVERDUE_AFTER_MS + 1).kind).toBe('overdue');
  });

  it('fails at once, stays failed through later failures and time, and resolves on success', () => {
    const done = withSuccess(fresh, at(2, 9));
    const failed = withFailure(done, at(2, 20), 'folder');
    expect(backupStatus(failed, 'folder', at(2, 20))).toEqual({
      kind: 'failed',
      since: at(2, 20),
      reason: 'folder',
    });
    // Failed outranks overdue: the reason is what the facilitator needs.
    expect(backupStatus(failed, 'folder', at(9, 9)).kind).toBe('failed');
    const again = withFailure(failed, at(2, 21), 'no-folder');
    expect(backupStatus(again, 'folder', at(2, 21))).toMatchObject({ reason: 'no-folder' });
    const resolved = withSuccess(again, at(2, 21, 30));
    expect(resolved.lastFailure).toBeNull();
    expect(backupStatus(resolved, 'folder', at(2, 21, 31))).toEqual({
      kind: 'ok',
      since: at(2, 21, 30),
    });
  });

  it('an overdue backup is resolved by a success, and returns a day and the grace later', () => {
    const overdueAt = start + OVERDUE_AFTER_MS + HOUR;
    expect(needsAttention(backupStatus(fresh, 'download', overdueAt))).toBe(true);
    const saved = withSuccess(fresh, overdueAt);
    expect(needsAttention(backupStatus(saved, 'download', overdueAt + MIN))).toBe(false);
    expect(needsAttention(backupStatus(saved, 'download', overdueAt + OVERDUE_AFTER_MS))).toBe(
      false,
    );
    expect(needsAttention(backupStatus(saved, 'download', overdueAt + OVERDUE_AFTER_MS + 1))).toBe(
      true,
    );
  });

  it('warns only for failed and overdue backups', () => {
    const kinds: [AutoBackupState, number, boolean][] = [
      [fresh, start, false],
      [withSuccess(fresh, start), start + MIN, false],
      [withSessionEnded(withSuccess(fresh, start), start + HOUR), start + HOUR, false],
      [withFailure(fresh, start, 'vault'), start, true],
      [fresh, start + OVERDUE_AFTER_MS + 1, true],
    ];
    for (const [state, now, warn] of kinds)
      expect(needsAttention(backupStatus(state, 'folder', now))).toBe(warn);
  });

  it('is off, and never warns, when the facilitator turned automatic backups off', () => {
    const off = { ...withFailure(fresh, start, 'folder'), enabled: false };
    expect(backupStatus(off, 'folder', start + 30 * 24 * HOUR)).toEqual({ kind: 'off' });
    expect(needsAttention(backupStatus(off, 'folder', start + 30 * 24 * HOUR))).toBe(false);
  });

  it('a clock set back before the last backup is not overdue', () => {
    const done = withSuccess(fresh, at(5, 9));
    expect(backupStatus(done, 'folder', at(3, 9)).kind).toBe('due');
    // And a success recorded with an earlier clock never moves the last success back.
    expect(withSuccess(done, at(3, 9)).lastSuccessAt).toBe(at(5, 9));
  });
});

describe('automatic backups', () => {
  const start = at(2, 9);
  const fresh = initialAutoBackupState(start);

  it('are written when due or overdue, only into a chosen folder', () => {
    const due = backupStatus(fresh, 'folder', start);
    expect(automaticBackupDue(due, 'folder', start)).toBe(true);
    expect(automaticBackupDue(due, 'download', start)).toBe(false);
    expect(automaticBackupDue(due, 'no-folder', start)).toBe(false);
    const overdue = backupStatus(fresh, 'folder', start + OVERDUE_AFTER_MS + 1);
    expect(automaticBackupDue(overdue, 'folder', start + OVERDUE_AFTER_MS + 1)).toBe(true);
  });

  it('are not written when the day’s backup is done, or when off', () => {
    const done = withSuccess(fresh, start);
    expect(automaticBackupDue(backupStatus(done, 'folder', start + HOUR), 'folder', start)).toBe(
      false,
    );
    const off = { ...fresh, enabled: false };
    expect(automaticBackupDue(backupStatus(off, 'folder', start), 'folder', start)).toBe(false);
  });

  it('are retried a quarter of an hour after a failure', () => {
    const failed = withFailure(fresh, start, 'folder');
    const status = backupStatus(failed, 'folder', start);
    expect(automaticBackupDue(status, 'folder', start + RETRY_AFTER_MS - 1)).toBe(false);
    expect(automaticBackupDue(status, 'folder', start + RETRY_AFTER_MS)).toBe(true);
    expect(automaticBackupDue(status, 'folder', start - HOUR)).toBe(true);
  });
});
