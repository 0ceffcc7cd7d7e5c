import type { AppInfo, Settings } from '../../shared/domain/app/contract';
import type { AppError, Result } from '../../shared/errors';
import type { InputOf } from '../../shared/contract';
import { invoke } from '../api';
import type { Slice } from '../store';

/** An error on show, with the locale namespace its field names belong to. */
export type ShownError = AppError & { ns?: string };

export interface AppSlice {
  settings: Settings | null;
  info: AppInfo | null;
  /** The last failed call, shown in the error banner until dismissed. */
  error: ShownError | null;
  loadApp(): Promise<void>;
  updateSettings(patch: InputOf<'settings.update'>): Promise<void>;
  showError(error: AppError | null, ns?: string): void;
  /**
   * Runs a call; on failure shows the banner (field names looked up in namespace `ns`).
   * Returns the result so forms can mark the field.
   */
  run<T>(call: Promise<Result<T>>, ns?: string): Promise<Result<T>>;
}

export const createAppSlice: Slice<AppSlice> = (set, get) => ({
  settings: null,
  info: null,
  error: null,
  async loadApp() {
    const [settings, info] = await Promise.all([invoke('settings.get', {}), invoke('app.info', {})]);
    if (!settings.ok) return get().showError(settings.error);
    if (!info.ok) return get().showError(info.error);
    set({ settings: settings.value, info: info.value });
  },
  async updateSettings(patch) {
    const res = await get().run(invoke('settings.update', patch));
    if (res.ok) set({ settings: res.value });
  },
  showError(error, ns) {
    set({ error: error && { ...error, ns } });
  },
  async run(call, ns) {
    const res = await call;
    set({ error: res.ok ? null : { ...res.error, ns } });
    return res;
  },
});
