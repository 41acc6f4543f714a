/**
 * Connects Electron's ipcMain to the router's channels (one per contract method), passing the
 * sender frame's URL for the origin check.
 */
import { ipcMain } from 'electron';
import type { Router } from '../ipc/router';

export function bindRouter(router: Router): void {
  for (const channel of router.channels) {
    ipcMain.handle(channel, (event, payload: unknown) =>
      router.dispatch(channel, payload, { url: event.senderFrame?.url }),
    );
  }
}
