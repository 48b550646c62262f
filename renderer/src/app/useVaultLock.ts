/**
 * Everything that locks an open vault: Ctrl/Cmd+L, the idle timeout from the vault's settings,
 * and the computer's own lock screen or sleep. During a live session (a later issue) the idle
 * timeout lowers the privacy curtain instead, so the timer and the room display keep running.
 */
import { useEffect } from 'react';
import { useHost } from '../platform/HostProvider';
import { useCurtainStore } from '../stores/curtain.store';
import { useVaultStore, vaultSelectors } from '../stores/vault.store';

const ACTIVITY = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart'] as const;

export function isLockShortcut(
  event: Pick<KeyboardEvent, 'code' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>,
): boolean {
  // By physical key, so it is the same key on an Arabic or French keyboard layout.
  return (
    event.code === 'KeyL' && (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey
  );
}

export function useVaultLock(options: { idleAction?: 'lock' | 'curtain' } = {}): void {
  const host = useHost();
  const lock = useVaultStore((s) => s.lock);
  const minutes = useVaultStore(vaultSelectors.idleLockMinutes);
  const lower = useCurtainStore((s) => s.lower);
  const idleAction = options.idleAction ?? 'lock';

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!isLockShortcut(event)) return;
      event.preventDefault();
      void lock();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [lock]);

  useEffect(
    () =>
      host.onPowerEvent((event) => {
        if (event === 'lock-screen' || event === 'suspend') void lock();
      }),
    [host, lock],
  );

  useEffect(() => {
    if (minutes === null) return;
    const limit = minutes * 60_000;
    let last = Date.now();
    let timer: ReturnType<typeof setTimeout>;
    const onActivity = () => {
      last = Date.now();
    };
    // One timer, re-armed for what is left, rather than one reset per mouse movement.
    const arm = (delay: number) => {
      timer = setTimeout(() => {
        const idle = Date.now() - last;
        if (idle >= limit) {
          if (idleAction === 'lock') void lock();
          else {
            lower();
            last = Date.now();
            arm(limit);
          }
        } else arm(limit - idle);
      }, delay);
    };
    arm(limit);
    for (const type of ACTIVITY) window.addEventListener(type, onActivity, { passive: true });
    return () => {
      clearTimeout(timer);
      for (const type of ACTIVITY) window.removeEventListener(type, onActivity);
    };
  }, [minutes, idleAction, lock, lower]);
}
