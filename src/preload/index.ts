/**
 * The preload: one named function per contract method and one subscription per event, built
 * from the contract's zod-free names, and never `ipcRenderer` itself.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { apiGlobalName } from '../shared/ipc/api';
import { createBridge } from '../shared/ipc/bridge';

const api = createBridge({
  invoke: (channel, request) => ipcRenderer.invoke(channel, request),
  listen: (channel, listener) => {
    // The listener gets the payload only, never the event (which carries the sender).
    const forward = (_event: unknown, payload: unknown) => listener(payload);
    ipcRenderer.on(channel, forward);
    return () => void ipcRenderer.removeListener(channel, forward);
  },
});

contextBridge.exposeInMainWorld(apiGlobalName, api);
