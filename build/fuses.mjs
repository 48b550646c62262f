/**
 * The Electron fuses every packaged Circlekeeper carries (DESIGN.md §4). Fuses are bits baked
 * into the Electron binary: once flipped, no command-line flag or environment variable can turn
 * the feature back on, which is what makes them worth having on a machine whose data must stay
 * private. This file only describes them; build/after-pack.mjs flips them during packaging, and
 * build/fuses.test.ts pins the list so no fuse is added, dropped or inverted by accident.
 *
 * Plain .mjs rather than TypeScript because electron-builder imports the afterPack hook with
 * Node itself, untranspiled; build/fuses.d.mts gives the test its types.
 */
import { join } from 'node:path';
import { FuseV1Options, FuseVersion } from '@electron/fuses';

/** Fuse name (as @electron/fuses spells it in FuseV1Options) → the state we ship. */
export const FUSE_SETTINGS = Object.freeze({
  // `ELECTRON_RUN_AS_NODE=1` would turn the signed app into a general-purpose Node runtime.
  RunAsNode: false,
  // NODE_OPTIONS could preload arbitrary code (`--require`) into the main process.
  EnableNodeOptionsEnvironmentVariable: false,
  // `--inspect` and friends would open a debugger on the main process.
  EnableNodeCliInspectArguments: false,
  // Ignore an app/ folder planted beside app.asar: only the packaged archive runs.
  OnlyLoadAppFromAsar: true,
  // Cookies on disk are encrypted with an OS-protected key.
  EnableCookieEncryption: true,
});

/** The config to hand to flipFuses(): version 1 wire, each fuse under its numeric index. */
export function fuseConfig() {
  const config = { version: FuseVersion.V1 };
  for (const [name, enabled] of Object.entries(FUSE_SETTINGS)) {
    const index = FuseV1Options[name];
    if (typeof index !== 'number') throw new Error(`@electron/fuses has no fuse named ${name}`);
    config[index] = enabled;
  }
  return config;
}

/**
 * Where electron-builder put the Electron binary of the app it just packed. Mirrors
 * PlatformPackager.addElectronFuses in electron-builder 26: macOS gets the .app bundle (the
 * fuses live in its Electron Framework, which @electron/fuses finds from there), Windows the
 * .exe named after the product, Linux the lower-case executable name.
 */
export function executablePathFor(context) {
  const { appOutDir, electronPlatformName, packager } = context;
  const productFilename = packager.appInfo.productFilename;
  switch (electronPlatformName) {
    case 'darwin':
    case 'mas':
      return join(appOutDir, `${productFilename}.app`);
    case 'win32':
      return join(appOutDir, `${productFilename}.exe`);
    case 'linux':
      return join(appOutDir, packager.executableName ?? productFilename.toLowerCase());
    default:
      throw new Error(`No fuses for unknown platform "${electronPlatformName}"`);
  }
}

/**
 * Flipping fuses edits the binary, which voids the ad-hoc signature Electron ships with on
 * macOS; an unsigned Apple Silicon build would then refuse to start. Re-sign ad hoc there
 * (a real signing identity, applied after afterPack, replaces it anyway).
 */
export function resetsAdHocSignature(context) {
  return context.electronPlatformName === 'darwin' || context.electronPlatformName === 'mas';
}
