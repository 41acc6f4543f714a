/**
 * Moves focus to the first field marked invalid inside `container`, so the user lands on it; a
 * problem that belongs to a group of fields (a rating's three scales) marks its message with
 * `data-form-problem` and takes focus itself.
 */
export function focusFirstInvalid(container: HTMLElement | null): void {
  container?.querySelector<HTMLElement>('[aria-invalid="true"], [data-form-problem]')?.focus();
}
