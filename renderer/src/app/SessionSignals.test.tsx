// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { adHocSession, DEFAULT_SESSION_SETTINGS } from '../domain/session/session';
import { startSession } from '../domain/session/agenda';
import { createBrowserHost } from '../platform/browser-host';
import { useSessionStore, type Cue } from '../stores/session.store';
import { renderWithProviders } from '../testing/renderWithProviders';
import { CueSignal, SessionAnnouncer } from './SessionSignals';

const T0 = Date.UTC(2026, 11, 1, 18, 30);
const WARNING: Cue = { kind: 'warning', at: T0, title: 'Check-in round', warningMs: 120_000 };

function live(settings: Partial<typeof DEFAULT_SESSION_SETTINGS>) {
  const session = adHocSession(
    { title: 'Check-in round', minutes: 20, language: 'en' },
    null,
    () => 'id',
    T0,
  );
  return {
    ...session,
    agenda: startSession(session.agenda, T0),
    settings: { ...DEFAULT_SESSION_SETTINGS, ...settings },
  };
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  useSessionStore.setState({ live: null, cue: null });
});

function render() {
  return renderWithProviders(
    <>
      <CueSignal />
      <SessionAnnouncer />
    </>,
    { host: createBrowserHost(window, 'test') },
  );
}

describe('what a chime shows', () => {
  it('in the gentle cue mode: a soft card for the facilitator, in words, until dismissed', () => {
    useSessionStore.setState({ live: live({ gentleCue: true }) });
    render();
    act(() => useSessionStore.setState({ cue: WARNING }));
    expect(screen.getByTestId('gentle-cue').textContent).toContain(
      '2 minutes left in “Check-in round”.',
    );
    expect(screen.queryByTestId('chime-flash')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByTestId('gentle-cue')).toBeNull();
  });

  it('with flashes on: a flash that goes away by itself', () => {
    useSessionStore.setState({ live: live({ flash: true }) });
    render();
    act(() => useSessionStore.setState({ cue: { ...WARNING, kind: 'end' } }));
    expect(screen.getByTestId('chime-flash')).toBeTruthy();
    act(() => {
      vi.advanceTimersByTime(4_000);
    });
    expect(screen.queryByTestId('chime-flash')).toBeNull();
  });

  it('with neither: nothing on screen, but the words for a screen reader', () => {
    useSessionStore.setState({ live: live({}) });
    render();
    act(() => useSessionStore.setState({ cue: { ...WARNING, kind: 'end' } }));
    expect(screen.queryByTestId('chime-flash')).toBeNull();
    expect(screen.queryByTestId('gentle-cue')).toBeNull();
    expect(screen.getByTestId('session-announcer').textContent).toBe(
      'Time is up for “Check-in round”.',
    );
  });

  it('nothing for a chime from before the screen was there (a reload)', () => {
    useSessionStore.setState({ live: live({ gentleCue: true }), cue: WARNING });
    render();
    expect(screen.queryByTestId('gentle-cue')).toBeNull();
  });
});
