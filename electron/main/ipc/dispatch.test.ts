import { describe, expect, it, vi } from 'vitest';
import { CHANNELS, MAX_FILE_BYTES, type Channel, type IpcResult } from '../../shared/ipc-contract';
import type { PresenterState } from '../../shared/presenter';
import { fakeSender } from '../testing/fake-seam';
import { createDispatcher, IpcFailure, originOf, type Handler, type Handlers } from './dispatch';

const TRUSTED = ['app://circlekeeper'];

const validPresenterState: PresenterState = {
  mode: 'live',
  language: 'ar',
  itemTitle: 'Check-in',
  remainingMs: -1500,
  sessionElapsedMs: 60_000,
  nextItemTitle: 'Sharing',
  nextSpeakerAlias: 'Sam',
  prompt: null,
  flash: null,
  asOf: 1_700_000_000_000,
  running: true,
};

/** A valid request for every channel, so each test varies one thing. */
const VALID: { [C in Channel]: unknown } = {
  'app:info': undefined,
  'app:set-language': { language: 'fr' },
  'power:keep-awake': { on: true },
  'file:save': { suggestedName: 'backup.ckvault', data: new Uint8Array([1, 2, 3]) },
  'file:open': { maxBytes: 1024, filters: [{ name: 'Backup', extensions: ['ckvault'] }] },
  'print:to-pdf': { suggestedName: 'plan', landscape: true, pageSize: 'Letter' },
  'presenter:open': undefined,
  'presenter:close': undefined,
  'presenter:update': validPresenterState,
  'presenter:current': undefined,
  'backup:choose-folder': undefined,
  'backup:folder': undefined,
  'backup:write': {
    fileName: 'circlekeeper-k3jq7xw2mnb4v5ta-20261122-083015.ckbackup',
    data: '{"format":"circlekeeper-backup"}',
    keep: 10,
  },
};

const backupWrite = {
  fileName: 'circlekeeper-k3jq7xw2mnb4v5ta-20261122-083015.ckbackup',
  data: 'x',
  keep: 10,
};

type Calls = { channel: Channel; request: unknown }[];

/** Handlers that record what reached them and answer with a marker. */
function recordingHandlers(calls: Calls): Handlers {
  const record =
    <C extends Channel>(channel: C, answer: Awaited<ReturnType<Handler<C>>>): Handler<C> =>
    async (request) => {
      calls.push({ channel, request });
      return answer;
    };
  return {
    'app:info': record('app:info', {
      name: 'Circlekeeper',
      version: '1.0.0',
      platform: 'linux',
      osLanguages: ['en'],
    }),
    'app:set-language': record('app:set-language', null),
    'power:keep-awake': record('power:keep-awake', { on: true }),
    'file:save': record('file:save', { saved: true, fileName: 'backup.ckvault' }),
    'file:open': record('file:open', null),
    'print:to-pdf': record('print:to-pdf', { saved: false }),
    'presenter:open': record('presenter:open', { placement: 'same-screen' }),
    'presenter:close': record('presenter:close', null),
    'presenter:update': record('presenter:update', null),
    'presenter:current': record('presenter:current', validPresenterState),
    'backup:choose-folder': record('backup:choose-folder', '/home/sam/Backups'),
    'backup:folder': record('backup:folder', null),
    'backup:write': record('backup:write', {
      fileName: 'circlekeeper-k3jq7xw2mnb4v5ta-20261122-083015.ckbackup',
      removed: 0,
    }),
  };
}

function setup(handlers?: Partial<Handlers>) {
  const calls: Calls = [];
  const logs: string[] = [];
  const dispatch = createDispatcher({ ...recordingHandlers(calls), ...handlers }, TRUSTED, (m) =>
    logs.push(m),
  );
  return { dispatch, calls, logs };
}

function errorCode(result: IpcResult<unknown>): string | null {
  return result.ok ? null : result.error.code;
}

