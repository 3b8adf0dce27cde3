import { Menu, type MenuItemConstructorOptions } from 'electron';

/** Native menus with the platform's standard roles (undo, clipboard, zoom, window). */
export function buildApplicationMenu(): Menu {
  const template: MenuItemConstructorOptions[] = [
    ...(process.platform === 'darwin' ? [{ role: 'appMenu' as const }] : []),
    { role: 'fileMenu' },
    { role: 'editMenu' },
    { role: 'viewMenu' },
    { role: 'windowMenu' },
  ];
  return Menu.buildFromTemplate(template);
}
