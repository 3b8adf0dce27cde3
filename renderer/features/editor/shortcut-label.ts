/** "⌘S" on a Mac, "Ctrl+S" elsewhere: how menus and tooltips spell a shortcut. */
export function shortcutLabel(key: string, { shift = false } = {}): string {
  const mac = /Mac|iPhone|iPad/.test(navigator.platform);
  if (mac) return `${shift ? '⇧' : ''}⌘${key}`;
  return `Ctrl+${shift ? 'Shift+' : ''}${key}`;
}
