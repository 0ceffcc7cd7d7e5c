import { useSyncExternalStore } from 'react';

// The renderer's reading of the main process's clock: Date.now() plus the offset measured from the
// `now` of the last `live.state` (see shared/domain/live/time.ts). One timer for the whole window,
// scheduled on the next whole second, wakes every component that shows a running time; nothing is
// fetched on a tick.

let offset = 0;
let current = Date.now();
const listeners = new Set<() => void>();
let timer: ReturnType<typeof setTimeout> | undefined;

/** The main process's clock, read now. */
export const serverNow = (): number => Date.now() + offset;

const emit = () => {
  for (const l of listeners) l();
};

/** Called with every `live.state` read: `clockOffset(state.now, Date.now())`. */
export function setClockOffset(value: number): void {
  offset = value;
  current = serverNow();
  emit();
}

function schedule(): void {
  const t = serverNow();
  timer = setTimeout(
    () => {
      current = serverNow();
      emit();
      schedule();
    },
    1000 - (((t % 1000) + 1000) % 1000) + 5,
  );
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (listeners.size === 1) {
    current = serverNow();
    schedule();
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && timer !== undefined) {
      clearTimeout(timer);
      timer = undefined;
    }
  };
}

/** The main process's clock (ms), re-rendering the caller once a second. */
export const useNow = (): number => useSyncExternalStore(subscribe, () => current);
