/** Moves focus to the first field marked invalid inside `container`, so the user lands on it. */
export function focusFirstInvalid(container: HTMLElement | null): void {
  container?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
}
