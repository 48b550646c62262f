export const SAMPLE_RATE: number;
export const CHIMES_DIR: string;
export function wav(samples: Float64Array): Uint8Array;
export function chimes(): Record<string, Uint8Array>;
