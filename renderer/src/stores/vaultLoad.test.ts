import { describe, expect, it } from 'vitest';
import { createVaultLoad } from './vaultLoad';

function deferred() {
  let resolve: () => void = () => undefined;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe('createVaultLoad', () => {
  it('runs one read at a time, giving later callers the same promise', async () => {
    const loads = createVaultLoad();
    const gate = deferred();
    let reads = 0;
    const read = async () => {
      reads += 1;
      await gate.promise;
    };
    const first = loads.run(read);
    expect(loads.run(read)).toBe(first);
    gate.resolve();
    await first;
    expect(reads).toBe(1);
    await loads.run(read);
    expect(reads).toBe(2);
  });

  it('tells a read under way at a reset that it is no longer current, and lets a new one start', async () => {
    const loads = createVaultLoad();
    const gate = deferred();
    const seen: boolean[] = [];
    const old = loads.run(async (current) => {
      await gate.promise;
      seen.push(current());
    });
    loads.reset();
    const fresh = loads.run(async (current) => {
      await Promise.resolve();
      seen.push(current());
    });
    expect(fresh).not.toBe(old);
    await fresh;
    gate.resolve();
    await old;
    expect(seen).toEqual([true, false]);
  });
});
