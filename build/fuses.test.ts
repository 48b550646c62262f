import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FuseState, FuseV1Options, FuseVersion, getCurrentFuseWire } from '@electron/fuses';
import { resolveFunction } from 'app-builder-lib/out/util/resolve';
import type { AfterPackContext } from 'electron-builder';
import { afterEach, beforeEach, describe, expect, expectTypeOf, it, vi } from 'vitest';
import * as afterPackModule from './after-pack.mjs';
import {
  FUSE_SETTINGS,
  executablePathFor,
  fuseConfig,
  resetsAdHocSignature,
  type PackedApp,
} from './fuses.mjs';

describe('FUSE_SETTINGS', () => {
  it('is exactly the five fuses of DESIGN.md §4, with their values', () => {
    expect(FUSE_SETTINGS).toStrictEqual({
      RunAsNode: false,
      EnableNodeOptionsEnvironmentVariable: false,
      EnableNodeCliInspectArguments: false,
      OnlyLoadAppFromAsar: true,
      EnableCookieEncryption: true,
    });
  });

  it('cannot be changed at run time', () => {
    expect(Object.isFrozen(FUSE_SETTINGS)).toBe(true);
  });

  it('names only fuses that @electron/fuses knows', () => {
    for (const name of Object.keys(FUSE_SETTINGS)) {
      expect(FuseV1Options).toHaveProperty(name);
    }
  });
});

describe('fuseConfig', () => {
  it('puts each fuse under its index in the version 1 fuse wire', () => {
    // The indices are pinned as numbers: they are positions in the Electron binary.
    expect(fuseConfig()).toStrictEqual({
      version: FuseVersion.V1,
      0: false, // RunAsNode
      1: true, // EnableCookieEncryption
      2: false, // EnableNodeOptionsEnvironmentVariable
      3: false, // EnableNodeCliInspectArguments
      5: true, // OnlyLoadAppFromAsar
    });
  });

  it('agrees with the FuseV1Options names', () => {
    expect(fuseConfig()).toStrictEqual({
      version: FuseVersion.V1,
      [FuseV1Options.RunAsNode]: false,
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
      [FuseV1Options.EnableNodeCliInspectArguments]: false,
      [FuseV1Options.OnlyLoadAppFromAsar]: true,
      [FuseV1Options.EnableCookieEncryption]: true,
    });
  });
});

describe('executablePathFor', () => {
  const packed = (electronPlatformName: string, executableName?: string): PackedApp => ({
    appOutDir: join('release', 'unpacked'),
    electronPlatformName,
    packager: {
      appInfo: { productFilename: 'Circlekeeper' },
      ...(executableName === undefined ? {} : { executableName }),
    },
  });

  it('points at the .app bundle on macOS', () => {
    expect(executablePathFor(packed('darwin'))).toBe(
      join('release', 'unpacked', 'Circlekeeper.app'),
    );
    expect(executablePathFor(packed('mas'))).toBe(join('release', 'unpacked', 'Circlekeeper.app'));
  });

  it('points at the product-named .exe on Windows', () => {
    expect(executablePathFor(packed('win32'))).toBe(
      join('release', 'unpacked', 'Circlekeeper.exe'),
    );
  });

  it("uses the Linux packager's executable name", () => {
    expect(executablePathFor(packed('linux', 'circlekeeper'))).toBe(
      join('release', 'unpacked', 'circlekeeper'),
    );
    expect(executablePathFor(packed('linux', 'ck'))).toBe(join('release', 'unpacked', 'ck'));
  });

  it('falls back to the lower-cased product name on Linux', () => {
    expect(executablePathFor(packed('linux'))).toBe(join('release', 'unpacked', 'circlekeeper'));
  });

  it('refuses a platform it does not know', () => {
    expect(() => executablePathFor(packed('aix'))).toThrow(/unknown platform "aix"/);
  });

  it("reads only what electron-builder's AfterPackContext provides", () => {
    expectTypeOf<AfterPackContext>().toExtend<PackedApp>();
  });
});

describe('resetsAdHocSignature', () => {
  it('re-signs ad hoc on macOS only', () => {
    expect(resetsAdHocSignature({ electronPlatformName: 'darwin' })).toBe(true);
    expect(resetsAdHocSignature({ electronPlatformName: 'mas' })).toBe(true);
    expect(resetsAdHocSignature({ electronPlatformName: 'linux' })).toBe(false);
    expect(resetsAdHocSignature({ electronPlatformName: 'win32' })).toBe(false);
  });
});

