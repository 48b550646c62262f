// Types for build/fuses.mjs, which stays plain JavaScript because electron-builder loads the
// afterPack hook with Node, untranspiled. build/fuses.test.ts imports it through these.
import type { FuseV1Config, FuseV1Options } from '@electron/fuses';

export type FuseName = keyof typeof FuseV1Options;

/** The parts of electron-builder's AfterPackContext that executablePathFor reads. */
export interface PackedApp {
  readonly appOutDir: string;
  readonly electronPlatformName: string;
  readonly packager: {
    readonly appInfo: { readonly productFilename: string };
    /** Only the Linux packager has one. */
    readonly executableName?: string;
  };
}

export declare const FUSE_SETTINGS: Readonly<Partial<Record<FuseName, boolean>>>;

export declare function fuseConfig(): FuseV1Config;

export declare function executablePathFor(context: PackedApp): string;

export declare function resetsAdHocSignature(
  context: Pick<PackedApp, 'electronPlatformName'>,
): boolean;
