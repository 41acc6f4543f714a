/**
 * The application menu: editing and window roles only. Electron's default menu offers Reload
 * and Toggle Developer Tools, which a packaged app must not.
 */
import { Menu, type MenuItemConstructorOptions } from 'electron';

export function installMenu(developerTools: boolean): void {
  const template: MenuItemConstructorOptions[] = [
    ...(process.platform === 'darwin' ? [{ role: 'appMenu' as const }] : []),
    { role: 'fileMenu' },
    { role: 'editMenu' },
    ...(developerTools ? [{ role: 'viewMenu' as const }] : []),
    { role: 'windowMenu' },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
