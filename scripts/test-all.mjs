/**
 * `npm test`: everything, in the order a reviewer would check it: typecheck (node, web and
 * tests), lint with zero warnings, unit tests, production build, then the end-to-end suite
 * (browser and desktop projects, and the Electron specs, which skip with a printed reason where
 * no Electron binary exists). Every step runs even after a failure, except that the end-to-end
 * suite needs a build. It ends with one line of totals.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { CHROMIUM_MISSING, locateChromium } from './chromium.mjs';

const require = createRequire(import.meta.url);
/** A package's own CLI file, found through its package.json (CLIs are not in their exports). */
function bin(pkg, file) {
  const manifest = require.resolve(`${pkg}/package.json`, { paths: [process.cwd()] });
  return join(dirname(manifest), file);
}
const node = process.execPath;
const RESULTS = 'test-results';

function step(name, args) {
  process.stdout.write(`\n── ${name} ──\n`);
  const started = Date.now();
  const result = spawnSync(node, args, {
    stdio: 'inherit',
    env: { ...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? '1' },
  });
  const ok = result.status === 0;
  process.stdout.write(
    `── ${name}: ${ok ? 'ok' : 'FAILED'} (${((Date.now() - started) / 1000).toFixed(1)} s)\n`,
  );
  return ok;
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

/** Walks Playwright's JSON report for skipped tests and their reasons. */
function skippedWithReasons(suite, trail = []) {
  const found = [];
  for (const spec of suite.specs ?? []) {
    for (const t of spec.tests ?? []) {
      if (t.status === 'skipped') {
        const reason =
          (t.annotations ?? []).find((a) => a.type === 'skip')?.description ?? 'no reason given';
        found.push(`[${t.projectName}] ${[...trail, spec.title].join(' › ')}: ${reason}`);
      }
    }
  }
  for (const child of suite.suites ?? [])
    found.push(...skippedWithReasons(child, [...trail, child.title].filter(Boolean)));
  return found;
}

rmSync(RESULTS, { recursive: true, force: true });
mkdirSync(RESULTS, { recursive: true });

const tsc = bin('typescript', 'bin/tsc');
const outcomes = {
  typecheck: ['tsconfig.node.json', 'tsconfig.web.json', 'tsconfig.test.json']
    .map((project) => step(`typecheck ${project}`, [tsc, '-p', project, '--noEmit']))
    .every(Boolean),
  lint: [
    step('lint', [bin('eslint', 'bin/eslint.js'), '.', '--max-warnings=0']),
    step('formatting', [bin('prettier', 'bin/prettier.cjs'), '--check', '.']),
  ].every(Boolean),
  unit: step('unit tests', [
    bin('vitest', 'vitest.mjs'),
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${RESULTS}/unit.json`,
  ]),
  build: step('production build', [bin('electron-vite', 'bin/electron-vite.js'), 'build']),
  e2e: false,
};

const chromium = locateChromium();
if (!outcomes.build) {
  process.stdout.write('\nThe end-to-end tests need a build; fix the build first.\n');
} else if (!chromium) {
  process.stdout.write(`\n${CHROMIUM_MISSING}\n`);
} else {
  outcomes.e2e = step('end-to-end tests', [bin('@playwright/test', 'cli.js'), 'test']);
}

const unit = readJson(`${RESULTS}/unit.json`);
const e2e = readJson(`${RESULTS}/e2e.json`);
const unitCounts = unit
  ? {
      passed: unit.numPassedTests,
      failed: unit.numFailedTests,
      skipped: unit.numPendingTests + unit.numTodoTests,
    }
  : { passed: 0, failed: outcomes.unit ? 0 : 1, skipped: 0 };
const e2eCounts = e2e
  ? {
      passed: e2e.stats.expected + e2e.stats.flaky,
      failed: e2e.stats.unexpected,
      skipped: e2e.stats.skipped,
    }
  : { passed: 0, failed: outcomes.e2e ? 0 : 1, skipped: 0 };

process.stdout.write('\n── summary ──\n');
for (const [name, ok] of Object.entries(outcomes))
  process.stdout.write(`${ok ? 'ok    ' : 'FAILED'} ${name}\n`);
if (e2e)
  for (const line of (e2e.suites ?? []).flatMap((s) => skippedWithReasons(s)))
    process.stdout.write(`skipped ${line}\n`);
process.stdout.write(
  `unit: ${unitCounts.passed} passed, ${unitCounts.failed} failed, ${unitCounts.skipped} skipped\n`,
);
process.stdout.write(
  `e2e: ${e2eCounts.passed} passed, ${e2eCounts.failed} failed, ${e2eCounts.skipped} skipped\n`,
);
const allOk = Object.values(outcomes).every(Boolean);
// Steps without test counts (typecheck, lint, build) count as one failure each when they fail.
const stepFailures = ['typecheck', 'lint', 'build'].filter((s) => !outcomes[s]).length;
const failed = unitCounts.failed + e2eCounts.failed + stepFailures;
process.stdout.write(
  `tests: ${unitCounts.passed + e2eCounts.passed} passed, ${failed} failed, ${unitCounts.skipped + e2eCounts.skipped} skipped\n`,
);
process.exit(allOk && failed === 0 ? 0 : 1);
