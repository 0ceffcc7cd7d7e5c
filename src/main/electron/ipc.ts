import type { BrowserWindow, IpcMain, WebFrameMain } from 'electron';
import { IPC_EVENT, IPC_INVOKE, type EventMap, type EventName } from '../../shared/contract';
import { fail, type Result } from '../../shared/errors';
import type { Dispatch } from '../dispatch';
import { isAppUrl } from './paths';

// The one door from the renderer: a single ipcMain.handle that checks who is calling, then
// dispatches. And the way back: events sent to every window.

/** Only frames showing the app itself (app://palabra/...) may call the core. */
export function isTrustedSender(event: { readonly senderFrame: Pick<WebFrameMain, 'url'> | null | undefined }): boolean {
  try {
    const frame = event.senderFrame;
    return !!frame && isAppUrl(frame.url);
  } catch {
    return false; // a disposed frame throws on access
  }
}

export function refusal(channel: unknown): Result<never> {
  const name = typeof channel === 'string' ? channel : String(channel);
  return fail('unknown_channel', `Refused ${name}: the caller is not a Palabra page`, undefined, { channel: name });
}

export function registerInvoke(ipcMain: Pick<IpcMain, 'handle'>, dispatch: Dispatch): void {
  ipcMain.handle(IPC_INVOKE, (event, channel: unknown, input: unknown) => {
    if (!isTrustedSender(event)) return refusal(channel);
    return dispatch(channel as string, input);
  });
}

/** The core's `emit`: every open window receives (IPC_EVENT, name, payload). */
export function broadcaster(windows: () => BrowserWindow[]) {
  return <E extends EventName>(event: E, payload: EventMap[E]): void => {
    for (const win of windows()) {
      if (!win.isDestroyed()) win.webContents.send(IPC_EVENT, event, payload);
    }
  };
}
