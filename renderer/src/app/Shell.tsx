import { lazy, Suspense, useEffect, type ComponentType } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import type { TextKey } from '../i18n/i18n';
import { Icon, type IconName } from '../ui/Icon';
import { UndoBar } from './UndoBar';
import { useCurtainStore } from '../stores/curtain.store';
import { useVaultStore } from '../stores/vault.store';
import { Button } from '../ui/Button';
import { Confidential } from '../ui/Confidential';
import { CurtainBanner } from './CurtainBanner';
import { ErrorBoundary } from './ErrorBoundary';
import { useVaultLock } from './useVaultLock';
import { isRunning } from '../stores/session.runner';
import { CueSignal, LiveSessionLink, SessionAnnouncer } from './SessionSignals';
import { useSessionRunner } from './useSessionRunner';
import { useSessionStore } from '../stores/session.store';
import { useSafetyStore } from '../stores/safety.store';
import { useNotesStore } from '../stores/notes.store';
import { focusHeadingOnNextScreen } from './navigationFocus';
import { AREAS, hrefOf, type Area } from './router';

// Each area loads when first visited (the lock screen prefetches the frame and Groups & plans).
const SCREENS: Record<Area, ComponentType> = {
  groups: lazy(() =>
    import('../features/groups/GroupsScreen').then((m) => ({ default: m.GroupsScreen })),
  ),
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

const mac = /Mac|iPhone|iPad/.test(navigator.userAgent);
const shortcut = mac ? '⌘L' : 'Ctrl+L';
const safetyShortcut = mac ? '⌘⇧S' : 'Ctrl+Shift+S';

// The safety card and its incident note: loaded at the first opening, then kept.
const AutoBackup = lazy(() =>
  import('../features/backup/AutoBackup').then((m) => ({ default: m.AutoBackup })),
);
const SafetyLayer = lazy(() =>
  import('../features/safety/SafetyLayer').then((m) => ({ default: m.SafetyLayer })),
);

export function Shell({ area }: { area: Area }) {
  const { t } = useI18n();
  const Screen = SCREENS[area];
  const lock = useVaultStore((s) => s.lock);
  const name = useVaultStore((s) => s.settings?.facilitatorName ?? '');
  const lowerCurtain = useCurtainStore((s) => s.lower);
  const curtainDown = useCurtainStore((s) => s.down);
  const sessionRunning = useSessionStore((s) => isRunning(s.live));
  const showSafety = useSafetyStore((s) => s.show);
  const safetyShowing = useSafetyStore((s) => s.showing !== null);
  useSafetyShortcut(showSafety);
  useNotesReadySoon();
  useSessionRunner();
  // In a live session idle time lowers the curtain: the timer, chimes and room display go on.
  useVaultLock({ idleAction: sessionRunning ? 'curtain' : 'lock' });

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
                  onClick={(event) => {
                    if (a !== area) {
                      focusHeadingOnNextScreen();
                      return;
                    }
                    // Already here: no navigation (which would also drop focus); go to the heading.
                    event.preventDefault();
                    document.getElementById('page-title')?.focus();
                  }}
                >
                  <Icon name={NAV[a].icon} size={20} />
                  <span>{t(NAV[a].label)}</span>
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <Button className="sidebar-button safety-button" onPress={showSafety} testId="open-safety">
          <Icon name="lifebuoy" size={20} />
          <span>{t('safety.open')}</span>
          <kbd className="shortcut" dir="ltr">
            {safetyShortcut}
          </kbd>
        </Button>
        <LiveSessionLink here={area === 'run'} />
        <div className="sidebar-footer">
          {name ? (
            <p className="facilitator-name">
              <Confidential>{name}</Confidential>
            </p>
          ) : null}
          <div className="sidebar-actions">
            <Button
              className="sidebar-button"
              onPress={lowerCurtain}
              isDisabled={curtainDown}
              testId="lower-curtain"
            >
              <Icon name="eyeOff" size={18} />
              <span>{t('curtain.lower')}</span>
            </Button>
            <Button className="sidebar-button" onPress={() => void lock()} testId="lock">
              <Icon name="lock" size={18} />
              <span>{t('shell.lock')}</span>
              <kbd className="shortcut" dir="ltr">
                {shortcut}
              </kbd>
            </Button>
          </div>
          <p className="privacy-note">
            <Icon name="shield" size={18} />
            <span>{t('shell.privacy')}</span>
          </p>
        </div>
      </aside>
      <main id="main" tabIndex={-1} className="main">
        <CurtainBanner />
        <Suspense fallback={null}>
          <AutoBackup />
        </Suspense>
        <ErrorBoundary resetKey={area}>
          <Suspense fallback={<div className="screen-loading" />}>
            <Screen />
          </Suspense>
        </ErrorBoundary>
        <UndoBar />
        <SessionAnnouncer />
        <CueSignal />
        {safetyShowing ? (
          <Suspense fallback={null}>
            <SafetyLayer />
          </Suspense>
        ) : null}
      </main>
    </div>
  );
}

/** Ctrl+Shift+S (⌘⇧S on a Mac) opens the safety card from anywhere in the app. */
function useSafetyShortcut(show: () => void): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const modifier = mac ? event.metaKey : event.ctrlKey;
      if (modifier && event.shiftKey && !event.altKey && event.code === 'KeyS') {
        event.preventDefault();
        show();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [show]);
}

/** After unlock, when the first screen is up: notes read and their search index built, in slices. */
const NOTES_AFTER_MS = 1500;

function useNotesReadySoon(): void {
  useEffect(() => {
    const timer = setTimeout(() => {
      void useNotesStore.getState().load();
      // The safety card, too, so it opens with its contacts at once.
      void useSafetyStore.getState().load();
    }, NOTES_AFTER_MS);
    return () => clearTimeout(timer);
  }, []);
}
