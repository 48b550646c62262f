import { lazy, Suspense, useEffect, useState } from 'react';
import { I18nProvider } from '../i18n/I18nProvider';
import { ENGLISH, loadCatalog, type Catalog } from '../i18n/i18n';
import type { Language } from '../../../electron/shared/languages';
import { useHost } from '../platform/HostProvider';
import { usePrefsStore } from '../stores/prefs.store';
import { effectiveLanguage, prefsSelectors } from '../stores/prefs.selectors';
import { VaultGate } from './VaultGate';
import { useRoute } from './router';
import { useDocumentPrefs } from './useDocumentPrefs';

// Neither is needed for the first screen (the vault's): they load when they are.
const Shell = lazy(() => import('./Shell').then((m) => ({ default: m.Shell })));
const PresenterScreen = lazy(() =>
  import('../features/presenter/PresenterScreen').then((m) => ({ default: m.PresenterScreen })),
);

export interface Catalogs {
  readonly current: Catalog;
  readonly language: Language;
}

/** Keeps showing the current language until the next one's catalog has arrived. */
function useCatalogs(language: Language, initial: Catalogs): Catalogs {
  const [catalogs, setCatalogs] = useState(initial);
  useEffect(() => {
    if (catalogs.language === language) return;
    let live = true;
    void loadCatalog(language).then((current) => {
      if (live) setCatalogs({ current, language });
    });
    return () => {
      live = false;
    };
  }, [language, catalogs]);
  return catalogs;
}

export function App({
  osLanguages,
  initialCatalogs,
}: {
  osLanguages: readonly string[];
  initialCatalogs: Catalogs;
}) {
  const host = useHost();
  const route = useRoute();
  const languagePref = usePrefsStore(prefsSelectors.language);
  const theme = usePrefsStore(prefsSelectors.theme);
  const textSize = usePrefsStore(prefsSelectors.textSize);
  const motion = usePrefsStore(prefsSelectors.motion);
  const [presenterLanguage, setPresenterLanguage] = useState<Language | null>(null);

  const wanted =
    route === 'presenter' && presenterLanguage
      ? presenterLanguage
      : effectiveLanguage(languagePref, osLanguages);
  const catalogs = useCatalogs(wanted, initialCatalogs);
  useDocumentPrefs(catalogs.language, route === 'presenter' ? 'contrast' : theme, textSize, motion);

  useEffect(() => {
    if (route !== 'presenter') void host.setLanguage(catalogs.language);
  }, [host, route, catalogs.language]);

  useEffect(() => {
    // The room display has no vault; the app's screens say they are ready from VaultGate.
    if (route !== 'presenter') return;
    document.documentElement.dataset['ready'] = 'true';
    performance.mark('circlekeeper:interactive');
  }, [route]);

  return (
    <I18nProvider language={catalogs.language} catalog={catalogs.current} fallback={ENGLISH}>
      <Suspense fallback={<div className="screen-loading" />}>
        {route === 'presenter' ? (
          <PresenterScreen onLanguage={setPresenterLanguage} />
        ) : (
          <VaultGate>
            <Shell area={route} />
          </VaultGate>
        )}
      </Suspense>
    </I18nProvider>
  );
}
