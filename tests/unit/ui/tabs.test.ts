// @vitest-environment jsdom
import { act, createElement, useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { Tabs, type TabDefinition } from '../../../src/renderer/src/ui/Tabs';
import { mount, press, type Mounted } from './mount';

type Id = 'timeline' | 'reports' | 'details';
const ids: Id[] = ['timeline', 'reports', 'details'];
const tabs: TabDefinition<Id>[] = ids.map((id) => ({
  id,
  label: id.toUpperCase(),
  render: () => createElement('p', { 'data-panel': id }, `${id} content`),
}));

/** Tabs whose screen refuses to leave `locked` (a form with unsaved changes in it). */
function Screen({ locked }: { locked?: Id }) {
  const [selected, setSelected] = useState<Id>('reports');
  return createElement(Tabs<Id>, {
    label: 'Case',
    tabs,
    selected,
    onSelect: (id) => {
      if (selected !== locked) setSelected(id);
    },
  });
}

let mounted: Mounted | undefined;
afterEach(() => mounted?.unmount());

const tab = (name: string) =>
  [...document.querySelectorAll<HTMLElement>('[role="tab"]')].find((element) => element.textContent === name)!;
const selectedName = () => document.querySelector('[role="tab"][aria-selected="true"]')?.textContent;

describe('tabs', () => {
  it('make one tab stop, labelled, with only the selected panel rendered and wired to its tab', () => {
    mounted = mount(createElement(Screen));
    expect(document.querySelector('[role="tablist"]')?.getAttribute('aria-label')).toBe('Case');
    const panels = document.querySelectorAll('[role="tabpanel"]:not([hidden])');
    expect(panels).toHaveLength(1);
    expect(panels[0]?.textContent).toBe('reports content');
    expect(panels[0]?.getAttribute('aria-labelledby')).toBe(tab('REPORTS').id);
    expect(tab('REPORTS').getAttribute('aria-controls')).toBe(panels[0]?.id);
    expect(document.querySelector('[data-panel="timeline"]')).toBeNull();
  });

  it('are one tab stop that lands on the selected tab', () => {
    mounted = mount(createElement(Screen));
    const stops = [...document.querySelectorAll<HTMLElement>('[tabindex="0"]')].filter(
      (element) => element.getAttribute('role') !== 'tabpanel',
    );
    expect(stops).toHaveLength(1);
    act(() => stops[0]?.focus());
    expect(document.activeElement).toBe(tab('REPORTS'));
    expect(ids.map((id) => tab(id.toUpperCase()).tabIndex)).toEqual([-1, 0, -1]);
  });

  it('follow the arrow keys, Home and End, wrapping at the ends, and select what they reach', async () => {
    mounted = mount(createElement(Screen));
    tab('REPORTS').focus();
    await press('ArrowRight');
    expect(document.activeElement).toBe(tab('DETAILS'));
    expect(selectedName()).toBe('DETAILS');
    expect(document.querySelector('[role="tabpanel"]:not([hidden])')?.textContent).toBe('details content');
    await press('ArrowRight');
    expect(selectedName()).toBe('TIMELINE');
    await press('ArrowLeft');
    expect(selectedName()).toBe('DETAILS');
    await press('Home');
    expect(document.activeElement).toBe(tab('TIMELINE'));
    expect(selectedName()).toBe('TIMELINE');
    await press('End');
    expect(selectedName()).toBe('DETAILS');
    expect(ids.map((id) => tab(id.toUpperCase()).tabIndex)).toEqual([-1, -1, 0]);
  });

  it('keep the selection where the screen refuses to leave it', async () => {
    mounted = mount(createElement(Screen, { locked: 'reports' }));
    tab('REPORTS').focus();
    await press('ArrowRight');
    expect(selectedName()).toBe('REPORTS');
    expect(document.querySelector('[role="tabpanel"]:not([hidden])')?.textContent).toBe('reports content');
  });
});
