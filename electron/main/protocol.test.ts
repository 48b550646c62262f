import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../shared/csp';
import {
  APP_ENTRY_URL,
  APP_ORIGIN,
  createAppProtocolHandler,
  mimeTypeOf,
  NETWORK_URL_PATTERNS,
  resolveAppPath,
  shouldCancelRequest,
} from './protocol';

let parent: string;
let root: string;
const INDEX = '<!doctype html><title>Circlekeeper</title>';
const SCRIPT = 'console.log("hi");';

beforeAll(async () => {
  // root sits inside parent so a successful escape would find a real file (secret.txt) to read.
  parent = await mkdtemp(join(tmpdir(), 'ck-protocol-'));
  root = join(parent, 'renderer');
  await mkdir(join(root, 'assets'), { recursive: true });
  await writeFile(join(root, 'index.html'), INDEX);
  await writeFile(join(root, 'assets', 'app.js'), SCRIPT);
  await writeFile(join(root, 'assets', 'argon2.wasm'), new Uint8Array([0, 97, 115, 109]));
  await writeFile(join(parent, 'secret.txt'), 'not for the renderer');
  // A sibling whose name starts like root: a naive startsWith(root) check would let it through.
  await mkdir(`${root}-evil`);
  await writeFile(join(`${root}-evil`, 'x.js'), 'evil');
});

afterAll(async () => {
  await rm(parent, { recursive: true, force: true });
});

describe('resolveAppPath', () => {
  it('maps app:// paths to files under root', () => {
    expect(resolveAppPath(root, 'app://circlekeeper/index.html')).toBe(join(root, 'index.html'));
    expect(resolveAppPath(root, 'app://circlekeeper/assets/app.js')).toBe(
      join(root, 'assets', 'app.js'),
    );
    expect(resolveAppPath(root, 'app://circlekeeper/assets/app.js?v=3#top')).toBe(
      join(root, 'assets', 'app.js'),
    );
    expect(resolveAppPath(root, 'app://circlekeeper/assets/my%20file.js')).toBe(
      join(root, 'assets', 'my file.js'),
    );
  });

  it('serves index.html for the bare origin', () => {
    expect(resolveAppPath(root, 'app://circlekeeper/')).toBe(join(root, 'index.html'));
    expect(resolveAppPath(root, 'app://circlekeeper')).toBe(join(root, 'index.html'));
    expect(resolveAppPath(root, APP_ENTRY_URL)).toBe(join(root, 'index.html'));
  });

  it('normalises harmless dot segments that stay inside root', () => {
    expect(resolveAppPath(root, 'app://circlekeeper/assets/../index.html')).toBe(
      join(root, 'index.html'),
    );
    expect(resolveAppPath(root, 'app://circlekeeper/assets/%2e%2e/index.html')).toBe(
      join(root, 'index.html'),
    );
  });

  it.each([
    ['plain ../', 'app://circlekeeper/../secret.txt'],
    ['many ../', 'app://circlekeeper/assets/../../../../secret.txt'],
    ['encoded dots', 'app://circlekeeper/%2e%2e/%2E%2E/secret.txt'],
  ])('clamps %s at the root, as URL parsing does, so nothing outside is reached', (_name, url) => {
    // The URL parser resolves literal and %2e dot segments before we see the path.
    expect(resolveAppPath(root, url)).toBe(join(root, 'secret.txt'));
  });

  it.each([
    ['encoded %2e%2e%2f', 'app://circlekeeper/%2e%2e%2fsecret.txt'],
    ['encoded upper-case %2E%2E%2F', 'app://circlekeeper/%2E%2E%2Fsecret.txt'],
    ['%2f..', 'app://circlekeeper/assets%2f..%2f..%2fsecret.txt'],
    ['..%2f', 'app://circlekeeper/..%2fsecret.txt'],
    ['double ..%2f', 'app://circlekeeper/assets/..%2f..%2fsecret.txt'],
    ['a sibling sharing root as prefix', 'app://circlekeeper/..%2frenderer-evil%2fx.js'],
    ['backslash', 'app://circlekeeper/..\\secret.txt'],
    ['encoded backslash', 'app://circlekeeper/..%5csecret.txt'],
    ['encoded backslash inside root', 'app://circlekeeper/assets%5capp.js'],
    ['NUL byte', 'app://circlekeeper/index.html%00.png'],
    ['drive letter', 'app://circlekeeper/C:/Windows/win.ini'],
    ['encoded drive letter', 'app://circlekeeper/c%3a%2fWindows%2fwin.ini'],
    ['the root itself', 'app://circlekeeper/%2e%2f'],
    ['malformed escape', 'app://circlekeeper/%E0%A4%A'],
    ['lone percent', 'app://circlekeeper/100%.html'],
    ['another host', 'app://evil/index.html'],
    ['our host with a port', 'app://circlekeeper:8080/index.html'],
    ['our host as a subdomain', 'app://circlekeeper.evil/index.html'],
    ['file scheme', 'file:///index.html'],
    ['https scheme', 'https://circlekeeper/index.html'],
    ['http scheme', 'http://circlekeeper/index.html'],
    ['not a url', 'index.html'],
    ['empty', ''],
  ])('refuses %s', (_name, url) => {
    expect(resolveAppPath(root, url)).toBeNull();
  });
});

