// @vitest-environment jsdom
import { act, createElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import type { i18n } from 'i18next';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createI18n } from '../../../src/renderer/src/i18n/i18n';
import { FileName } from '../../../src/renderer/src/ui/FileName';
import { ShortHash } from '../../../src/renderer/src/ui/ShortHash';
import { mount, type Mounted } from './mount';

const hash = 'f1a77a603f6d11b0c21f8676a2e2410361cfbd18e98c1c0fa07b7046ea199122';
let english: i18n;
let spanish: i18n;
let mounted: Mounted | undefined;

beforeAll(async () => {
  english = await createI18n('en');
  spanish = await createI18n('es');
});
afterEach(() => {
  mounted?.unmount();
  mounted = undefined;
  vi.unstubAllGlobals();
});

function showHash(language: i18n = english) {
  mounted = mount(
    createElement(I18nextProvider, { i18n: language }, createElement(ShortHash, { value: hash, name: 'SHA-256' })),
  );
  return mounted.container;
}

function stubClipboard(writeText: (text: string) => Promise<void>) {
  vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
}

/** What a screen reader reads: the text of everything not hidden from it, and the button's name. */
function readAloud(container: HTMLElement): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node instanceof HTMLElement && node.getAttribute('aria-hidden') === 'true') return;
    if (node instanceof HTMLButtonElement) {
      parts.push(node.getAttribute('aria-label') ?? node.textContent ?? '');
      return;
    }
    if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
    node.childNodes.forEach(walk);
  };
  walk(container);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

describe('a short hash', () => {
  it('shows ten hex characters, with the whole hash in its tooltip and in what is read aloud', () => {
    const container = showHash();
    const shown = container.querySelector('code')!;
    expect(shown.textContent).toBe('f1a77a603f…');
    expect(shown.title).toBe(hash);
    expect(readAloud(container)).toBe(`SHA-256: ${hash} Copy the whole SHA-256`);
  });

  it('copies the whole hash and says so', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    stubClipboard(writeText);
    const container = showHash(spanish);
    const button = container.querySelector('button')!;
    expect(button.textContent).toBe('Copiar');
    expect(button.getAttribute('aria-label')).toBe('Copiar el SHA-256 completo');
    await act(async () => button.click());
    expect(writeText).toHaveBeenCalledWith(hash);
    expect(container.querySelector('[role="status"]')?.textContent).toBe('Copiado');
  });

  it('shows the whole hash selected when the clipboard refuses', async () => {
    stubClipboard(() => Promise.reject(new Error('denied')));
    const container = showHash();
    await act(async () => container.querySelector('button')!.click());
    expect(container.querySelector('[role="status"]')?.textContent).toContain('Could not copy here');
    const fallback = container.querySelector('input')!;
    expect(fallback.value).toBe(hash);
    expect(document.activeElement).toBe(fallback);
  });
});

describe('a file name', () => {
  it('may wrap after its underscores only, never at a dash, and reads as the name on disk', () => {
    mounted = mount(createElement(FileName, { name: 'supervision-brief_family-r_2026-12-02.pdf' }));
    const name = mounted.container.querySelector('.file-name')!;
    expect(name.textContent).toBe('supervision-brief_family-r_2026-12-02.pdf');
    expect([...name.querySelectorAll('.file-name-piece')].map((piece) => piece.textContent)).toEqual([
      'supervision-brief_',
      'family-r_',
      '2026-12-02.pdf',
    ]);
    expect(name.querySelectorAll('wbr')).toHaveLength(2);
  });
});
