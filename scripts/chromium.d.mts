export const CHROMIUM_MISSING: string;
export function locateChromium(): string | null;
export function findChromium(): string;
export const CHROMIUM_ARGS: readonly string[];
