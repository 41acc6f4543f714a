/**
 * The preload: one named function per contract method, nothing generic, and never
 * `ipcRenderer` itself. `satisfies` keeps it in step with the contract.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { apiGlobalName, type AlianzaApi } from '../shared/ipc/api';
import { channels } from '../shared/ipc/channels';

const api = {
  getAppInfo: () => ipcRenderer.invoke(channels.getAppInfo),
  getSettings: () => ipcRenderer.invoke(channels.getSettings),
  updateSettings: (request) => ipcRenderer.invoke(channels.updateSettings, request),
} satisfies AlianzaApi;

contextBridge.exposeInMainWorld(apiGlobalName, api);
