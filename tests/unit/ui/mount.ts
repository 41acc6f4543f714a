import { act, type ReactElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';

// React warns unless it knows act() wraps the updates of these tests.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

export interface Mounted {
  container: HTMLElement;
  render: (element: ReactElement) => void;
  unmount: () => void;
}

/** Renders into a fresh element of jsdom's document; `render` again to give new props. */
export function mount(element: ReactElement): Mounted {
  const container = document.createElement('div');
  document.body.append(container);
  const root: Root = createRoot(container);
  const render = (next: ReactElement) => act(() => root.render(next));
  render(element);
  return {
    container,
    render,
    unmount: () => {
      act(() => root.unmount());
      container.remove();
    },
  };
}

/**
 * A key pressed on what has focus now, as the browser sends it; then a macrotask, since Radix
 * moves focus between items in a timeout.
 */
export async function press(key: string, target: Element | null = document.activeElement): Promise<void> {
  if (target === null) throw new Error('nothing has focus');
  await act(async () => {
    target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
}
