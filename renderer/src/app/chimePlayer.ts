/**
 * The two bundled chimes (resources/chimes, CC0, made by scripts/chimes.mjs). Each is loaded on
 * first use and played at the session's volume. If the system refuses to play (no audio device,
 * an autoplay rule), the chime's flash and its words on screen still tell the facilitator.
 */
import endUrl from '../../../resources/chimes/end.wav?url';
import warningUrl from '../../../resources/chimes/warning.wav?url';
import type { ChimeKind } from '../domain/session/chimes';
import type { ChimePlayer } from '../stores/session.runner';

const URLS: Readonly<Record<ChimeKind, string>> = { warning: warningUrl, end: endUrl };

export function createChimePlayer(): ChimePlayer {
  const players: Partial<Record<ChimeKind, HTMLAudioElement>> = {};
  return {
    play(kind, volume) {
      const audio = (players[kind] ??= new Audio(URLS[kind]));
      audio.volume = Math.min(1, Math.max(0, volume));
      audio.currentTime = 0;
      audio.play().catch((error: unknown) => {
        console.warn(`A chime could not play: ${error instanceof Error ? error.name : 'unknown'}`);
      });
    },
  };
}

/** The app's one player (the runner's chimes and the settings' "play a chime" share it). */
export const chimePlayer: ChimePlayer = createChimePlayer();
