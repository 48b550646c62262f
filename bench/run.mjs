/**
 * The performance bench runner (`npm run bench`, DESIGN.md §6).
 *
 *   node bench/run.mjs [--no-build] [--samples N] [--minutes M] [--list] [bench-name ...]
 *
 * Builds the app (unless --no-build), runs every module in bench/benches/ (or the ones named),
 * prints one table of figures against their budgets, writes bench/results/<name>.json per bench,
 * and exits 1 if any budget is exceeded, 2 if a bench could not run at all.
 */
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { serveRenderer } from '../scripts/serve.mjs';
import { chromiumVersionFromBinary, launchChromium } from './lib/browser.mjs';

const BENCH_DIR = fileURLToPath(new URL('.', import.meta.url));
const REPO_ROOT = resolve(BENCH_DIR, '..');
const BENCHES_DIR = join(BENCH_DIR, 'benches');
const RESULTS_DIR = join(BENCH_DIR, 'results');
const RENDERER_DIR = join(REPO_ROOT, 'out', 'renderer');
const MAX_SAMPLES = 200;

const MAX_MINUTES = 120;

const USAGE = `Usage: node bench/run.mjs [--no-build] [--samples N] [--minutes M] [--list] [bench-name ...]
  --no-build   use the existing out/renderer instead of building the app first
  --samples N  samples per measured page, for benches that sample (each has its own default)
  --minutes M  real time for benches that run for a while (session-timer: 10 by default);
               shorter than a bench's default is for trying it out, not for its figures
  --list       list the benches and their budgets, then exit`;

/** Loads bench/benches/*.mjs, checking each module has the shape the runner relies on. */
async function loadRegistry() {
  const files = (await readdir(BENCHES_DIR)).filter((file) => file.endsWith('.mjs')).sort();
  const benches = [];
  for (const file of files) {
    const module = await import(pathToFileURL(join(BENCHES_DIR, file)).href);
    const problems = [];
    if (typeof module.name !== 'string' || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(module.name))
      problems.push('`name` must be kebab-case');
    else if (module.name !== basename(file, '.mjs'))
      problems.push(`\`name\` must match the file name (${basename(file, '.mjs')})`);
    if (typeof module.budget !== 'string') problems.push('`budget` must be a description string');
    if (typeof module.run !== 'function') problems.push('`run(ctx)` must be exported');
    if (problems.length > 0) throw new Error(`bench/benches/${file}: ${problems.join('; ')}.`);
    benches.push({ name: module.name, budget: module.budget, run: module.run });
  }
  return benches;
}

/**
 * What a bench gets: paths, options, and resources (browsers, servers, temp dirs) that the runner
 * releases after the bench whether it passed, failed or threw. Benches still close what they open
 * themselves (pages, browser contexts) in their own finally blocks.
 */
function createContext(bench, options, machine) {
  const cleanups = [];
  const ctx = {
    name: bench.name,
    repoRoot: REPO_ROOT,
    benchDir: BENCH_DIR,
    rendererDir: RENDERER_DIR,
    samples: options.samples,
    minutes: options.minutes,
    log: (message) => console.log(`  [${bench.name}] ${message}`),
    defer: (cleanup) => cleanups.push(cleanup),
    async launchBrowser(extraArgs = []) {
      const browser = await launchChromium(extraArgs);
      cleanups.push(() => browser.close());
      machine.chromium ??= browser.version();
      return browser;
    },
    async serve(root) {
      const { server, url } = await serveRenderer({ root });
      cleanups.push(() => new Promise((done) => server.close(() => done())));
      return url;
    },
    async tempDir(prefix = 'circlekeeper-bench-') {
      const dir = await mkdtemp(join(tmpdir(), prefix));
      cleanups.push(() => rm(dir, { recursive: true, force: true }));
      return dir;
    },
  };
  const dispose = async () => {
    // Last opened, first closed; one failing cleanup must not leak the others.
    for (const cleanup of cleanups.reverse()) {
      try {
        await cleanup();
      } catch (error) {
        console.warn(`  [${bench.name}] cleanup failed: ${error.message}`);
      }
    }
  };
  return { ctx, dispose };
}

/** Checks a bench's figures and decides pass/fail: a figure with `max` passes when value ≤ max. */
function judge(figures) {
  if (!Array.isArray(figures) || figures.length === 0)
    throw new Error('run(ctx) must return at least one figure.');
  return figures.map((figure) => {
    if (
      typeof figure.id !== 'string' ||
      typeof figure.label !== 'string' ||
      typeof figure.value !== 'number'
    ) {
      throw new Error(
        `Malformed figure ${JSON.stringify(figure)}: needs id, label and a numeric value.`,
      );
    }
    const budget = typeof figure.max === 'number' ? figure.max : null;
    const pass = budget === null ? null : Number.isFinite(figure.value) && figure.value <= budget;
    return {
      id: figure.id,
      label: figure.label,
      value: figure.value,
      unit: figure.unit ?? '',
      budget,
      pass,
    };
  });
}

function format(value, unit) {
  if (!Number.isFinite(value) || (Number.isInteger(value) && unit === '')) return String(value);
  const digits = unit === '×' ? 2 : Math.abs(value) >= 100 ? 0 : 1;
  return `${value.toFixed(digits)}${unit === '×' ? '×' : unit ? ` ${unit}` : ''}`;
}

