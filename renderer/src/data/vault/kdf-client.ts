import { VaultError, type VaultErrorKind } from '../../domain/crypto/errors';
import type { KdfParams } from '../../domain/crypto/kdf';
import type { KdfRequest, KdfResponse, KdfRunner } from './kdf';

type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;

const KINDS: readonly VaultErrorKind[] = [
  'wrong-key',
  'tampered',
  'unsupported-version',
  'corrupted',
  'kdf-out-of-range',
];

/** A KdfRunner backed by one long-lived Web Worker. */
export function createWorkerKdf(): KdfRunner {
  const worker = new Worker(new URL('./kdf.worker.ts', import.meta.url), {
    type: 'module',
    name: 'circlekeeper-kdf',
  });
  const pending = new Map<
    number,
    { resolve: (r: KdfResponse) => void; reject: (e: unknown) => void }
  >();
  let next = 1;
  worker.addEventListener('message', (event: MessageEvent<KdfResponse>) => {
    pending.get(event.data.id)?.resolve(event.data);
    pending.delete(event.data.id);
  });
  worker.addEventListener('error', (event) => {
    for (const { reject } of pending.values())
      reject(new Error(`The key derivation worker failed: ${event.message}`));
    pending.clear();
  });

  const ask = (request: WithoutId<KdfRequest>) =>
    new Promise<KdfResponse>((resolve, reject) => {
      const id = next++;
      pending.set(id, { resolve, reject });
      worker.postMessage({ ...request, id });
    }).then((response) => {
      if (!response.ok) {
        const kind = KINDS.find((k) => k === response.kind);
        throw kind ? new VaultError(kind, response.message) : new Error(response.message);
      }
      return response;
    });

  return {
    async derive(passphrase: string, salt: Uint8Array, params: KdfParams) {
      const response = await ask({ type: 'derive', passphrase, salt, params });
      if (!response.key) throw new Error('The key derivation worker returned no key.');
      return response.key;
    },
    async measure(params: KdfParams) {
      const response = await ask({ type: 'measure', params });
      if (response.ms === undefined)
        throw new Error('The key derivation worker returned no timing.');
      return response.ms;
    },
  };
}
