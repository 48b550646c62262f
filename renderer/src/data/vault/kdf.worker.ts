/// <reference lib="webworker" />
import { handleKdfRequest, type KdfRequest } from './kdf';

declare const self: DedicatedWorkerGlobalScope;

self.addEventListener('message', (event: MessageEvent<KdfRequest>) => {
  void handleKdfRequest(event.data).then((response) => {
    self.postMessage(response, response.ok && response.key ? [response.key.buffer] : []);
  });
});
