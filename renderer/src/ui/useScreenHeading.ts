import { useEffect, useRef } from 'react';
import { takePendingHeadingFocus } from '../app/navigationFocus';

/** Ref for a screen's <h1>: focused when the screen was reached through the navigation. */
export function useScreenHeading() {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (takePendingHeadingFocus()) ref.current?.focus();
  }, []);
  return ref;
}