describe('createAppProtocolHandler', () => {
  const handle = () => createAppProtocolHandler(root);

  function expectSecurityHeaders(response: Response): void {
    expect(response.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
  }

  it('serves a file with its content type and the CSP', async () => {
    const response = await handle()(new Request('app://circlekeeper/index.html'));
    expect(response.status).toBe(200);
    expectSecurityHeaders(response);
    expect(response.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toBe(INDEX);
  });

  it('serves index.html for the bare origin', async () => {
    const response = await handle()(new Request(`${APP_ORIGIN}/`));
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(INDEX);
  });

  it('serves scripts and wasm with their own types, byte for byte', async () => {
    const js = await handle()(new Request('app://circlekeeper/assets/app.js'));
    expect(js.headers.get('Content-Type')).toBe('text/javascript; charset=utf-8');
    expect(await js.text()).toBe(SCRIPT);
    expectSecurityHeaders(js);

    const wasm = await handle()(new Request('app://circlekeeper/assets/argon2.wasm'));
    expect(wasm.headers.get('Content-Type')).toBe('application/wasm');
    expect(new Uint8Array(await wasm.arrayBuffer())).toEqual(new Uint8Array([0, 97, 115, 109]));
  });

  it('answers 404 with the CSP for a missing file', async () => {
    const response = await handle()(new Request('app://circlekeeper/assets/missing.js'));
    expect(response.status).toBe(404);
    expectSecurityHeaders(response);
    expect(await response.text()).toBe('');
  });

  it('answers 404 for a directory', async () => {
    const response = await handle()(new Request('app://circlekeeper/assets'));
    expect(response.status).toBe(404);
  });

  it.each([
    'app://circlekeeper/..%2fsecret.txt',
    'app://circlekeeper/%2e%2e%2fsecret.txt',
    'app://circlekeeper/index.html%00',
    'app://elsewhere/index.html',
  ])('answers 403 for %s and leaks nothing', async (url) => {
    const response = await handle()(new Request(url));
    expect(response.status).toBe(403);
    expectSecurityHeaders(response);
    expect(await response.text()).toBe('');
  });

  it.each(['POST', 'PUT', 'DELETE'])('answers 405 to %s', async (method) => {
    const response = await handle()(
      new Request('app://circlekeeper/index.html', { method, body: 'x' }),
    );
    expect(response.status).toBe(405);
    expectSecurityHeaders(response);
  });

  it('answers HEAD with headers and no body', async () => {
    const response = await handle()(
      new Request('app://circlekeeper/index.html', { method: 'HEAD' }),
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
    expectSecurityHeaders(response);
    expect(response.body).toBeNull();
  });
});

describe('mimeTypeOf', () => {
  it('falls back to octet-stream, never to something a browser would run', () => {
    expect(mimeTypeOf('/x/readme')).toBe('application/octet-stream');
    expect(mimeTypeOf('/x/a.exe')).toBe('application/octet-stream');
    expect(mimeTypeOf('/x/A.CSS')).toBe('text/css; charset=utf-8');
  });
});

describe('shouldCancelRequest', () => {
  it.each([
    'http://example.com/',
    'https://example.com/track.gif',
    'ws://example.com/socket',
    'wss://example.com/socket',
    'http://127.0.0.1:5173/',
    'https://localhost/',
  ])('cancels %s in production', (url) => {
    expect(shouldCancelRequest(url, null)).toBe(true);
  });

  it.each([
    'app://circlekeeper/index.html',
    'data:text/plain,hi',
    'blob:app://circlekeeper/1234',
    'devtools://devtools/x',
  ])('lets %s through', (url) => {
    expect(shouldCancelRequest(url, null)).toBe(false);
  });

  it('cancels what it cannot parse', () => {
    expect(shouldCancelRequest('not a url', null)).toBe(true);
  });

  describe('with the dev server at http://localhost:5173', () => {
    const dev = 'http://localhost:5173';
    it('allows its exact host and port, including the HMR socket', () => {
      expect(shouldCancelRequest('http://localhost:5173/src/main.tsx', dev)).toBe(false);
      expect(shouldCancelRequest('ws://localhost:5173/', dev)).toBe(false);
    });
    it.each([
      'http://localhost:5174/',
      'http://localhost/',
      'http://127.0.0.1:5173/',
      'http://localhost.evil.com:5173/',
      'https://example.com/',
      'http://example.com:5173/',
    ])('still cancels %s', (url) => {
      expect(shouldCancelRequest(url, dev)).toBe(true);
    });
  });

  it('has webRequest patterns for every network scheme', () => {
    expect([...NETWORK_URL_PATTERNS].sort()).toEqual([
      'http://*/*',
      'https://*/*',
      'ws://*/*',
      'wss://*/*',
    ]);
  });
});
