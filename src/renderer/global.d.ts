import type { PalabraBridge } from '../shared/contract';

declare global {
  interface Window {
    /** Defined by the preload (Electron) or by the E2E bridge (Chromium). Nothing else crosses. */
    palabra: PalabraBridge;
  }
}
export {};
