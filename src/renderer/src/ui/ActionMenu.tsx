import * as Menu from '@radix-ui/react-dropdown-menu';
import { useRef } from 'react';

export interface MenuAction {
  id: string;
  label: string;
  onSelect: () => void;
}

interface Props {
  /** The button's name, e.g. "More actions". */
  label: string;
  actions: readonly MenuAction[];
}

/**
 * Secondary actions behind one button, on Radix DropdownMenu: arrow keys, Home and End,
 * type-ahead, Escape back to the button, and the aria wiring. A chosen action runs once the
 * menu has closed, with focus back on the menu's button, so a form it opens can take focus and
 * give it back to that button when it closes.
 */
export function ActionMenu({ label, actions }: Props) {
  const trigger = useRef<HTMLButtonElement>(null);
  const chosen = useRef<MenuAction | undefined>(undefined);
  if (actions.length === 0) return null;
  return (
    // Not modal: the rest of the page is not hidden from screen readers while the menu is open, and
    // Tab or a click elsewhere simply closes it, as in the WAI-ARIA menu button pattern.
    <Menu.Root modal={false}>
      <Menu.Trigger ref={trigger} className="menu-button">
        {label}
      </Menu.Trigger>
      <Menu.Portal>
        <Menu.Content
          className="menu"
          align="start"
          sideOffset={4}
          onCloseAutoFocus={(event) => {
            const action = chosen.current;
            chosen.current = undefined;
            if (action === undefined) return;
            // Radix would focus the button after this, taking focus from the form the action opens.
            event.preventDefault();
            trigger.current?.focus();
            action.onSelect();
          }}
        >
          {actions.map((action) => (
            <Menu.Item
              key={action.id}
              className="menu-item"
              onSelect={() => {
                chosen.current = action;
              }}
            >
              {action.label}
            </Menu.Item>
          ))}
        </Menu.Content>
      </Menu.Portal>
    </Menu.Root>
  );
}
