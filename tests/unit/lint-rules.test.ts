/**
 * The layer rules of STYLE.md §1 and §4 are lint rules; this proves they fire, by linting small
 * probes as if they lived in each layer (with the real eslint.config.js; type-aware rules are
 * switched off for the probes, which exist only in memory).
 */
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({
  cwd: new URL('../..', import.meta.url).pathname,
  overrideConfig: [
    { ...tseslint.configs.disableTypeChecked, files: ['**/*.{ts,tsx}'] },
    {
      files: ['**/*.{ts,tsx}'],
      languageOptions: { parserOptions: { projectService: false, project: null } },
    },
  ],
});

async function messagesFor(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => `${m.ruleId ?? 'parse'}: ${m.message}`);
}

describe('layer rules', () => {
  it('keep ipcMain out of everything but electron/main/ipc/handle.ts', async () => {
    const probe = "import { ipcMain } from 'electron';\nexport const x = ipcMain;\n";
    expect(await messagesFor(probe, 'electron/main/services/probe.ts')).toEqual([
      expect.stringContaining('no-restricted-imports'),
    ]);
    expect(await messagesFor(probe, 'electron/main/ipc/handle.ts')).toEqual([]);
  });

  it('keep ipcRenderer out of everything but the preload, and Electron out of the renderer', async () => {
    const probe = "import { ipcRenderer } from 'electron';\nexport const x = ipcRenderer;\n";
    for (const file of [
      'electron/preload/api.ts',
      'renderer/src/features/run/probe.ts',
      'renderer/src/domain/timer/probe.ts',
      'renderer/src/stores/probe.ts',
      'renderer/src/platform/probe.ts',
    ]) {
      expect(await messagesFor(probe, file), file).toEqual([
        expect.stringContaining('no-restricted-imports'),
      ]);
    }
    expect(await messagesFor(probe, 'electron/preload/index.ts')).toEqual([]);
    expect(
      await messagesFor(
        "import { shell } from 'electron';\nexport const x = shell;\n",
        'renderer/src/ui/probe.ts',
      ),
    ).toEqual([expect.stringContaining('no-restricted-imports')]);
  });

  it('keep React, zustand, Dexie and window out of the domain', async () => {
    for (const probe of [
      "import { useState } from 'react';\nexport const x = useState;\n",
      "import { create } from 'zustand';\nexport const x = create;\n",
      "import { Dexie } from 'dexie';\nexport const x = Dexie;\n",
      "import { openDatabase } from '../../data/db';\nexport const x = openDatabase;\n",
      'export const width = window.innerWidth;\n',
    ]) {
      expect(await messagesFor(probe, 'renderer/src/domain/timer/probe.ts'), probe).not.toEqual([]);
    }
    expect(
      await messagesFor(
        'export const double = (n: number) => n * 2;\n',
        'renderer/src/domain/timer/probe.ts',
      ),
    ).toEqual([]);
  });

  it('keep components away from data/ and window.desktop', async () => {
    expect(
      await messagesFor(
        "import { openDatabase } from '../../data/db';\nexport const x = openDatabase;\n",
        'renderer/src/features/run/probe.ts',
      ),
    ).toEqual([expect.stringContaining('no-restricted-imports')]);
    expect(
      await messagesFor(
        'export const api = window.desktop;\n',
        'renderer/src/features/run/probe.ts',
      ),
    ).toEqual([expect.stringContaining('no-restricted-syntax')]);
    expect(
      await messagesFor('export const api = window.desktop;\n', 'renderer/src/platform/probe.ts'),
    ).toEqual([]);
  });

  it('allow named exports only', async () => {
    expect(await messagesFor('export default 1;\n', 'renderer/src/ui/probe.ts')).toEqual([
      expect.stringContaining('no-restricted-syntax'),
    ]);
  });
});
