import { useSyncExternalStore } from 'react';

// Hash routes (#/section/param...) so that a reload shows the same screen.
export const SECTIONS = ['meetings', 'directory', 'decisions', 'governance', 'actions', 'timeline', 'settings'] as const;
export type Section = (typeof SECTIONS)[number];

export interface Route {
  section: Section;
  params: string[];
}

export function parseRoute(hash: string): Route {
  const [first, ...params] = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  const section = (SECTIONS as readonly string[]).includes(first) ? (first as Section) : 'meetings';
  return { section, params };
}

export const href = (section: Section, ...params: string[]) => `#/${[section, ...params].map(encodeURIComponent).join('/')}`;

export function navigate(section: Section, ...params: string[]): void {
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
