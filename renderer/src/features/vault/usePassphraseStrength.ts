/** Live strength of a passphrase. The estimator and its word lists load after the first screen. */
import { useEffect, useMemo, useState } from 'react';
import type { Language } from '../../../../electron/shared/languages';
import type * as passphraseModule from '../../domain/vault/passphrase';
import type { StrengthEstimate } from '../../domain/vault/passphrase';

type Estimator = typeof passphraseModule;
interface Loaded {
  readonly estimator: Estimator;
  readonly lists: Readonly<Record<Language, readonly string[]>>;
}

let loading: Promise<Loaded> | null = null;

function loadEstimator(): Promise<Loaded> {
  loading ??= Promise.all([
    import('../../domain/vault/passphrase'),
    import('../../domain/vault/wordlists/en.json'),
    import('../../domain/vault/wordlists/fr.json'),
    import('../../domain/vault/wordlists/ar.json'),
  ]).then(([estimator, en, fr, ar]) => ({
    estimator,
    lists: { en: en.default, fr: fr.default, ar: ar.default },
  }));
  return loading;
}

export function usePassphraseStrength(
  passphrase: string,
  userInputs: readonly string[],
): StrengthEstimate | null {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  useEffect(() => {
    let live = true;
    void loadEstimator().then((result) => {
      if (live) setLoaded(result);
    });
    return () => {
      live = false;
    };
  }, []);
  const inputs = userInputs.join('\u0000');
  return useMemo(() => {
    if (!loaded) return null;
    const { en, fr, ar } = loaded.lists;
    return loaded.estimator.estimateStrength(passphrase, {
      wordlists: [en, fr, ar],
      userInputs: inputs.split('\u0000'),
    });
  }, [loaded, passphrase, inputs]);
}

/** Six random words from the facilitator's own language's list. */
export async function suggestPassphrase(language: Language): Promise<string> {
  const { estimator, lists } = await loadEstimator();
  return estimator.generatePassphrase(lists[language], estimator.GENERATED_WORD_COUNT);
}
