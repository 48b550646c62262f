import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { I18nProvider as AriaI18nProvider } from 'react-aria-components';
import { directionOf, type Language } from '../../../electron/shared/languages';
import { createTranslator, type Catalog, type Translate } from './i18n';

export interface I18n {
  readonly language: Language;
  readonly dir: 'ltr' | 'rtl';
  readonly t: Translate;
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider(props: {
  language: Language;
  catalog: Catalog;
  fallback: Catalog;
  children: ReactNode;
}) {
  const { language, catalog, fallback, children } = props;
  const value = useMemo<I18n>(
    () => ({
      language,
      dir: directionOf(language),
      t: createTranslator(language, catalog, fallback),
    }),
    [language, catalog, fallback],
  );
  return (
    <I18nContext.Provider value={value}>
      <AriaI18nProvider locale={language}>{children}</AriaI18nProvider>
    </I18nContext.Provider>
  );
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n() outside <I18nProvider>');
  return value;
}
