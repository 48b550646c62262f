/** Set by bench/lib/session-page.mjs: true in the React profiling build of this page. */
declare const __SESSION_BENCH_PROFILING__: boolean;
