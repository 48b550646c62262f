import { describe, expect, it } from 'vitest';
import { commandFor, isTypingTarget, type KeyPress } from './shortcuts';

function press(key: string, code: string, mods: Partial<KeyPress> = {}): KeyPress {
  return { key, code, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...mods };
}

describe('run shortcuts', () => {
  it('has one key for each action', () => {
    expect(commandFor(press(' ', 'Space'), 'ltr')).toBe('start-pause');
    expect(commandFor(press('+', 'Equal', { shiftKey: true }), 'ltr')).toBe('add-minute');
    expect(commandFor(press('+', 'NumpadAdd'), 'ltr')).toBe('add-minute');
    expect(commandFor(press('-', 'Minus'), 'ltr')).toBe('remove-minute');
    expect(commandFor(press('5', 'Digit5'), 'ltr')).toBe('add-five-minutes');
    expect(commandFor(press('n', 'KeyN'), 'ltr')).toBe('next-speaker');
    expect(commandFor(press('p', 'KeyP'), 'ltr')).toBe('pass');
    expect(commandFor(press('b', 'KeyB'), 'ltr')).toBe('come-back');
    expect(commandFor(press('h', 'KeyH'), 'ltr')).toBe('raise-hand');
    expect(commandFor(press('u', 'KeyU'), 'ltr')).toBe('undo-queue');
    expect(commandFor(press('j', 'KeyJ'), 'ltr')).toBe('quick-note');
    expect(commandFor(press('s', 'KeyS'), 'ltr')).toBe('safety-card');
    expect(commandFor(press('س', 'KeyS'), 'rtl')).toBe('safety-card');
    expect(commandFor(press('?', 'Slash', { shiftKey: true }), 'ltr')).toBe('help');
  });

  it('follows the reading direction with the arrows', () => {
    expect(commandFor(press('ArrowRight', 'ArrowRight'), 'ltr')).toBe('next-item');
    expect(commandFor(press('ArrowLeft', 'ArrowLeft'), 'ltr')).toBe('previous-item');
    expect(commandFor(press('ArrowLeft', 'ArrowLeft'), 'rtl')).toBe('next-item');
    expect(commandFor(press('ArrowRight', 'ArrowRight'), 'rtl')).toBe('previous-item');
  });

  it('works on an Arabic or French keyboard, by the key\u2019s place', () => {
    // On an Arabic layout the N key prints "ى"; on AZERTY the P key still prints "p".
    expect(commandFor(press('ى', 'KeyN'), 'rtl')).toBe('next-speaker');
    expect(commandFor(press('p', 'KeyP'), 'ltr')).toBe('pass');
  });

  it('leaves combinations to the system and the app', () => {
    expect(commandFor(press('l', 'KeyL', { ctrlKey: true }), 'ltr')).toBeNull();
    expect(commandFor(press('z', 'KeyZ', { metaKey: true }), 'ltr')).toBeNull();
    expect(commandFor(press('ArrowUp', 'ArrowUp', { altKey: true }), 'ltr')).toBeNull();
    expect(commandFor(press('N', 'KeyN', { shiftKey: true }), 'ltr')).toBeNull();
    expect(commandFor(press('x', 'KeyX'), 'ltr')).toBeNull();
  });

  it('knows typing from a shortcut', () => {
    expect(isTypingTarget('input', false)).toBe(true);
    expect(isTypingTarget('TEXTAREA', false)).toBe(true);
    expect(isTypingTarget('DIV', true)).toBe(true);
    expect(isTypingTarget('BUTTON', false)).toBe(false);
  });
});
