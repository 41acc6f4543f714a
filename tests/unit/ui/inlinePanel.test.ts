// @vitest-environment jsdom
import { act, createElement, useRef, useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { InlinePanel } from '../../../src/renderer/src/ui/InlinePanel';
import { PanelToggle } from '../../../src/renderer/src/ui/PanelToggle';
import { useReturnFocus } from '../../../src/renderer/src/ui/useReturnFocus';
import { mount, type Mounted } from './mount';

let mounted: Mounted | undefined;
afterEach(() => mounted?.unmount());

const button = (name: string) =>
  [...document.querySelectorAll('button')].find((element) => element.textContent === name)!;
const click = (element: HTMLElement) => act(() => element.click());

/**
 * A screen with two toggles opening one panel at a time; "Close case" disappears once its form
 * is done, as the real one does when the case is closed.
 */
function Screen({ withField }: { withField: boolean }) {
  const heading = useRef<HTMLHeadingElement>(null);
  const focus = useReturnFocus(heading);
  const [open, setOpen] = useState<string | undefined>();
  const [closed, setClosed] = useState(false);
  const toggle = (panel: string) => {
    if (open === panel) {
      setOpen(undefined);
      focus.restore();
      return;
    }
    focus.remember();
    setOpen(panel);
  };
  const done = () => {
    setClosed(true);
    setOpen(undefined);
    focus.restore();
  };
  return createElement(
    'section',
    null,
    createElement('h1', { ref: heading, tabIndex: -1 }, 'Family R.'),
    createElement(PanelToggle, { expanded: open === 'phase', onToggle: () => toggle('phase') }, 'Change phase'),
    !closed &&
      createElement(PanelToggle, { expanded: open === 'close', onToggle: () => toggle('close') }, 'Close case'),
    open !== undefined &&
      createElement(InlinePanel, {
        title: `Form ${open}`,
        children: [
          withField && createElement('input', { key: 'field', 'aria-label': 'Date' }),
          createElement('button', { key: 'done', type: 'button', onClick: done }, 'Done'),
        ],
      }),
  );
}

describe('an inline panel and its toggle', () => {
  it('say the panel is open, and put focus on its first field', () => {
    mounted = mount(createElement(Screen, { withField: true }));
    const toggle = button('Change phase');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    toggle.focus();
    click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const panel = document.querySelector('section section')!;
    expect(document.getElementById(panel.getAttribute('aria-labelledby')!)?.textContent).toBe('Form phase');
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Date');
  });

  it('focus the heading of a confirmation without fields, not its button', () => {
    mounted = mount(createElement(Screen, { withField: false }));
    click(button('Change phase'));
    expect(document.activeElement?.textContent).toBe('Form phase');
  });

  it('give focus back to the toggle when closed by it', () => {
    mounted = mount(createElement(Screen, { withField: true }));
    const toggle = button('Change phase');
    toggle.focus();
    click(toggle);
    toggle.focus();
    click(toggle);
    expect(document.querySelector('section section')).toBeNull();
    expect(document.activeElement).toBe(toggle);
  });

  it('give focus to the heading when the toggle is gone after the action', () => {
    mounted = mount(createElement(Screen, { withField: true }));
    const toggle = button('Close case');
    toggle.focus();
    click(toggle);
    click(button('Done'));
    expect(document.body.contains(toggle)).toBe(false);
    expect(document.activeElement?.tagName).toBe('H1');
  });
});