describe('originOf', () => {
  it('gives scheme and host for app:// URLs, which have no WHATWG origin', () => {
    expect(originOf('app://circlekeeper/index.html')).toBe('app://circlekeeper');
    expect(originOf('app://circlekeeper/index.html#/presenter')).toBe('app://circlekeeper');
    expect(originOf('app://circlekeeper')).toBe('app://circlekeeper');
  });

  it('keeps the port, so a dev server origin matches only itself', () => {
    expect(originOf('http://localhost:5173/src/main.tsx')).toBe('http://localhost:5173');
  });

  it('is null for URLs without a host or that do not parse', () => {
    expect(originOf('')).toBeNull();
    expect(originOf('file:///home/me/index.html')).toBeNull();
    expect(originOf('about:blank')).toBeNull();
    expect(originOf('data:text/html,<p>x</p>')).toBeNull();
    expect(originOf('not a url')).toBeNull();
  });
});

describe('createDispatcher: the sender check', () => {
  it.each([
    ['another host', 'app://evil/index.html'],
    ['another scheme', 'https://circlekeeper/index.html'],
    ['a website', 'https://example.com/'],
    ['our host on a port', 'app://circlekeeper:1234/index.html'],
    ['a look-alike host', 'app://circlekeeper.example/index.html'],
    ['file://', 'file:///opt/circlekeeper/index.html'],
    ['an empty url (no sender frame)', ''],
    ['about:blank', 'about:blank'],
  ])('refuses %s before anything else, and never calls the handler', async (_name, url) => {
    const { dispatch, calls, logs } = setup();
    for (const channel of CHANNELS) {
      const result = await dispatch(channel, fakeSender({ url }), VALID[channel]);
      expect(result).toEqual({
        ok: false,
        error: { code: 'untrusted-sender', message: expect.any(String) as string },
      });
    }
    // Even an unknown channel is answered as untrusted: nothing is revealed to a stranger.
    expect(errorCode(await dispatch('vault:dump', fakeSender({ url }), {}))).toBe(
      'untrusted-sender',
    );
    expect(calls).toEqual([]);
    expect(logs).toHaveLength(CHANNELS.length + 1);
  });

  it('accepts any page of a trusted origin', async () => {
    const { dispatch, calls } = setup();
    const result = await dispatch(
      'app:info',
      fakeSender({ url: 'app://circlekeeper/index.html#/presenter' }),
      undefined,
    );
    expect(result.ok).toBe(true);
    expect(calls).toHaveLength(1);
  });

  it('trusts exactly the origins it was given', async () => {
    const calls: Calls = [];
    const dispatch = createDispatcher(
      recordingHandlers(calls),
      ['app://circlekeeper', 'http://localhost:5173'],
      () => undefined,
    );
    expect(
      (await dispatch('app:info', fakeSender({ url: 'http://localhost:5173/' }), undefined)).ok,
    ).toBe(true);
    expect(
      errorCode(
        await dispatch('app:info', fakeSender({ url: 'http://localhost:5174/' }), undefined),
      ),
    ).toBe('untrusted-sender');
    expect(calls).toHaveLength(1);
  });
});

