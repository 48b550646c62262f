/**
 * The raster icons are generated from build/icon.svg by build/render-icons.mjs and committed.
 * These checks catch a stale or half-regenerated set: wrong sizes, a missing file, an .ico or
 * .icns whose directory does not match its images, or a favicon that drifted from the icon.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const buildDir = import.meta.dirname;
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width, height and colour type from a PNG's IHDR chunk. */
function pngInfo(png: Buffer): { width: number; height: number; colourType: number } {
  expect(png.subarray(0, 8)).toStrictEqual(PNG_SIGNATURE);
  expect(png.toString('latin1', 12, 16)).toBe('IHDR');
  return {
    width: png.readUInt32BE(16),
    height: png.readUInt32BE(20),
    colourType: png.readUInt8(25),
  };
}

const RGBA = 6;

describe('app icon', () => {
  it('is a 1024 px PNG with an alpha channel for its rounded corners', () => {
    expect(pngInfo(readFileSync(join(buildDir, 'icon.png')))).toStrictEqual({
      width: 1024,
      height: 1024,
      colourType: RGBA,
    });
  });

  it.each([16, 32, 48, 64, 128, 256, 512])('has a %i px Linux icon named for its size', (size) => {
    const png = readFileSync(join(buildDir, 'icons', `${size}x${size}.png`));
    expect(pngInfo(png)).toStrictEqual({ width: size, height: size, colourType: RGBA });
  });

  it('has a Windows .ico whose entries match their PNG images, up to 256 px', () => {
    const ico = readFileSync(join(buildDir, 'icon.ico'));
    expect(ico.readUInt16LE(0)).toBe(0);
    expect(ico.readUInt16LE(2)).toBe(1);
    const sizes: number[] = [];
    for (let i = 0; i < ico.readUInt16LE(4); i += 1) {
      const entry = 6 + i * 16;
      const size = ico.readUInt8(entry) || 256;
      const length = ico.readUInt32LE(entry + 8);
      const offset = ico.readUInt32LE(entry + 12);
      const { width, height } = pngInfo(ico.subarray(offset, offset + length));
      expect([width, height]).toStrictEqual([size, size]);
      sizes.push(size);
    }
    expect(sizes).toStrictEqual([16, 24, 32, 48, 64, 128, 256]);
  });

  it('has a macOS .icns whose entries match their PNG images, up to 1024 px', () => {
    const icns = readFileSync(join(buildDir, 'icon.icns'));
    expect(icns.toString('latin1', 0, 4)).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
    const expected: Record<string, number> = {
      ic11: 32,
      ic12: 64,
      ic07: 128,
      ic13: 256,
      ic08: 256,
      ic14: 512,
      ic09: 512,
      ic10: 1024,
    };
    const found: Record<string, number> = {};
    for (let offset = 8; offset < icns.length;) {
      const type = icns.toString('latin1', offset, offset + 4);
      const length = icns.readUInt32BE(offset + 4);
      const { width, height } = pngInfo(icns.subarray(offset + 8, offset + length));
      expect(width).toBe(height);
      found[type] = width;
      offset += length;
    }
    expect(found).toStrictEqual(expected);
  });

  it('is drawn from the brand colours: deep teal, warm off-white, six people in a circle', () => {
    const svg = readFileSync(join(buildDir, 'icon.svg'), 'utf8');
    expect(svg).toContain('fill="#1c6a66"');
    expect(svg).toContain('fill="#f6f3ee"');
    expect(svg.match(/<circle /g)).toHaveLength(6);
  });

  it('is also the favicon of the window', () => {
    const favicon = readFileSync(join(buildDir, '..', 'renderer', 'public', 'favicon.svg'), 'utf8');
    expect(favicon).toBe(readFileSync(join(buildDir, 'icon.svg'), 'utf8'));
  });
});
