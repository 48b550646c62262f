/**
 * Pins the parts of electron-builder.yml that DESIGN.md §4 depends on, and checks that the
 * files it names exist. What electron-builder itself does with the config is only checked by
 * packaging, which needs the network (see the comment at the top of electron-builder.yml).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readYaml, type YamlValue } from './read-yaml';

const root = join(import.meta.dirname, '..');

type YamlMap = { [key: string]: YamlValue };

function isMap(value: YamlValue | undefined): value is YamlMap {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function mapAt(config: YamlMap, key: string): YamlMap {
  const value = config[key];
  if (!isMap(value)) throw new Error(`electron-builder.yml: "${key}" is not a mapping`);
  return value;
}

function stringsAt(config: YamlMap, key: string): string[] {
  const value = config[key];
  if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) {
    throw new Error(`electron-builder.yml: "${key}" is not a list of strings`);
  }
  return value;
}

const parsed = readYaml(readFileSync(join(root, 'electron-builder.yml'), 'utf8'));
if (!isMap(parsed)) throw new Error('electron-builder.yml is not a mapping');
const config: YamlMap = parsed;

describe('electron-builder.yml', () => {
  it('identifies the app', () => {
    expect(config.appId).toBe('org.circlekeeper.app');
    expect(config.productName).toBe('Circlekeeper');
    expect(mapAt(config, 'directories')).toStrictEqual({
      output: 'release',
      buildResources: 'build',
    });
  });

  it('packs the app into an asar archive, which OnlyLoadAppFromAsar relies on', () => {
    expect(config.asar).toBe(true);
  });

  it('flips the fuses with build/after-pack.mjs, and only there', () => {
    expect(config.afterPack).toBe('build/after-pack.mjs');
    expect(existsSync(join(root, 'build', 'after-pack.mjs'))).toBe(true);
    // electron-builder's own fuse option would flip a second, untested list.
    expect(config).not.toHaveProperty('electronFuses');
  });

  it('publishes nothing and writes no update metadata', () => {
    expect(config).toHaveProperty('publish', null);
    for (const platform of ['linux', 'win', 'mac']) {
      expect(mapAt(config, platform)).not.toHaveProperty('publish');
    }
  });

  it('builds AppImage and deb, nsis, and dmg', () => {
    const linux = mapAt(config, 'linux');
    expect(linux.target).toStrictEqual(['AppImage', 'deb']);
    expect(linux.category).toBe('Office');
    for (const key of ['maintainer', 'synopsis', 'description']) {
      expect(typeof linux[key]).toBe('string');
    }
    expect(mapAt(config, 'win').target).toStrictEqual(['nsis']);
    expect(mapAt(config, 'nsis')).toMatchObject({ oneClick: false, perMachine: false });
    expect(mapAt(config, 'mac')).toMatchObject({
      target: ['dmg'],
      category: 'public.app-category.productivity',
      hardenedRuntime: true,
    });
  });

  it('puts only the build output and package.json in the app', () => {
    const files = stringsAt(config, 'files');
    expect(files.filter((pattern) => !pattern.startsWith('!'))).toStrictEqual([
      'out/**',
      'package.json',
    ]);
    expect(files).toContain('!**/*.map');
  });

  it('ships no node_modules, because every process bundles its dependencies', async () => {
    expect(stringsAt(config, 'files')).toContain('!node_modules{,/**}');
    const { default: viteConfig } = (await import('../electron.vite.config')) as {
      default: {
        main?: { build?: { externalizeDeps?: unknown } };
        preload?: { build?: { externalizeDeps?: unknown } };
      };
    };
    expect(viteConfig.main?.build?.externalizeDeps).toBe(false);
    expect(viteConfig.preload?.build?.externalizeDeps).toBe(false);
  });

  it('ships resources/ beside the app', () => {
    expect(config.extraResources).toStrictEqual([
      { from: 'resources', to: 'resources', filter: ['**/*'] },
    ]);
    expect(existsSync(join(root, 'resources', 'README.md'))).toBe(true);
  });

  it('points at icons that exist, so no icon converter is downloaded', () => {
    expect(mapAt(config, 'linux').icon).toBe('build/icons');
    expect(mapAt(config, 'win').icon).toBe('build/icon.ico');
    expect(mapAt(config, 'mac').icon).toBe('build/icon.icns');
    expect(statSync(join(root, 'build', 'icons')).isDirectory()).toBe(true);
    expect(existsSync(join(root, 'build', 'icon.ico'))).toBe(true);
    expect(existsSync(join(root, 'build', 'icon.icns'))).toBe(true);
  });

  it('rebuilds no native modules', () => {
    expect(config.npmRebuild).toBe(false);
  });
});
