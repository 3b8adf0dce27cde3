import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { ChevronDownIcon } from './icons';

export interface MenuItem {
  id: string;
  label: string;
  onSelect(): void;
}

interface MenuButtonProps {
  label: string;
  icon?: ReactNode;
  items: readonly MenuItem[];
}

/**
 * A button that opens a list of actions, with the keyboard of a native menu (WAI-ARIA menu
 * button): arrows move, Enter chooses, Escape closes and gives focus back to the button.
 */
export function MenuButton({ label, icon, items }: MenuButtonProps) {
  const menuId = useId();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLUListElement>(null);
  const [firstFocus, setFirstFocus] = useState<'first' | 'last'>('first');

  const menuItems = () => [
    ...(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? []),
  ];

  useEffect(() => {
    if (!open) return;
    const items = menuItems();
    (firstFocus === 'first' ? items[0] : items.at(-1))?.focus();
    const closeOutside = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!menu.current?.contains(target) && !button.current?.contains(target)) setOpen(false);
    };
    document.addEventListener('pointerdown', closeOutside);
    return () => document.removeEventListener('pointerdown', closeOutside);
  }, [open, firstFocus]);

  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) button.current?.focus();
  };

  const openWith = (focus: 'first' | 'last') => {
    setFirstFocus(focus);
    setOpen(true);
  };

  const onButtonKey = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      openWith(event.key === 'ArrowDown' ? 'first' : 'last');
    }
  };

  const onMenuKey = (event: KeyboardEvent) => {
    const items = menuItems();
    const index = items.indexOf(document.activeElement as HTMLElement);
    const move = (to: number) => items[(to + items.length) % items.length]?.focus();
    if (event.key === 'ArrowDown') move(index + 1);
    else if (event.key === 'ArrowUp') move(index - 1);
    else if (event.key === 'Home') move(0);
    else if (event.key === 'End') move(items.length - 1);
    else if (event.key === 'Escape') close(true);
    else if (event.key === 'Tab') return close(false);
    else return;
    event.preventDefault();
  };

  const choose = (item: MenuItem) => {
    close(true);
    item.onSelect();
  };

  return (
    <div className="menu-button">
      <button
        ref={button}
        type="button"
        className="button"
        title={label}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => (open ? close(false) : openWith('first'))}
        onKeyDown={onButtonKey}
      >
        {icon}
        <span className={icon ? 'button__label--collapsible' : undefined}>{label}</span>
        <ChevronDownIcon />
      </button>
      {open && (
        <ul
          id={menuId}
          ref={menu}
          role="menu"
          aria-label={label}
          className="menu"
          onKeyDown={onMenuKey}
        >
          {items.map((item) => (
            <li
              key={item.id}
              role="menuitem"
              tabIndex={-1}
              className="menu__item"
              onClick={() => choose(item)}
              onKeyDown={(event) => {
                if (event.key !== 'Enter' && event.key !== ' ') return;
                event.preventDefault();
                choose(item);
              }}
            >
              {item.label}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