describe('afterPack', () => {
  const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
  // Electron 45's wire: nine fuses, as shipped ('1' on, '0' off).
  const ELECTRON_45_WIRE = '101100011';
  let dir: string;

  /** A stand-in for the Electron binary: padding, then the fuse sentinel and wire. */
  const writeFakeElectron = async (wire: string | null): Promise<void> => {
    const padding = Buffer.alloc(4096, 0x90);
    const fuses =
      wire === null
        ? Buffer.alloc(0)
        : Buffer.concat([Buffer.from(SENTINEL), Buffer.from([1, wire.length]), Buffer.from(wire)]);
    await writeFile(join(dir, 'circlekeeper'), Buffer.concat([padding, fuses, padding]));
  };
  const linuxApp = (): PackedApp => ({
    appOutDir: dir,
    electronPlatformName: 'linux',
    packager: { appInfo: { productFilename: 'Circlekeeper' }, executableName: 'circlekeeper' },
  });

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'circlekeeper-fuses-'));
    vi.spyOn(console, 'log').mockImplementation(() => undefined);
  });

  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('is the export electron-builder 26 loads from the path in electron-builder.yml', async () => {
    // electron-builder's own hook loader, given the string from electron-builder.yml.
    const hook = await resolveFunction<unknown>(
      'module',
      'build/after-pack.mjs',
      'afterPack',
      process.cwd(),
    );
    expect(typeof hook).toBe('function');
    expect((hook as { name: string }).name).toBe('afterPack');
    expect(Object.keys(afterPackModule)).toEqual(['afterPack']);
  });

  it('flips exactly the five fuses in the packed binary and leaves the others alone', async () => {
    await writeFakeElectron(ELECTRON_45_WIRE);
    await afterPackModule.afterPack(linuxApp());

    const wire = await getCurrentFuseWire(join(dir, 'circlekeeper'));
    expect(wire).toStrictEqual({
      version: FuseVersion.V1,
      [FuseV1Options.RunAsNode]: FuseState.DISABLE,
      [FuseV1Options.EnableCookieEncryption]: FuseState.ENABLE,
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: FuseState.DISABLE,
      [FuseV1Options.EnableNodeCliInspectArguments]: FuseState.DISABLE,
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: FuseState.DISABLE,
      [FuseV1Options.OnlyLoadAppFromAsar]: FuseState.ENABLE,
      [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: FuseState.DISABLE,
      [FuseV1Options.GrantFileProtocolExtraPrivileges]: FuseState.ENABLE,
      [FuseV1Options.WasmTrapHandlers]: FuseState.ENABLE,
    });
    expect(console.log).toHaveBeenCalledWith(
      expect.stringContaining(
        'RunAsNode=off EnableNodeOptionsEnvironmentVariable=off EnableNodeCliInspectArguments=off OnlyLoadAppFromAsar=on EnableCookieEncryption=on',
      ),
    );
  });

  it('changes nothing but the fuse wire', async () => {
    await writeFakeElectron(ELECTRON_45_WIRE);
    const before = await readFile(join(dir, 'circlekeeper'));
    await afterPackModule.afterPack(linuxApp());
    const after = await readFile(join(dir, 'circlekeeper'));

    const wireStart = before.indexOf(SENTINEL) + SENTINEL.length + 2;
    expect(after.length).toBe(before.length);
    expect(after.subarray(0, wireStart)).toStrictEqual(before.subarray(0, wireStart));
    expect(after.subarray(wireStart + ELECTRON_45_WIRE.length)).toStrictEqual(
      before.subarray(wireStart + ELECTRON_45_WIRE.length),
    );
  });

  it('fails the build when the binary has no fuse wire', async () => {
    await writeFakeElectron(null);
    await expect(afterPackModule.afterPack(linuxApp())).rejects.toThrow(/sentinel/);
  });

  it('fails the build when the fuse wire is too short for a fuse we set', async () => {
    await writeFakeElectron('101');
    await expect(afterPackModule.afterPack(linuxApp())).rejects.toThrow(/not long enough/);
  });
});
