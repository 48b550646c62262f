/** Hash routes: the app is one page, served from app:// or 127.0.0.1, so the hash is the route. */
import { useMemo, useSyncExternalStore } from 'react';

export const AREAS = ['groups', 'run', 'notes', 'icebreakers', 'settings'] as const;
export type Area = (typeof AREAS)[number];
export type Route = Area | 'presenter';

export const DEFAULT_AREA: Area = 'groups';

export function parseRoute(hash: string): Route {
  const name = hash.replace(/^#\/?/, '').split(/[/?#]/)[0] ?? '';
  if (name === 'presenter') return 'presenter';
  return (AREAS as readonly string[]).includes(name) ? (name as Area) : DEFAULT_AREA;
}

/** The hash for an area, or for a place inside it ("#/groups/<group>/plans/<plan>"). */
export function hrefOf(route: Route, ...segments: readonly string[]): string {
  return ['#', route, ...segments.map(encodeURIComponent)].join('/');
}

/** The segments after the area: "#/groups/g1/plans/p2" → ["g1", "plans", "p2"]. */
export function parsePath(hash: string): string[] {
  const path = hash.replace(/^#\/?/, '').split(/[?#]/)[0] ?? '';
  return path
    .split('/')
    .slice(1)
    .filter((segment) => segment.length > 0)
    .map((segment) => {
      try {
        return decodeURIComponent(segment);
      } catch {
        return segment;
      }
    });
}

export function navigate(route: Route, ...segments: readonly string[]): void {
  window.location.hash = hrefOf(route, ...segments);
}

function subscribe(listener: () => void): () => void {
  window.addEventListener('hashchange', listener);
  return () => window.removeEventListener('hashchange', listener);
}

export function useRoute(): Route {
  return useSyncExternalStore(subscribe, () => parseRoute(window.location.hash));
}

/** The place inside the current area, as segments (stable between renders while unchanged). */
export function useRoutePath(): readonly string[] {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return useMemo(() => parsePath(hash), [hash]);
}