describe('createDispatcher: channels and payloads', () => {
  it('answers an unknown channel with unknown-channel', async () => {
    const { dispatch, calls } = setup();
    for (const channel of ['vault:dump', 'app:Info', '__proto__', 'constructor', '']) {
      expect(errorCode(await dispatch(channel, fakeSender(), undefined))).toBe('unknown-channel');
    }
    expect(calls).toEqual([]);
  });

  it.each(CHANNELS)('passes a valid %s request to its handler', async (channel) => {
    const { dispatch, calls } = setup();
    const result = await dispatch(channel, fakeSender(), VALID[channel]);
    expect(result.ok).toBe(true);
    expect(calls).toEqual([{ channel, request: VALID[channel] }]);
  });

  const invalid: [Channel, string, unknown][] = [
    ['app:info', 'a payload where none is expected', { extra: 1 }],
    ['app:set-language', 'an unknown language', { language: 'de' }],
    ['app:set-language', 'an extra key', { language: 'fr', admin: true }],
    ['app:set-language', 'no payload', undefined],
    ['power:keep-awake', 'a string for a boolean', { on: 'yes' }],
    ['power:keep-awake', 'an extra key', { on: true, forever: true }],
    ['file:save', 'a name with a slash', { suggestedName: 'a/b.txt', data: 'x' }],
    ['file:save', 'a name with a backslash', { suggestedName: 'a\\b.txt', data: 'x' }],
    ['file:save', 'a name climbing up', { suggestedName: '../../.bashrc', data: 'x' }],
    ['file:save', 'a name that is ..', { suggestedName: '..', data: 'x' }],
    ['file:save', 'a name that is .', { suggestedName: '.', data: 'x' }],
    ['file:save', 'a name with NUL', { suggestedName: 'a\0.txt', data: 'x' }],
    ['file:save', 'an empty name', { suggestedName: '', data: 'x' }],
    ['file:save', 'an overlong name', { suggestedName: 'a'.repeat(201), data: 'x' }],
    ['file:save', 'data that is a number array', { suggestedName: 'a.txt', data: [1, 2, 3] }],
    ['file:save', 'data missing', { suggestedName: 'a.txt' }],
    ['file:save', 'an extra key', { suggestedName: 'a.txt', data: 'x', path: '/etc/passwd' }],
    [
      'file:save',
      'a filter with a bad extension',
      { suggestedName: 'a.txt', data: 'x', filters: [{ name: 'x', extensions: ['*'] }] },
    ],
    [
      'file:save',
      'a filter with an extra key',
      {
        suggestedName: 'a.txt',
        data: 'x',
        filters: [{ name: 'x', extensions: ['txt'], dir: '/' }],
      },
    ],
    ['file:open', 'maxBytes over the cap', { maxBytes: MAX_FILE_BYTES + 1 }],
    ['file:open', 'maxBytes of zero', { maxBytes: 0 }],
    ['file:open', 'negative maxBytes', { maxBytes: -1 }],
    ['file:open', 'fractional maxBytes', { maxBytes: 10.5 }],
    ['file:open', 'infinite maxBytes', { maxBytes: Infinity }],
    ['file:open', 'maxBytes as a string', { maxBytes: '1024' }],
    ['file:open', 'an extra key', { maxBytes: 10, path: '/etc/passwd' }],
    ['print:to-pdf', 'a name with a slash', { suggestedName: '/tmp/plan' }],
    ['print:to-pdf', 'an unknown page size', { suggestedName: 'plan', pageSize: 'A3' }],
    ['print:to-pdf', 'a string for landscape', { suggestedName: 'plan', landscape: 'true' }],
    ['presenter:open', 'a payload', { fullscreen: true }],
    ['presenter:close', 'a payload', 'now'],
    [
      'presenter:update',
      'a private note sneaking in',
      { ...validPresenterState, note: 'Sam relapsed' },
    ],
    ['presenter:update', 'an unknown mode', { ...validPresenterState, mode: 'debug' }],
    ['presenter:update', 'a missing field', { ...validPresenterState, running: undefined }],
    [
      'presenter:update',
      'an overlong title',
      { ...validPresenterState, itemTitle: 'x'.repeat(501) },
    ],
    ['presenter:update', 'a non-finite time', { ...validPresenterState, remainingMs: Infinity }],
    ['presenter:update', 'NaN', { ...validPresenterState, asOf: NaN }],
    ['presenter:update', 'an array', [validPresenterState]],
    ['presenter:current', 'a payload', { since: 0 }],
    ['backup:choose-folder', 'a path from the renderer', { folder: '/etc' }],
    ['backup:folder', 'a payload', 'which'],
    ['backup:write', 'a name of another shape', { ...backupWrite, fileName: 'notes.txt' }],
    [
      'backup:write',
      'a name climbing out of the folder',
      { ...backupWrite, fileName: `../${backupWrite.fileName}` },
    ],
    [
      'backup:write',
      'an absolute path',
      { ...backupWrite, fileName: `/home/sam/${backupWrite.fileName}` },
    ],
    [
      'backup:write',
      'a name with a backslash',
      { ...backupWrite, fileName: `..\\${backupWrite.fileName}` },
    ],
    [
      'backup:write',
      'another extension',
      { ...backupWrite, fileName: backupWrite.fileName.replace('.ckbackup', '.sh') },
    ],
    ['backup:write', 'a folder to write into', { ...backupWrite, folder: '/tmp' }],
    ['backup:write', 'bytes for text', { ...backupWrite, data: new Uint8Array([1]) }],
    ['backup:write', 'keep 0', { ...backupWrite, keep: 0 }],
    ['backup:write', 'keep 101', { ...backupWrite, keep: 101 }],
    ['backup:write', 'a fractional keep', { ...backupWrite, keep: 2.5 }],
    ['backup:write', 'no keep', { fileName: backupWrite.fileName, data: 'x' }],
  ];

  it.each(invalid)('refuses %s with %s as invalid-request', async (channel, _name, payload) => {
    const { dispatch, calls } = setup();
    const result = await dispatch(channel, fakeSender(), payload);
    expect(errorCode(result)).toBe('invalid-request');
    expect(result.ok ? '' : result.error.message).not.toBe('');
    expect(calls).toEqual([]);
  });

  it('accepts data as a string and file names with dots inside', async () => {
    const { dispatch, calls } = setup();
    const result = await dispatch('file:save', fakeSender(), {
      suggestedName: 'plan.2024..v2.txt',
      data: 'hello',
    });
    expect(result.ok).toBe(true);
    expect(calls).toHaveLength(1);
  });

  it('accepts maxBytes at exactly the cap', async () => {
    const { dispatch } = setup();
    expect((await dispatch('file:open', fakeSender(), { maxBytes: MAX_FILE_BYTES })).ok).toBe(true);
  });
});

