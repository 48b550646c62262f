/**
 * Every IndexedDB database of the page, every object store, every row, as one comparable
 * string (bytes written out), to show that an operation changed nothing at all.
 */
import type { Page } from '@playwright/test';

export async function exportIndexedDb(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const encode = (value: unknown): unknown => {
      if (value instanceof Uint8Array) return { bytes: Array.from(value) };
      if (value instanceof ArrayBuffer) return { bytes: Array.from(new Uint8Array(value)) };
      if (Array.isArray(value)) return value.map(encode);
      if (value && typeof value === 'object') {
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, encode(v)]));
      }
      return value;
    };
    const request = <T>(r: IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error ?? new Error('IndexedDB request failed'));
      });
    const names = (await indexedDB.databases()).map((d) => d.name ?? '').sort();
    const dump: Record<string, Record<string, unknown>> = {};
    for (const name of names) {
      const opening = indexedDB.open(name);
      const db = await request(opening);
      const stores = [...db.objectStoreNames].sort();
      dump[name] = {};
      for (const store of stores) {
        const tx = db.transaction(store, 'readonly');
        dump[name][store] = encode(await request(tx.objectStore(store).getAll()));
      }
      db.close();
    }
    return JSON.stringify(dump);
  });
}
