/** Renders a component inside the app's providers, with the real English catalog. */
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import type { Language } from '../../../electron/shared/languages';
import { rootErrorHandlers } from '../app/errorReporting';
import { I18nProvider } from '../i18n/I18nProvider';
import type { Host } from '../platform/host';
import { HostProvider } from '../platform/HostProvider';
import en from '../i18n/locales/en.json';
import fr from '../i18n/locales/fr.json';
import ar from '../i18n/locales/ar.json';

const CATALOGS = { en, fr, ar };

export function renderWithProviders(
  ui: ReactElement,
  options: { host: Host; language?: Language },
) {
  const language = options.language ?? 'en';
  return render(
    <HostProvider host={options.host}>
      <I18nProvider language={language} catalog={CATALOGS[language]} fallback={en}>
        {ui}
      </I18nProvider>
    </HostProvider>,
    // The app root's error reporting (main.tsx); testing-library itself throws on uncaught ones.
    {
      onCaughtError: rootErrorHandlers.onCaughtError,
      onRecoverableError: rootErrorHandlers.onRecoverableError,
    },
  );
}

/** The same providers for testing-library's rerender(). */
export function wrapForRerender(
  ui: ReactElement,
  host: Host,
  language: Language = 'en',
): ReactElement {
  return (
    <HostProvider host={host}>
      <I18nProvider language={language} catalog={CATALOGS[language]} fallback={en}>
        {ui}
      </I18nProvider>
    </HostProvider>
  );
}
