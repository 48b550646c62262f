/**
 * Initial JS of the built app, gzipped (DESIGN.md §6: ≤ 250 KB; the rest lazy).
 *
 * Two figures: the static one counts what out/renderer/index.html itself loads (the module
 * script and its modulepreload links); the observed one adds every script the page actually
 * requested before it was interactive on the default route (chunks imported dynamically during
 * start-up, such as the language catalogs). The budget applies to the observed figure.
 */
import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { resolveInside } from '../../scripts/serve.mjs';
import { loadUntilReady } from '../lib/browser.mjs';

export const name = 'initial-js';
export const budget = 'gzip of scripts loaded before interactive ≤ 250 KB';

const MAX_BYTES = 250 * 1024;
const KB = 1024;

/** Paths (from the site root) of the scripts index.html loads before any code runs. */
export function staticScripts(html) {
  const paths = new Set();
  for (const [tag] of html.matchAll(/<(?:script|link)\b[^>]*>/gi)) {
    const attr = (attrName) =>
      new RegExp(`\\s${attrName}\\s*=\\s*["']([^"']*)["']`, 'i').exec(tag)?.[1];
    const isModuleScript = /^<script/i.test(tag) && attr('type') === 'module' && attr('src');
    const isPreload = /^<link/i.test(tag) && attr('rel') === 'modulepreload' && attr('href');
    if (isModuleScript) paths.add(new URL(attr('src'), 'http://x/').pathname);
    if (isPreload) paths.add(new URL(attr('href'), 'http://x/').pathname);
  }
  return paths;
}

/** Loads the default route once and returns the same-origin script paths requested before ready. */
async function observedScripts(browser, url) {
  const origin = new URL(url).origin;
  const paths = new Set();
  const foreign = [];
  let recording = true;
  const context = await browser.newContext();
  try {
    context.on('request', (request) => {
      if (!recording || request.resourceType() !== 'script') return;
      const requested = new URL(request.url());
      if (requested.origin === origin) paths.add(requested.pathname);
      else foreign.push(request.url());
    });
    await loadUntilReady(context, url);
    recording = false;
  } finally {
    await context.close();
  }
  return { paths, foreign };
}

export async function run(ctx) {
  const root = ctx.rendererDir;
  const html = await readFile(resolveInside(root, '/index.html'), 'utf8');
  const fromHtml = staticScripts(html);
  if (fromHtml.size === 0)
    throw new Error('out/renderer/index.html loads no module script: is it a production build?');

  const url = await ctx.serve(root);
  const browser = await ctx.launchBrowser();
  const observed = await observedScripts(browser, url);

  // Union: a modulepreload the browser had not fetched by the time the page was ready still
  // counts, since index.html asked for it up front.
  const all = new Set([...fromHtml, ...observed.paths]);
  const chunks = [];
  for (const path of all) {
    const file = resolveInside(root, path);
    if (!file) throw new Error(`Script path ${path} resolves outside out/renderer.`);
    const bytes = await readFile(file);
    chunks.push({
      file: relative(root, file),
      rawBytes: bytes.length,
      gzipBytes: gzipSync(bytes, { level: 9 }).length,
      inIndexHtml: fromHtml.has(path),
      requestedBeforeReady: observed.paths.has(path),
    });
  }
  chunks.sort((a, b) => b.gzipBytes - a.gzipBytes);

  const sum = (list, key) => list.reduce((total, chunk) => total + chunk[key], 0);
  const staticChunks = chunks.filter((chunk) => chunk.inIndexHtml);
  const totals = {
    staticGzipBytes: sum(staticChunks, 'gzipBytes'),
    staticRawBytes: sum(staticChunks, 'rawBytes'),
    observedGzipBytes: sum(chunks, 'gzipBytes'),
    observedRawBytes: sum(chunks, 'rawBytes'),
  };

  for (const chunk of chunks) {
    const where = chunk.inIndexHtml ? 'index.html' : 'requested';
    ctx.log(
      `${(chunk.gzipBytes / KB).toFixed(1).padStart(7)} KB gz ${(chunk.rawBytes / KB).toFixed(1).padStart(7)} KB raw  ${where.padEnd(10)} ${chunk.file}`,
    );
  }
  if (observed.foreign.length > 0)
    ctx.log(`ignored cross-origin scripts: ${observed.foreign.join(', ')}`);

  return {
    figures: [
      {
        id: 'observedGzip',
        label: 'initial JS, observed (gzip)',
        value: totals.observedGzipBytes / KB,
        unit: 'KB',
        max: MAX_BYTES / KB,
      },
      {
        id: 'staticGzip',
        label: 'initial JS, index.html only (gzip)',
        value: totals.staticGzipBytes / KB,
        unit: 'KB',
      },
      { id: 'scripts', label: 'scripts before interactive', value: chunks.length, unit: '' },
    ],
    medians: {}, // One load: the set of start-up chunks is deterministic for a given build.
    samples: {},
    details: { ...totals, budgetBytes: MAX_BYTES, chunks, crossOriginScripts: observed.foreign },
  };
}
