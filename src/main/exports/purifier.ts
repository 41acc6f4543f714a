/**
 * DOMPurify bound to a jsdom window: the purifier the shared Markdown path needs in main. jsdom
 * takes a moment to load, so it is loaded on the first export and kept.
 */
import type { Purifier } from '../../shared/render/markdown';

let purifier: Promise<Purifier> | undefined;

/** DOMPurify on a jsdom window, made once. */
export function loadPurifier(): Promise<Purifier> {
  purifier ??= (async () => {
    const [{ JSDOM }, { default: createDOMPurify }] = await Promise.all([import('jsdom'), import('dompurify')]);
    const window = new JSDOM('').window;
    return createDOMPurify(window as unknown as Parameters<typeof createDOMPurify>[0]) as unknown as Purifier;
  })();
  // A failed load is not kept, so the next export tries again.
  purifier.catch(() => (purifier = undefined));
  return purifier;
}
