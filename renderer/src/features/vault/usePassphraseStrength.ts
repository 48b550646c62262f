/** Live strength of a passphrase, with the three word lists loaded (lazily, once) for it. */
import { useEffect, useMemo, useState } from 'react';
import type { Language } from '../../../../electron/shared/languages';
import {
  estimateStrength,
  generatePassphrase,
  GENERATED_WORD_COUNT,
} from '../../domain/vault/passphrase';

type Lists = Readonly<Record<Language, readonly string[]>>;
let loading: Promise<Lists> | null = null;

function loadWordlists(): Promise<Lists> {
  loading ??= Promise.all([
    import('../../domain/vault/wordlists/en.json'),
    import('../../domain/vault/wordlists/fr.json'),
    import('../../domain/vault/wordlists/ar.json'),
  ]).then(([en, fr, ar]) => ({ en: en.default, fr: fr.default, ar: ar.default }));
  return loading;
}

export function usePassphraseStrength(passphrase: string, userInputs: readonly string[]) {
  const [lists, setLists] = useState<Lists | null>(null);
  useEffect(() => {
    let live = true;
    void loadWordlists().then((loaded) => {
      if (live) setLists(loaded);
    });
    return () => {
      live = false;
    };
  }, []);
  const inputs = userInputs.join('\u0000');
  return useMemo(
    () =>
      lists
        ? estimateStrength(passphrase, {
            wordlists: [lists.en, lists.fr, lists.ar],
            userInputs: inputs.split('\u0000'),
          })
        : null,
    [lists, passphrase, inputs],
  );
}

/** Six random words from the facilitator's own language's list. */
export async function suggestPassphrase(language: Language): Promise<string> {
  const lists = await loadWordlists();
  return generatePassphrase(lists[language], GENERATED_WORD_COUNT);
}
