/**
 * The run screen's keyboard: one key per action, so a facilitator can keep their eyes on the
 * room. Arrow keys follow the reading direction: in Arabic, ← is "next". Keys are matched by
 * their printed character where it matters (N for next speaker on any layout) and by their code
 * otherwise (Space, arrows); modifier combinations are left to the system and the app.
 */

export type RunCommand =
  | 'start-pause'
  | 'next-item'
  | 'previous-item'
  | 'add-minute'
  | 'add-five-minutes'
  | 'remove-minute'
  | 'next-speaker'
  | 'pass'
  | 'come-back'
  | 'raise-hand'
  | 'undo-queue'
  | 'quick-note'
  | 'safety-card'
  | 'help';

export interface KeyPress {
  readonly key: string;
  readonly code: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly altKey: boolean;
  readonly shiftKey: boolean;
}

/** Letter shortcuts, by the letter's key on Latin layouts and its code on any other. */
const LETTERS: Readonly<Record<string, RunCommand>> = {
  KeyN: 'next-speaker',
  KeyP: 'pass',
  KeyB: 'come-back',
  KeyH: 'raise-hand',
  KeyU: 'undo-queue',
  // J to jot a note (the timer runs on), S for the safety card.
  KeyJ: 'quick-note',
  KeyS: 'safety-card',
};

export function commandFor(press: KeyPress, direction: 'ltr' | 'rtl'): RunCommand | null {
  if (press.ctrlKey || press.metaKey || press.altKey) return null;
  if (press.key === '?') return 'help';
  if (press.code === 'Space') return press.shiftKey ? null : 'start-pause';
  if (press.key === '+' || press.code === 'NumpadAdd') return 'add-minute';
  if (press.key === '-' || press.code === 'NumpadSubtract') return 'remove-minute';
  if (press.code === 'Digit5' && !press.shiftKey) return 'add-five-minutes';
  const forward = direction === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
  const backward = direction === 'rtl' ? 'ArrowRight' : 'ArrowLeft';
  if (press.key === forward) return 'next-item';
  if (press.key === backward) return 'previous-item';
  if (press.shiftKey) return null;
  return LETTERS[press.code] ?? null;
}

/** Typing in a field is typing, not a shortcut. */
export function isTypingTarget(tagName: string, editable: boolean): boolean {
  return editable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(tagName.toUpperCase());
}
