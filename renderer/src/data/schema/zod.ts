/**
 * zod for the renderer. zod 4 compiles fast parsers with `new Function` when it can; the app's
 * CSP forbids eval (only 'wasm-unsafe-eval' is allowed, for Argon2id), so every probe would be a
 * CSP violation. jitless mode parses without eval. Renderer code imports zod from here (lint).
 */
import { z } from 'zod';

z.config({ jitless: true });

export { z };
