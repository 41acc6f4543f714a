// @vitest-environment jsdom
import { act, createElement, useRef, useState, type ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { useScreenFocus } from '../../../src/renderer/src/navigation/useScreenFocus';
import { mount, type Mounted } from './mount';

let mounted: Mounted | undefined;
afterEach(() => mounted?.unmount());

/** A macrotask: the focus keeper looks after the task that removed the focused element. */
const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 0)));

function Frame({ screen, children }: { screen: string; children?: ReactNode }) {
  const frame = useRef<HTMLElement>(null);
  useScreenFocus(frame, screen);
  return createElement(
    'div',
    null,
    createElement('button', { id: 'sidebar-home' }, 'Home'),
    createElement('main', { ref: frame }, children),
  );
}

const heading = (text: string) => createElement('h1', { key: text, tabIndex: -1 }, text);

describe('focus follows the screen', () => {
  it('moves to the heading of each new screen, from the sidebar or from the old screen', () => {
    mounted = mount(createElement(Frame, { screen: 'home' }, heading('Home')));
    expect(document.activeElement?.textContent).toBe('Home');
    document.getElementById('sidebar-home')!.focus();
    mounted.render(
      createElement(
        Frame,
        { screen: 'case' },
        heading('Family R.'),
        createElement('button', { key: 'b' }, 'New reflection'),
      ),
    );
    expect(document.activeElement?.tagName).toBe('H1');
    expect(document.activeElement?.textContent).toBe('Family R.');
    // A button of the old screen has focus as the screen changes: it goes with the screen.
    document.querySelector<HTMLButtonElement>('main button')!.focus();
    mounted.render(createElement(Frame, { screen: 'entry' }, heading('New reflection')));
    expect(document.activeElement?.textContent).toBe('New reflection');
  });

  it('waits for a screen that paints later, then for its loaded heading', async () => {
    mounted = mount(createElement(Frame, { screen: 'home' }, heading('Home')));
    mounted.render(createElement(Frame, { screen: 'report' }, null));
    mounted.render(createElement(Frame, { screen: 'report' }, heading('Loading the report…')));
    await settle();
    expect(document.activeElement?.textContent).toBe('Loading the report…');
    mounted.render(createElement(Frame, { screen: 'report' }, heading('Report of March')));
    await settle();
    expect(document.activeElement?.textContent).toBe('Report of March');
  });

  it('leaves focus where a screen put it itself', () => {
    mounted = mount(createElement(Frame, { screen: 'home' }, heading('Home')));
    mounted.render(
      createElement(
        Frame,
        { screen: 'new-case' },
        heading('New case'),
        createElement('input', { key: 'alias', 'aria-label': 'Alias', autoFocus: true }),
      ),
    );
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Alias');
  });

  it('catches focus that a removed control drops, and does not take it back from a click elsewhere', async () => {
    function Screen() {
      const [closed, setClosed] = useState(false);
      const [extra, setExtra] = useState(0);
      return createElement(
        Frame,
        { screen: 'case' },
        heading('Family R.'),
        createElement('p', { key: 'extra' }, String(extra)),
        createElement('button', { key: 'more', id: 'more', onClick: () => setExtra((value) => value + 1) }, 'More'),
        !closed && createElement('button', { key: 'close', id: 'close', onClick: () => setClosed(true) }, 'Close case'),
      );
    }
    mounted = mount(createElement(Screen));
    const close = document.getElementById('close')!;
    close.focus();
    act(() => close.click());
    expect(close.isConnected).toBe(false);
    await settle();
    expect(document.activeElement?.textContent).toBe('Family R.');

    // Focus left on purpose (a click on plain text) stays where the person put it.
    const more = document.getElementById('more')!;
    more.focus();
    more.blur();
    act(() => more.click());
    await settle();
    expect(document.activeElement).toBe(document.body);
  });
});
