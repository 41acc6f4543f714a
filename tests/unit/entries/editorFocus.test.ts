// @vitest-environment jsdom
import type { i18n } from 'i18next';
import { act, createElement, useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Party } from '../../../src/shared/domain/party';
import type { SectionForm, StrategyForm, TensionForm } from '../../../src/renderer/src/entries/entryForm';
import { SectionsEditor } from '../../../src/renderer/src/entries/SectionsEditor';
import { StrategiesGroup } from '../../../src/renderer/src/entries/StrategiesGroup';
import { TensionsGroup } from '../../../src/renderer/src/entries/TensionsGroup';
import { useItemFolds } from '../../../src/renderer/src/entries/useItemFolds';
import { createI18n } from '../../../src/renderer/src/i18n/i18n';
import { mount, type Mounted } from '../ui/mount';

let i18next: i18n;
let mounted: Mounted | undefined;
beforeAll(async () => {
  i18next = await createI18n('en');
});
afterEach(() => mounted?.unmount());

const parties: Party[] = [{ id: 'p-1', role: 'caregiver', name: 'María José Pérez', aliases: [] } as Party];

/** The tensions and strategies of one editor, sharing their folds as the editor's groups do. */
function Groups({ seen }: { seen: { tensions: TensionForm[]; strategies: StrategyForm[] } }) {
  const folds = useItemFolds();
  const [tensions, setTensions] = useState<TensionForm[]>([]);
  const [strategies, setStrategies] = useState<StrategyForm[]>([]);
  seen.tensions = tensions;
  seen.strategies = strategies;
  return createElement(
    'form',
    null,
    createElement(TensionsGroup, { phase: 'start', tensions, parties, onChange: setTensions, folds }),
    createElement(StrategiesGroup, { strategies, onChange: setStrategies, folds }),
  );
}

function render(element: ReturnType<typeof createElement>): void {
  mounted = mount(createElement(I18nextProvider, { i18n: i18next }, element));
}

function byLabel(text: string): HTMLSelectElement {
  const label = [...document.querySelectorAll('label')].find((candidate) => candidate.textContent === text);
  if (label === undefined) throw new Error(`no label ${text}`);
  return document.getElementById(label.htmlFor) as HTMLSelectElement;
}

function button(name: string): HTMLButtonElement {
  const found = [...document.querySelectorAll('button')].find((candidate) => candidate.textContent === name);
  if (found === undefined) throw new Error(`no button ${name}`);
  return found;
}

function choose(select: HTMLSelectElement, value: string): void {
  act(() => {
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

/** Lets the effects that move focus, and the animation frames they wait for, run. */
async function settle(): Promise<void> {
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 30));
  });
}

describe('adding to a reflection', () => {
  it('puts focus into the new tension, empties the list to add from, and folds the one before', async () => {
    const seen = { tensions: [] as TensionForm[], strategies: [] as StrategyForm[] };
    render(createElement(Groups, { seen }));
    const toAdd = byLabel('Tension to add');
    expect(toAdd.value).toBe('');
    expect(button('Add this tension').disabled).toBe(true);

    choose(toAdd, 'stigma');
    act(() => button('Add this tension').click());
    await settle();
    expect(seen.tensions.map((tension) => tension.type)).toEqual(['stigma']);
    // Focus in the new tension's first control; a second click cannot add the same one again.
    expect(document.activeElement).toBe(byLabel('Kind of tension'));
    expect(byLabel('Kind of tension').value).toBe('stigma');
    expect(toAdd.value).toBe('');
    expect(button('Add this tension').disabled).toBe(true);
    // Signs and repair steps wait behind "more detail".
    const detail = document.querySelector('details.more-detail') as HTMLDetailsElement;
    expect(detail.open).toBe(false);
    expect(detail.textContent).toContain('Signs I noticed');

    choose(toAdd, 'couple-conflict');
    act(() => button('Add this tension').click());
    await settle();
    expect(seen.tensions.map((tension) => tension.type)).toEqual(['stigma', 'couple-conflict']);
    // The first is one line now; the second is open, with the focus.
    const lines = document.querySelectorAll('[data-testid="tension"]');
    expect(lines[0]!.querySelector('fieldset')).toBeNull();
    expect(lines[0]!.textContent).toContain('Tension 1: Feeling stigmatised');
    expect(lines[0]!.textContent).toContain('Strength 2 of 3');
    expect(lines[1]!.querySelector('fieldset legend')?.textContent).toBe(
      'Tension 2: Conflict between the adults as a couple',
    );
    expect(document.activeElement).toBe(lines[1]!.querySelector('select'));

    // Done folds it and leaves the focus on its line; the line opens it again, focus inside.
    act(() => button('Done').click());
    await settle();
    const second = document.querySelectorAll<HTMLElement>('[data-testid="tension"]')[1]!;
    const line = second.querySelector<HTMLButtonElement>('.entry-item-summary')!;
    expect(document.activeElement).toBe(line);
    act(() => line.click());
    await settle();
    expect(document.activeElement).toBe(second.querySelector('fieldset select'));

    // Adding a strategy folds the open tension and opens the strategy, focus in it.
    choose(byLabel('Strategy to add'), 'active-listening');
    act(() => button('Add this strategy').click());
    await settle();
    expect(seen.strategies.map((use) => use.strategy)).toEqual(['active-listening']);
    expect(document.querySelectorAll('[data-testid="tension"] fieldset')).toHaveLength(0);
    expect(document.activeElement).toBe(byLabel('Strategy'));
    expect(byLabel('Strategy to add').value).toBe('');

    // Removing keeps the keyboard in the list: on the control to add another.
    act(() => button('Remove strategy 1').click());
    await settle();
    expect(seen.strategies).toEqual([]);
    expect(document.activeElement).toBe(byLabel('Strategy to add'));
  });

  it('opens a new part without a title to type over, and Enter in the title goes on to its text', async () => {
    let sections: SectionForm[] = [{ id: 's-1', title: 'What happened', visibility: 'supervision', text: '' }];
    function Sections() {
      const [value, setValue] = useState(sections);
      sections = value;
      return createElement(SectionsEditor, { sections: value, parties, onChange: setValue });
    }
    render(createElement(Sections));
    act(() => button('Add a part').click());
    await settle();
    const title = byLabel('Title of this part') as unknown as HTMLInputElement;
    expect(title.value).toBe('');
    expect(document.activeElement).toBe(title);
    act(() => {
      const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
      setter.call(title, 'Call with the school');
      title.dispatchEvent(new Event('input', { bubbles: true }));
    });
    act(() => {
      title.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
    });
    await settle();
    expect(sections.map((section) => section.title)).toEqual(['What happened', 'Call with the school']);
    const active = document.activeElement as HTMLTextAreaElement;
    expect(active.tagName).toBe('TEXTAREA');
    const heading = document.getElementById(active.getAttribute('aria-labelledby') ?? '');
    expect(heading?.textContent).toBe('Call with the school');
  });
});