function printTable(reports) {
  const rows = [['bench', 'figure', 'value', 'budget', 'result']];
  for (const report of reports) {
    if (report.error) {
      rows.push([report.name, '(did not run)', '', '', 'ERROR']);
      continue;
    }
    report.figures.forEach((figure, i) => {
      rows.push([
        i === 0 ? report.name : '',
        figure.label,
        format(figure.value, figure.unit),
        figure.budget === null ? '' : `≤ ${format(figure.budget, figure.unit)}`,
        figure.pass === null
          ? ''
          : figure.pass
            ? 'pass'
            : figure.budget > 0
              ? `FAIL (+${((figure.value / figure.budget - 1) * 100).toFixed(0)}%)`
              : 'FAIL',
      ]);
    });
  }
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  const line = (row) =>
    row
      .map((cell, column) =>
        column === 2 || column === 3 ? cell.padStart(widths[column]) : cell.padEnd(widths[column]),
      )
      .join('  ')
      .trimEnd();
  console.log(`\n${line(rows[0])}\n${widths.map((w) => '-'.repeat(w)).join('  ')}`);
  for (const row of rows.slice(1)) console.log(line(row));
  console.log('');
}

async function main() {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        'no-build': { type: 'boolean', default: false },
        samples: { type: 'string' },
        minutes: { type: 'string' },
        list: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    console.error(`${error.message}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  let samples;
  if (values.samples !== undefined) {
    samples = Number(values.samples);
    if (!Number.isInteger(samples) || samples < 1 || samples > MAX_SAMPLES) {
      console.error(`--samples must be an integer from 1 to ${MAX_SAMPLES}.`);
      return 2;
    }
  }

  let minutes;
  if (values.minutes !== undefined) {
    minutes = Number(values.minutes);
    if (!Number.isFinite(minutes) || minutes <= 0 || minutes > MAX_MINUTES) {
      console.error(`--minutes must be a number above 0 and at most ${MAX_MINUTES}.`);
      return 2;
    }
  }

  const registry = await loadRegistry();
  if (values.list) {
    for (const bench of registry) console.log(`${bench.name.padEnd(16)} ${bench.budget}`);
    return 0;
  }
  const unknown = positionals.filter((name) => !registry.some((bench) => bench.name === name));
  if (unknown.length > 0) {
    console.error(
      `Unknown bench: ${unknown.join(', ')}. Known: ${registry.map((bench) => bench.name).join(', ')}.`,
    );
    return 2;
  }
  const selected =
    positionals.length > 0
      ? registry.filter((bench) => positionals.includes(bench.name))
      : registry;

  // electron.vite.config.ts resolves its paths against the working directory.
  process.chdir(REPO_ROOT);
  if (!values['no-build']) {
    console.log('Building the app (electron-vite)…');
    const { build } = await import('electron-vite');
    await build({ logLevel: 'warn' });
  }
  if (!existsSync(join(RENDERER_DIR, 'index.html'))) {
    console.error(
      'out/renderer/index.html is missing: run without --no-build (or `npm run build`) first.',
    );
    return 2;
  }

  const machine = {
    cpus: { count: cpus().length, model: cpus()[0]?.model ?? 'unknown' },
    totalMemoryBytes: totalmem(),
    platform: `${process.platform}-${process.arch}`,
    node: process.version,
    chromium: null, // Filled by the first browser a bench launches.
  };
  await mkdir(RESULTS_DIR, { recursive: true });

  const reports = [];
  for (const bench of selected) {
    console.log(`Running ${bench.name} (${bench.budget})…`);
    const started = Date.now();
    const { ctx, dispose } = createContext(bench, { samples, minutes }, machine);
    let report;
    try {
      const result = await bench.run(ctx);
      const figures = judge(result?.figures);
      report = {
        name: bench.name,
        budget: bench.budget,
        pass: figures.every((figure) => figure.pass !== false),
        figures,
        budgets: Object.fromEntries(
          figures.filter((f) => f.budget !== null).map((f) => [f.id, f.budget]),
        ),
        medians: result.medians ?? {},
        samples: result.samples ?? {},
        details: result.details ?? {},
      };
    } catch (error) {
      console.error(`  [${bench.name}] failed to run: ${error.stack ?? error}`);
      report = {
        name: bench.name,
        budget: bench.budget,
        pass: false,
        error: String(error.message ?? error),
      };
    } finally {
      await dispose();
    }
    machine.chromium ??= await chromiumVersionFromBinary();
    const record = {
      ...report,
      date: new Date(started).toISOString(),
      durationMs: Date.now() - started,
      options: { samples: samples ?? null, minutes: minutes ?? null, build: !values['no-build'] },
      machine: { ...machine },
    };
    await writeFile(
      join(RESULTS_DIR, `${bench.name}.json`),
      `${JSON.stringify(record, null, 2)}\n`,
    );
    reports.push(report);
  }

  printTable(reports);
  console.log(
    `Machine: ${machine.cpus.count}× ${machine.cpus.model}, Node ${machine.node}, Chromium ${machine.chromium ?? 'unknown'}`,
  );
  console.log(`Results: ${RESULTS_DIR}`);
  if (reports.some((report) => report.error)) return 2;
  const failed = reports.filter((report) => !report.pass).map((report) => report.name);
  if (failed.length > 0) {
    console.log(`Over budget: ${failed.join(', ')}`);
    return 1;
  }
  console.log('All benches within budget.');
  return 0;
}

process.exitCode = await main();
