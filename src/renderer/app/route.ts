import { useSyncExternalStore } from 'react';

// Hash routes (#/section/param...) so that a reload shows the same screen.
export const SECTIONS = ['meetings', 'directory', 'decisions', 'governance', 'actions', 'timeline', 'settings'] as const;
export type Section = (typeof SECTIONS)[number];
/** Screens reached by address only, not from the nav: a meeting's live session and its projector view. */
export const SCREENS = ['live', 'projector'] as const;
export type Screen = (typeof SCREENS)[number];

export interface Route {
  section: Section | Screen;
  params: string[];
}

export function parseRoute(hash: string): Route {
  const [first, ...params] = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  const known = (SECTIONS as readonly string[]).includes(first) || (SCREENS as readonly string[]).includes(first);
  const section = known ? (first as Section | Screen) : 'meetings';
  return { section, params };
}

/** The nav entry a route belongs to (the live session is part of Meetings). */
export const navSection = (route: Route): Section => (route.section === 'live' || route.section === 'projector' ? 'meetings' : route.section);

export const href = (section: Section | Screen, ...params: string[]) => `#/${[section, ...params].map(encodeURIComponent).join('/')}`;

export function navigate(section: Section | Screen, ...params: string[]): void {
  window.location.hash = href(section, ...params);
}

const subscribe = (cb: () => void) => {
  window.addEventListener('hashchange', cb);
  return () => window.removeEventListener('hashchange', cb);
};

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseRoute(hash);
}
