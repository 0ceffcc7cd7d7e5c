// Types for start-lib.mjs (plain JavaScript so `node scripts/start.mjs` runs without a build step).
export interface Stamp {
  target: string;
  size: number;
  mtimeMs: number;
}
export interface BindingIdentity {
  size: number;
  mtimeMs: number;
}
export interface Probe {
  ok: boolean;
  error: string;
}
export type Step = 'install-electron' | 'rebuild-native' | 'preview';

export function paths(root: string): { electronDir: string; binding: string; stamp: string };
export function electronInstalled(electronDir: string): boolean;
export function electronInfo(electronDir: string): { version: string; abi: number | null };
export function nativeTarget(t: { version: string; abi: number | null; platform: string; arch: string }): string;
export function bindingIdentity(file: string): BindingIdentity | null;
export function readStamp(file: string): Stamp | null;
export function makeStamp(target: string, binding: BindingIdentity | null): Stamp;
export function needsNativeRebuild(stamp: Stamp | null, target: string, binding: BindingIdentity | null): boolean;
export function planStart(state: { electronInstalled: boolean; stamp: Stamp | null; target: string; binding: BindingIdentity | null }): Step[];
export function previewArgs(userArgs: readonly string[]): string[];
export function abiFromLoadError(message: unknown): number | null;
export function checkElectronBuild(probe: Probe, abi: number | null): { ok: true } | { ok: false; message: string };
export function firstLine(text: unknown): string;
export function downloadFailedMessage(version: string): string;
export function exitCodeOf(code: number | null, signal: string | null): number;
export function ensureNodeSqlite(io: {
  probe: () => Probe;
  rebuild: () => number;
  forgetStamp: () => void;
  log: (message: string) => void;
}): { ok: true; rebuilt: boolean } | { ok: false; rebuilt: true; message: string };
export function probeSqlite(root: string): Probe;
