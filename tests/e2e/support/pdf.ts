/**
 * Reads the PDFs the app saves: page count, document title, text, and each page rendered to a
 * PNG to look at. pdf.js (Mozilla's PDF reader) does the parsing; @napi-rs/canvas draws.
 */
import { writeFile } from 'node:fs/promises';
import { createCanvas } from '@napi-rs/canvas';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfSummary {
  readonly pages: number;
  readonly title: string;
  /** Every page's text, NFKC-normalized (Arabic presentation forms become letters). */
  readonly text: string;
}

async function open(bytes: Uint8Array) {
  // pdf.js takes ownership of the buffer it is given: hand it a copy.
  return getDocument({ data: new Uint8Array(bytes), verbosity: 0 }).promise;
}

export async function readPdf(bytes: Uint8Array): Promise<PdfSummary> {
  const doc = await open(bytes);
  try {
    const { info } = await doc.getMetadata();
    const texts: string[] = [];
    for (let n = 1; n <= doc.numPages; n += 1) {
      const content = await (await doc.getPage(n)).getTextContent();
      texts.push(content.items.map((item) => ('str' in item ? item.str : '')).join(''));
    }
    const title = (info as { Title?: unknown }).Title;
    return {
      pages: doc.numPages,
      title: typeof title === 'string' ? title : '',
      text: texts.join('\n').normalize('NFKC'),
    };
  } finally {
    await doc.destroy();
  }
}

/** Renders each page at 1.5× to `${prefix}-p<N>.png`; resolves to the paths written. */
export async function renderPdf(bytes: Uint8Array, prefix: string): Promise<string[]> {
  const doc = await open(bytes);
  try {
    const paths: string[] = [];
    for (let n = 1; n <= doc.numPages; n += 1) {
      const page = await doc.getPage(n);
      const viewport = page.getViewport({ scale: 1.5 });
      const canvas = createCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height));
      const context = canvas.getContext('2d');
      context.fillStyle = '#ffffff';
      context.fillRect(0, 0, canvas.width, canvas.height);
      await page.render({
        canvas: canvas as unknown as HTMLCanvasElement,
        canvasContext: context as unknown as CanvasRenderingContext2D,
        viewport,
      }).promise;
      const path = `${prefix}-p${String(n)}.png`;
      await writeFile(path, canvas.toBuffer('image/png'));
      paths.push(path);
    }
    return paths;
  } finally {
    await doc.destroy();
  }
}
