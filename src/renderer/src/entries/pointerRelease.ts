/**
 * Whether a mouse button or a finger is down on the page. Folding a card while the pointer is down
 * would move what it came down on before it comes up, and the click would be lost: such a change
 * waits for the release.
 */
let pressed = false;

if (typeof document !== 'undefined') {
  document.addEventListener('pointerdown', () => (pressed = true), true);
  document.addEventListener('pointerup', () => (pressed = false), true);
  document.addEventListener('pointercancel', () => (pressed = false), true);
}

/** Runs `change` now, or once the pointer is released and its click has been handled. */
export function afterPointerRelease(change: () => void): void {
  if (!pressed) {
    change();
    return;
  }
  const release = () => {
    document.removeEventListener('pointerup', release, true);
    document.removeEventListener('pointercancel', release, true);
    // The click follows the pointerup in the same turn: change the layout after it.
    setTimeout(change, 0);
  };
  document.addEventListener('pointerup', release, true);
  document.addEventListener('pointercancel', release, true);
}
