// Types for build/after-pack.mjs (plain JavaScript: electron-builder loads it with Node).
import type { PackedApp } from './fuses.mjs';

export declare function afterPack(context: PackedApp): Promise<void>;
