/**
 * Renders build/icon.svg, the one source of the app icon, into every raster file packaging
 * needs. Rerun it after editing the SVG, then commit what it writes:
 *
 *   node build/render-icons.mjs
 *
 * It writes build/icon.png (1024 px), build/icons/NxN.png (Linux picks its sizes from the
 * names), build/icon.ico (Windows) and build/icon.icns (macOS), and copies the SVG to
 * renderer/public/favicon.svg so the window's favicon never drifts from the app icon.
 * Shipping the .ico and .icns ready-made means electron-builder never downloads its icon
 * converter. Chromium draws the SVG at each size rather than scaling one bitmap down, so the
 * small sizes stay crisp. Uses Debian's /usr/bin/chromium when present (CHROMIUM_PATH
 * overrides it), else Playwright's own browser.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';

const buildDir = dirname(fileURLToPath(import.meta.url));
const faviconPath = join(buildDir, '..', 'renderer', 'public', 'favicon.svg');

const LINUX_SIZES = [16, 32, 48, 64, 128, 256, 512];
const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];
// ICNS entries that take PNG data, by type code. macOS icons sit on Apple's grid: the artwork
// fills 824 of 1024 px, centred, so the Dock shows it at the same size as its neighbours.
const ICNS_ENTRIES = [
  ['ic11', 32],
  ['ic12', 64],
  ['ic07', 128],
  ['ic13', 256],
  ['ic08', 256],
  ['ic14', 512],
  ['ic09', 512],
  ['ic10', 1024],
];
const MAC_ART_FRACTION = 824 / 1024;

function chromiumPath() {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}

/** Draws the SVG at size×size px, its artwork `fraction` of that and centred; corners stay transparent. */
async function render(page, svg, size, fraction = 1) {
  const art = size * fraction;
  const inset = (size - art) / 2;
  const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(
    `<!doctype html><html><head><style>html,body{margin:0;padding:0;background:transparent;overflow:hidden}` +
      `img{display:block;position:absolute;left:${inset}px;top:${inset}px;width:${art}px;height:${art}px}</style>` +
      `</head><body><img alt="" src="${src}"></body></html>`,
  );
  await page.locator('img').evaluate((img) => img.decode());
  return page.screenshot({ omitBackground: true, type: 'png' });
}

/** An ICO holding PNG images (Windows Vista and later read these). */
function packIco(images) {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2); // 1 = icon
  header.writeUInt16LE(images.length, 4);
  let offset = header.length + 16 * images.length;
  const entries = images.map(({ size, png }) => {
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size >= 256 ? 0 : size, 0); // 0 means 256
    entry.writeUInt8(size >= 256 ? 0 : size, 1);
    entry.writeUInt16LE(1, 4); // colour planes
    entry.writeUInt16LE(32, 6); // bits per pixel
    entry.writeUInt32LE(png.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += png.length;
    return entry;
  });
  return Buffer.concat([header, ...entries, ...images.map(({ png }) => png)]);
}

/** An ICNS of PNG entries (macOS 10.8 and later). */
function packIcns(entries) {
  const chunks = entries.map(({ type, png }) => {
    const head = Buffer.alloc(8);
    head.write(type, 0, 'latin1');
    head.writeUInt32BE(png.length + 8, 4);
    return Buffer.concat([head, png]);
  });
  const body = Buffer.concat(chunks);
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'latin1');
  head.writeUInt32BE(body.length + 8, 4);
  return Buffer.concat([head, body]);
}

async function main() {
  const svg = await readFile(join(buildDir, 'icon.svg'), 'utf8');
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: ['--no-sandbox', '--disable-gpu'],
  });
  try {
    const page = await browser.newPage({ deviceScaleFactor: 1 });
    const cache = new Map();
    const draw = async (size, fraction = 1) => {
      const key = `${size}@${fraction}`;
      if (!cache.has(key)) cache.set(key, await render(page, svg, size, fraction));
      return cache.get(key);
    };

    await writeFile(join(buildDir, 'icon.png'), await draw(1024));
    await mkdir(join(buildDir, 'icons'), { recursive: true });
    for (const size of LINUX_SIZES) {
      await writeFile(join(buildDir, 'icons', `${size}x${size}.png`), await draw(size));
    }

    const icoImages = [];
    for (const size of ICO_SIZES) icoImages.push({ size, png: await draw(size) });
    await writeFile(join(buildDir, 'icon.ico'), packIco(icoImages));

    const icnsEntries = [];
    for (const [type, size] of ICNS_ENTRIES) {
      icnsEntries.push({ type, png: await draw(size, MAC_ART_FRACTION) });
    }
    await writeFile(join(buildDir, 'icon.icns'), packIcns(icnsEntries));
  } finally {
    await browser.close();
  }

  const favicon = existsSync(faviconPath) ? await readFile(faviconPath, 'utf8') : '';
  if (favicon !== svg) {
    await writeFile(faviconPath, svg);
    process.stdout.write('Updated renderer/public/favicon.svg to match build/icon.svg.\n');
  }
  process.stdout.write('Wrote build/icon.png, build/icons/, build/icon.ico and build/icon.icns.\n');
}

await main();
