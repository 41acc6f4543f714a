// @vitest-environment jsdom
import { QueryClientProvider } from '@tanstack/react-query';
import { createElement, type ReactElement } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Loaded } from '../../../src/renderer/src/api/loadState';
import { createAppQueryClient } from '../../../src/renderer/src/api/queryClient';
import { LoadState } from '../../../src/renderer/src/ui/LoadState';
import { ScreenLoadState } from '../../../src/renderer/src/ui/ScreenLoadState';
import { mount, type Mounted } from './mount';

const loading: Loaded<string[]> = { kind: 'loading' };
const loaded: Loaded<string[]> = { kind: 'loaded', value: ['first', 'second'] };
const damaged: Loaded<string[]> = {
  kind: 'failed',
  error: { code: 'integrity', message: 'bad tag', file: 'cases/a.enc' },
};

/** The damaged-file notice offers a restore through the cache: it needs a client above it. */
const withCache = (element: ReactElement) =>
  createElement(QueryClientProvider, { client: createAppQueryClient() }, element);

let mounted: Mounted | undefined;
afterEach(() => mounted?.unmount());

describe('a screen before its read is there', () => {
  const screen = (state: Loaded<unknown>) =>
    withCache(
      createElement(ScreenLoadState, { state, className: 'cases-screen', loading: 'Opening…', failed: 'Not opened' }),
    );

  it('is a busy section named by its loading heading', () => {
    mounted = mount(screen(loading));
    const section = mounted.container.querySelector('section')!;
    expect(section.className).toBe('screen cases-screen');
    expect(section.getAttribute('aria-busy')).toBe('true');
    const heading = section.querySelector('h1')!;
    expect(heading.textContent).toBe('Opening…');
    expect(section.getAttribute('aria-labelledby')).toBe(heading.id);
  });

  it('names what failed, offers the backup of a damaged file, and is no longer busy', () => {
    mounted = mount(screen(damaged));
    const section = mounted.container.querySelector('section')!;
    expect(section.hasAttribute('aria-busy')).toBe(false);
    expect(section.querySelector('h1')?.textContent).toBe('Not opened');
    expect(section.querySelector('[role="alert"]')?.textContent).toContain('cases/a.enc');
    expect(section.querySelector('button.primary')).not.toBeNull();
  });

  it('is nothing once loaded', () => {
    mounted = mount(screen(loaded));
    expect(mounted.container.innerHTML).toBe('');
  });
});

describe('a read inside a section', () => {
  const section = (state: Loaded<string[]>) =>
    withCache(
      createElement(LoadState<string[]>, {
        state,
        loading: 'Reading…',
        children: (items) =>
          createElement('ul', null, ...items.map((item) => createElement('li', { key: item }, item))),
      }),
    );

  it('shows its loading line, then its content', () => {
    mounted = mount(section(loading));
    expect(mounted.container.textContent).toBe('Reading…');
    mounted.render(section(loaded));
    expect([...mounted.container.querySelectorAll('li')].map((item) => item.textContent)).toEqual(['first', 'second']);
  });

  it('shows the error and the way out instead of the content', () => {
    mounted = mount(section(damaged));
    expect(mounted.container.querySelector('ul')).toBeNull();
    expect(mounted.container.querySelector('[role="alert"]')).not.toBeNull();
    expect(mounted.container.querySelector('button.primary')).not.toBeNull();
  });
});
