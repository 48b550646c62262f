/**
 * The session benches' page (bench/benches/session-*.mjs). In the profiling build React's
 * DevTools hook must exist before React is evaluated, so this entry installs it and only then
 * loads the page itself (React, the app's code) as a separate chunk.
 */
import { installDevtoolsHook } from './devtools-hook';

installDevtoolsHook();
await import('./page');
