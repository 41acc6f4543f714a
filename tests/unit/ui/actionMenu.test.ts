// @vitest-environment jsdom
import { createElement, useEffect, useRef, useState } from 'react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ActionMenu } from '../../../src/renderer/src/ui/ActionMenu';
import { mount, press, type Mounted } from './mount';

beforeAll(() => {
  // Radix measures the menu's button to place the menu; jsdom lays nothing out.
  globalThis.ResizeObserver ??= class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  };
});

/** What had focus when each action ran, by id. */
let ran: { id: string; focused: string }[] = [];

function focusedName(): string {
  const focused = document.activeElement;
  if (focused === null || focused === document.body) return 'nothing';
  return focused.textContent || focused.tagName;
}

/** A screen whose "Export…" opens a form that takes focus, as an inline panel does. */
function Screen() {
  const [open, setOpen] = useState(false);
  const action = (id: string, onRun?: () => void) => ({
    id,
    label: `${id}…`,
    onSelect: () => {
      ran.push({ id, focused: focusedName() });
      onRun?.();
    },
  });
  return createElement(
    'div',
    null,
    createElement(ActionMenu, {
      label: 'More actions',
      actions: [action('Export', () => setOpen(true)), action('Compare'), action('Details')],
    }),
    open && createElement(Field),
  );
}

function Field() {
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);
  return createElement('input', { ref: input, 'aria-label': 'Format' });
}

let mounted: Mounted | undefined;
afterEach(() => {
  mounted?.unmount();
  ran = [];
});

const trigger = () => document.querySelector<HTMLButtonElement>('button[aria-haspopup="menu"]')!;
const menu = () => document.querySelector('[role="menu"]');
const items = () => [...document.querySelectorAll('[role="menuitem"]')].map((item) => item.textContent);
/** Radix runs the close in a timeout: wait for it, and for the effects it starts. */
const settle = () => press('Shift', document.body);

describe('an action menu', () => {
  it('is a button that says it opens a menu, closed at first', () => {
    mounted = mount(createElement(Screen));
    expect(trigger().textContent).toBe('More actions');
    expect(trigger().getAttribute('aria-expanded')).toBe('false');
    expect(menu()).toBeNull();
  });

  it('opens from the keyboard on its first item and moves with the arrows, Home and End', async () => {
    mounted = mount(createElement(Screen));
    trigger().focus();
    await press('Enter');
    expect(trigger().getAttribute('aria-expanded')).toBe('true');
    expect(items()).toEqual(['Export…', 'Compare…', 'Details…']);
    expect(focusedName()).toBe('Export…');
    await press('ArrowDown');
    expect(focusedName()).toBe('Compare…');
    await press('End');
    expect(focusedName()).toBe('Details…');
    await press('Home');
    expect(focusedName()).toBe('Export…');
  });

  it('closes on Escape with focus back on its button and nothing run', async () => {
    mounted = mount(createElement(Screen));
    trigger().focus();
    await press('ArrowDown');
    expect(menu()).not.toBeNull();
    await press('Escape');
    await settle();
    expect(menu()).toBeNull();
    expect(document.activeElement).toBe(trigger());
    expect(ran).toEqual([]);
  });

  it('runs the chosen action after closing, from its button, and leaves focus where the action put it', async () => {
    mounted = mount(createElement(Screen));
    trigger().focus();
    await press('Enter');
    await press('Enter');
    await settle();
    expect(menu()).toBeNull();
    // The button had focus as the action ran: a form it opens returns focus there.
    expect(ran).toEqual([{ id: 'Export', focused: 'More actions' }]);
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Format');
  });

  it('keeps focus on its button after an action that opens nothing', async () => {
    mounted = mount(createElement(Screen));
    trigger().focus();
    await press('Enter');
    await press('ArrowDown');
    await press(' ');
    await settle();
    expect(ran).toEqual([{ id: 'Compare', focused: 'More actions' }]);
    expect(document.activeElement).toBe(trigger());
  });
});
