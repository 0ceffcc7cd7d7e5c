// Preload (built to out/preload/index.cjs, CommonJS so it loads in the sandbox). Exposes only
// window.palabra = { invoke, on }, restricted to the contract's channels and events; never ipcRenderer.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { createBridge } from '../../shared/bridge';
import { contract, EVENT_NAMES, IPC_EVENT, IPC_INVOKE } from '../../shared/contract';

/** Listens to one event name on the shared event channel; the IPC event object never reaches the page. */
export function subscribe(event: string, listener: (payload: unknown) => void): () => void {
  const handler = (_e: IpcRendererEvent, name: unknown, payload: unknown) => {
    if (name === event) listener(payload);
  };
  ipcRenderer.on(IPC_EVENT, handler);
  return () => {
    ipcRenderer.removeListener(IPC_EVENT, handler);
  };
}

contextBridge.exposeInMainWorld(
  'palabra',
  createBridge(Object.keys(contract), EVENT_NAMES, (channel, input) => ipcRenderer.invoke(IPC_INVOKE, channel, input), subscribe),
);
