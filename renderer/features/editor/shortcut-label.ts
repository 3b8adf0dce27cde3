/** "⌘S" on a Mac, "Ctrl+S" elsewhere: how menus and tooltips spell a shortcut. */
export function shortcutLabel(key: string, { shift = false, alt = false } = {}): string {
  const mac = /Mac|iPhone|iPad/.test(navigator.platform);
  if (mac) return `${alt ? '⌥' : ''}${shift ? '⇧' : ''}⌘${key}`;
  return `Ctrl+${alt ? 'Alt+' : ''}${shift ? 'Shift+' : ''}${key}`;
}
