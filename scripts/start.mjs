/**
 * `npm start`: build, then open the desktop app. Where the Electron runtime cannot be had
 * (no access to GitHub to download it, or no display), say so in one sentence and serve the
 * same renderer as a local preview on 127.0.0.1 instead.
 */
import { spawn } from 'node:child_process';
import { build as buildApp } from 'electron-vite';
import { ensureElectronBinary, hasDisplay } from './electron-runtime.mjs';
import { serveRenderer } from './serve.mjs';

const PREVIEW_PORT = Number(process.env.PORT ?? 5183);

async function build() {
  process.stdout.write('Building Circlekeeper…\n');
  try {
    await buildApp({ logLevel: 'warn' });
  } catch (error) {
    process.stderr.write(
      `The build failed: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exit(1);
  }
}

async function preview(reason) {
  let served;
  for (let port = PREVIEW_PORT; port < PREVIEW_PORT + 20 && !served; port += 1) {
    served = await serveRenderer({ root: 'out/renderer', port }).catch(() => undefined);
  }
  if (!served) {
    process.stderr.write(
      'No free port was found on 127.0.0.1 for the preview; set PORT to choose one.\n',
    );
    process.exit(1);
  }
  process.stdout.write(
    `${reason}, so Circlekeeper is running as a browser preview at ${served.url} instead (press Ctrl+C to stop).\n`,
  );
  const stop = () => served.server.close(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

await build();
const runtime = ensureElectronBinary();
if (!runtime.binary) {
  await preview(
    'The Electron runtime could not be downloaded (GitHub is out of reach from this machine)',
  );
} else if (!hasDisplay()) {
  await preview('There is no display for a desktop window here');
} else {
  const child = spawn(runtime.binary, ['.'], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
}
