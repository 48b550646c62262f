/** Starts the session runner for as long as the app's frame is open (the vault unlocked). */
import { useEffect, useRef } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { useHost } from '../platform/HostProvider';
import { chimePlayer } from './chimePlayer';
import { startSessionRunner } from '../stores/session.runner';

export function useSessionRunner(): void {
  const host = useHost();
  const { language } = useI18n();
  const current = useRef(language);
  useEffect(() => {
    current.current = language;
  }, [language]);
  useEffect(
    () => startSessionRunner({ host, chimes: chimePlayer, language: () => current.current }),
    [host],
  );
}
