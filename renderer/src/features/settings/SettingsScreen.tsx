import { useEffect, useState } from 'react';
import { LANGUAGES, matchLanguage } from '../../../../electron/shared/languages';
import type { AppInfo } from '../../../../electron/shared/ipc-contract';
import { languageName } from '../../i18n/format';
import type { TextKey } from '../../i18n/i18n';
import { useI18n } from '../../i18n/I18nProvider';
import { useHost } from '../../platform/HostProvider';
import {
  usePrefsStore,
  type LanguagePref,
  type MotionPref,
  type TextSize,
  type ThemePref,
} from '../../stores/prefs.store';
import { prefsSelectors } from '../../stores/prefs.selectors';
import { ChoiceGroup, type Choice } from '../../ui/ChoiceGroup';
import { PageHeader } from '../../ui/PageHeader';
import { useScreenHeading } from '../../ui/useScreenHeading';
import { BackupSection } from '../backup/BackupSection';
import { RestoreSection } from '../backup/RestoreSection';
import { VaultSettingsSection } from './VaultSettingsSection';

// Key order is display order.
const THEME_LABELS: Readonly<Record<ThemePref, TextKey>> = {
  system: 'settings.themeSystem',
  light: 'settings.themeLight',
  dark: 'settings.themeDark',
  contrast: 'settings.themeContrast',
};
const TEXT_SIZE_LABELS: Readonly<Record<TextSize, TextKey>> = {
  standard: 'settings.textSizeStandard',
  large: 'settings.textSizeLarge',
  larger: 'settings.textSizeLarger',
  largest: 'settings.textSizeLargest',
};
const MOTION_LABELS: Readonly<Record<MotionPref, TextKey>> = {
  system: 'settings.motionSystem',
  reduce: 'settings.motionReduce',
};

const PLATFORM_NAMES: Readonly<Record<string, string>> = {
  linux: 'Linux',
  darwin: 'macOS',
  win32: 'Windows',
};

export function SettingsScreen() {
  const { t, language } = useI18n();
  const host = useHost();
  const heading = useScreenHeading();
  const prefs = {
    language: usePrefsStore(prefsSelectors.language),
    theme: usePrefsStore(prefsSelectors.theme),
    textSize: usePrefsStore(prefsSelectors.textSize),
    motion: usePrefsStore(prefsSelectors.motion),
  };
  const setLanguage = usePrefsStore((s) => s.setLanguage);
  const setTheme = usePrefsStore((s) => s.setTheme);
  const setTextSize = usePrefsStore((s) => s.setTextSize);
  const setMotion = usePrefsStore((s) => s.setMotion);
  const [info, setInfo] = useState<AppInfo | null>(null);

  useEffect(() => {
    let live = true;
    void host.appInfo().then((result) => {
      if (live && result.ok) setInfo(result.value);
    });
    return () => {
      live = false;
    };
  }, [host]);

  const systemLanguage = matchLanguage(info?.osLanguages ?? []);
  const languageChoices: Choice<LanguagePref>[] = [
    {
      value: 'system',
      label: t('settings.languageSystem', { language: languageName(systemLanguage, language) }),
    },
    // Each language is named in itself, so anyone can find their own.
    ...LANGUAGES.map((l) => ({ value: l, label: languageName(l, l), lang: l })),
  ];
  const labelled = <T extends string>(labels: Readonly<Record<T, TextKey>>): Choice<T>[] =>
    (Object.keys(labels) as T[]).map((value) => ({ value, label: t(labels[value]) }));
  const themeChoices = labelled(THEME_LABELS);
  const sizeChoices = labelled(TEXT_SIZE_LABELS);
  const motionChoices = labelled(MOTION_LABELS);

  return (
    <div className="screen">
      <PageHeader ref={heading} title={t('settings.title')} lead={t('settings.lead')} />
      <div className="settings-list">
        <ChoiceGroup
          label={t('settings.language')}
          value={prefs.language}
          choices={languageChoices}
          onChange={setLanguage}
        />
        <ChoiceGroup
          label={t('settings.theme')}
          value={prefs.theme}
          choices={themeChoices}
          onChange={setTheme}
        />
        <ChoiceGroup
          label={t('settings.textSize')}
          value={prefs.textSize}
          choices={sizeChoices}
          onChange={setTextSize}
        />
        <ChoiceGroup
          label={t('settings.motion')}
          value={prefs.motion}
          choices={motionChoices}
          onChange={setMotion}
        />
      </div>
      <BackupSection />
      <RestoreSection />
      <VaultSettingsSection />
      <section className="section about" aria-labelledby="about-title">
        <h2 id="about-title" className="section-title">
          {t('settings.about')}
        </h2>
        <dl className="facts">
          <div>
            <dt>{t('settings.aboutVersion')}</dt>
            <dd dir="ltr" data-testid="app-version">
              {info?.version ?? '…'}
            </dd>
          </div>
          <div>
            <dt>{t('settings.aboutRunningAs')}</dt>
            <dd data-testid="host-kind">
              {t(host.kind === 'desktop' ? 'settings.aboutDesktop' : 'settings.aboutBrowser')}
            </dd>
          </div>
          {info && info.platform !== 'web' && (
            <div>
              <dt>{t('settings.aboutPlatform')}</dt>
              <dd dir="ltr">{PLATFORM_NAMES[info.platform] ?? info.platform}</dd>
            </div>
          )}
        </dl>
        <p className="about-privacy">{t('settings.aboutPrivacy')}</p>
      </section>
    </div>
  );
}
