import { lazy, Suspense, useEffect, type ComponentType } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import type { TextKey } from '../i18n/i18n';
import { Icon, type IconName } from '../ui/Icon';
import { GroupsScreen } from '../features/groups/GroupsScreen';
import { ErrorBoundary } from './ErrorBoundary';
import { focusHeadingOnNextScreen } from './navigationFocus';
import { AREAS, hrefOf, type Area } from './router';

// The first screen ships with the shell; the others load when first visited.
const SCREENS: Record<Area, ComponentType> = {
  groups: GroupsScreen,
  run: lazy(() => import('../features/run/RunScreen').then((m) => ({ default: m.RunScreen }))),
  notes: lazy(() =>
    import('../features/notes/NotesScreen').then((m) => ({ default: m.NotesScreen })),
  ),
  icebreakers: lazy(() =>
    import('../features/icebreakers/IcebreakersScreen').then((m) => ({
      default: m.IcebreakersScreen,
    })),
  ),
  settings: lazy(() =>
    import('../features/settings/SettingsScreen').then((m) => ({ default: m.SettingsScreen })),
  ),
};

const NAV: Record<Area, { label: TextKey; icon: IconName }> = {
  groups: { label: 'nav.groups', icon: 'groups' },
  run: { label: 'nav.run', icon: 'run' },
  notes: { label: 'nav.notes', icon: 'notes' },
  icebreakers: { label: 'nav.icebreakers', icon: 'icebreakers' },
  settings: { label: 'nav.settings', icon: 'settings' },
};

export function Shell({ area }: { area: Area }) {
  const { t } = useI18n();
  const Screen = SCREENS[area];

  useEffect(() => {
    document.title = `${t(NAV[area].label)} · ${t('app.name')}`;
  }, [area, t]);

  return (
    <div className="shell">
      <a
        className="skip-link"
        href="#main"
        onClick={(event) => {
          event.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
        {t('shell.skipToContent')}
      </a>
      <aside className="sidebar">
        <div className="brand">
          <span className="brand-mark">
            <Icon name="circle" size={28} />
          </span>
          <span className="brand-text">
            <span className="brand-name">{t('app.name')}</span>
            <span className="brand-tagline">{t('app.tagline')}</span>
          </span>
        </div>
        <nav aria-label={t('shell.navLabel')}>
          <ul className="nav-list">
            {AREAS.map((a) => (
              <li key={a}>
                <a
                  className="nav-link"
                  href={hrefOf(a)}
                  aria-current={a === area ? 'page' : undefined}
                  onClick={focusHeadingOnNextScreen}
                >
                  <Icon name={NAV[a].icon} size={20} />
                  <span>{t(NAV[a].label)}</span>
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <p className="privacy-note">
          <Icon name="shield" size={18} />
          <span>{t('shell.privacy')}</span>
        </p>
      </aside>
      <main id="main" tabIndex={-1} className="main">
        <ErrorBoundary resetKey={area}>
          <Suspense fallback={<div className="screen-loading" />}>
            <Screen />
          </Suspense>
        </ErrorBoundary>
      </main>
    </div>
  );
}