describe('createDispatcher: results', () => {
  it('wraps a handler value as { ok: true, value }', async () => {
    const { dispatch } = setup();
    expect(await dispatch('power:keep-awake', fakeSender(), { on: true })).toEqual({
      ok: true,
      value: { on: true },
    });
    expect(await dispatch('app:set-language', fakeSender(), { language: 'ar' })).toEqual({
      ok: true,
      value: null,
    });
  });

  it('passes the sender through to the handler', async () => {
    const seen: number[] = [];
    const { dispatch } = setup({
      'print:to-pdf': async (_request, sender) => {
        seen.push(sender.contentsId);
        return { saved: false };
      },
    });
    await dispatch('print:to-pdf', fakeSender({ contentsId: 42 }), { suggestedName: 'plan' });
    expect(seen).toEqual([42]);
  });

  it('turns an IpcFailure into its code and message, without logging', async () => {
    const { dispatch, logs } = setup({
      'file:open': async () => {
        throw new IpcFailure('too-large', 'backup.ckvault is larger than 10 bytes.');
      },
    });
    expect(await dispatch('file:open', fakeSender(), { maxBytes: 10 })).toEqual({
      ok: false,
      error: { code: 'too-large', message: 'backup.ckvault is larger than 10 bytes.' },
    });
    expect(logs).toEqual([]);
  });

  it('turns any other throw into internal, with a generic message and a log line free of the payload', async () => {
    const secret = 'Sam talked about the night of the accident';
    const { dispatch, logs } = setup({
      'file:save': async (request) => {
        throw new TypeError(`cannot handle ${String(request.data)}`);
      },
    });
    const result = await dispatch('file:save', fakeSender(), {
      suggestedName: 'sam-notes.txt',
      data: secret,
    });
    expect(result).toEqual({
      ok: false,
      error: { code: 'internal', message: 'Something went wrong in the desktop shell.' },
    });
    expect(logs).toHaveLength(1);
    expect(logs[0]).toContain('file:save');
    expect(logs[0]).toContain('TypeError');
    expect(logs[0]).not.toContain(secret);
    expect(logs[0]).not.toContain('sam-notes');
    expect(JSON.stringify(result)).not.toContain(secret);
  });

  it('copes with a handler that throws something that is not an Error', async () => {
    const { dispatch, logs } = setup({
      'presenter:update': async () => {
        // eslint-disable-next-line @typescript-eslint/only-throw-error -- deliberately not an Error: some libraries reject with plain values
        throw 'Sam: private words';
      },
    });
    const result = await dispatch('presenter:update', fakeSender(), validPresenterState);
    expect(errorCode(result)).toBe('internal');
    expect(logs.join('\n')).not.toContain('Sam');
  });

  it('logs to console.error by default, and only the channel and error name', async () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const calls: Calls = [];
    const dispatch = createDispatcher(
      {
        ...recordingHandlers(calls),
        'app:set-language': async () => {
          throw new RangeError('fr-secret');
        },
      },
      TRUSTED,
    );
    await dispatch('app:set-language', fakeSender(), { language: 'fr' });
    expect(spy).toHaveBeenCalledTimes(1);
    expect(String(spy.mock.calls[0]?.[0])).toBe('ipc: app:set-language failed: RangeError');
  });
});
