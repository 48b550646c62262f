import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@fontsource-variable/atkinson-hyperlegible-next/wght.css';
import '@fontsource-variable/noto-sans-arabic/wght.css';
import './styles/tokens.css';
import './styles/base.css';
import './styles/shell.css';
import './styles/components.css';
import './styles/vault.css';
import './styles/plans.css';
import { App } from './app/App';
import { rootErrorHandlers } from './app/errorReporting';
import { parseRoute } from './app/router';
import { loadCatalog } from './i18n/i18n';
import { detectHost } from './platform';
import { HostProvider } from './platform/HostProvider';
import { usePrefsStore } from './stores/prefs.store';
import { useVaultStore } from './stores/vault.store';
import { effectiveLanguage } from './stores/prefs.selectors';

async function start(): Promise<void> {
  const presenter = parseRoute(location.hash) === 'presenter';
  // The vault listing decides the first screen: start it now, in parallel with everything else.
  if (!presenter) void useVaultStore.getState().init();
  const host = detectHost(window, __APP_VERSION__);
  const info = await host.appInfo();
  const osLanguages = info.ok ? info.value.osLanguages : [...navigator.languages];
  const language = presenter
    ? 'en'
    : effectiveLanguage(usePrefsStore.getState().language, osLanguages);
  const current = await loadCatalog(language);
  const container = document.getElementById('root');
  if (!container) throw new Error('index.html has no #root');
  createRoot(container, rootErrorHandlers).render(
    <StrictMode>
      <HostProvider host={host}>
        <App osLanguages={osLanguages} initialCatalogs={{ current, language }} />
      </HostProvider>
    </StrictMode>,
  );
}

void start();
