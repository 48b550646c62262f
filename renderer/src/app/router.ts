/** Hash routes: the app is one page, served from app:// or 127.0.0.1, so the hash is the route. */
import { useSyncExternalStore } from 'react';

export const AREAS = ['groups', 'run', 'notes', 'icebreakers', 'settings'] as const;
export type Area = (typeof AREAS)[number];
export type Route = Area | 'presenter';

export const DEFAULT_AREA: Area = 'groups';

export function parseRoute(hash: string): Route {
  const name = hash.replace(/^#\/?/, '').split(/[/?#]/)[0] ?? '';
  if (name === 'presenter') return 'presenter';
  return (AREAS as readonly string[]).includes(name) ? (name as Area) : DEFAULT_AREA;
}

export function hrefOf(route: Route): string {
  return `#/${route}`;
}

function subscribe(listener: () => void): () => void {
  window.addEventListener('hashchange', listener);
  return () => window.removeEventListener('hashchange', listener);
}

export function useRoute(): Route {
  return useSyncExternalStore(subscribe, () => parseRoute(window.location.hash));
}
