/**
 * electron-builder's afterPack hook (named in electron-builder.yml). It runs once per platform
 * and architecture, after the app has been laid out beside the Electron binary and before that
 * binary is signed and wrapped into an AppImage, .deb, installer or disk image: the last moment
 * the binary can be edited without breaking a signature. It flips the fuses listed in
 * build/fuses.mjs, reads them back, and fails the build if any did not take, so a release can
 * never ship with, say, RunAsNode still on.
 *
 * Why a hook instead of electron-builder's own `electronFuses` option: the list then lives in
 * one tested module, and it is applied with the @electron/fuses pinned in package.json rather
 * than the older copy electron-builder bundles.
 *
 * electron-builder imports this file and calls its export named after the hook (`afterPack`);
 * a default export is only its fallback, so none is needed.
 */
import { FuseState, FuseV1Options, flipFuses, getCurrentFuseWire } from '@electron/fuses';
import { FUSE_SETTINGS, executablePathFor, fuseConfig, resetsAdHocSignature } from './fuses.mjs';

const STATE_NAMES = {
  [FuseState.ENABLE]: 'on',
  [FuseState.DISABLE]: 'off',
  [FuseState.REMOVED]: 'removed',
  [FuseState.INHERIT]: 'unset',
};

export async function afterPack(context) {
  const binary = executablePathFor(context);
  await flipFuses(binary, {
    ...fuseConfig(),
    resetAdHocDarwinSignature: resetsAdHocSignature(context),
  });

  const wire = await getCurrentFuseWire(binary);
  const set = [];
  for (const [name, enabled] of Object.entries(FUSE_SETTINGS)) {
    const actual = wire[FuseV1Options[name]];
    if (actual !== (enabled ? FuseState.ENABLE : FuseState.DISABLE)) {
      const found = STATE_NAMES[actual] ?? 'missing';
      throw new Error(
        `Fuse ${name} is ${found} in ${binary}; it must be ${enabled ? 'on' : 'off'}.`,
      );
    }
    set.push(`${name}=${enabled ? 'on' : 'off'}`);
  }
  console.log(`  • electron fuses set  ${set.join(' ')}  file=${binary}`);
}
