/** The calm frame of the screens before a vault is open: brand, one card, the language. */
import type { ReactNode } from 'react';
import { isLanguage, LANGUAGES } from '../../../../electron/shared/languages';
import { languageName } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import { usePrefsStore } from '../../stores/prefs.store';
import { Icon } from '../../ui/Icon';

export function VaultLayout({
  title,
  lead,
  children,
}: {
  title: string;
  lead: string;
  children: ReactNode;
}) {
  const { t, language } = useI18n();
  const setLanguage = usePrefsStore((s) => s.setLanguage);
  return (
    <div className="vault-layout">
      <header className="vault-brand">
        <span className="brand-mark">
          <Icon name="circle" size={28} />
        </span>
        <span className="brand-name">{t('app.name')}</span>
        <label className="vault-language">
          <span className="visually-hidden">{t('settings.language')}</span>
          <select
            value={language}
            onChange={(event) => {
              if (isLanguage(event.target.value)) setLanguage(event.target.value);
            }}
          >
            {LANGUAGES.map((l) => (
              <option key={l} value={l} lang={l}>
                {languageName(l, l)}
              </option>
            ))}
          </select>
        </label>
      </header>
      <main id="main" className="vault-card" aria-labelledby="vault-title">
        <span className="card-icon vault-icon">
          <Icon name="lock" />
        </span>
        <h1 id="vault-title" tabIndex={-1}>
          {title}
        </h1>
        <p className="page-lead">{lead}</p>
        {children}
      </main>
      <p className="privacy-note vault-privacy">
        <Icon name="shield" size={18} />
        <span>{t('shell.privacy')}</span>
      </p>
    </div>
  );
}
