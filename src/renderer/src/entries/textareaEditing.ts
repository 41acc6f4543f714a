/** Applying a toolbar edit to a textarea the way typing would, so the browser's undo keeps it. */
import { applyEdit, type TextEdit } from './markdownEditing';

/**
 * Replaces the edit's range with the browser's insert command (undoable, and it fires `input`, so
 * React sees the new value). Where the command is unavailable, `fallback` gets the new text.
 */
export function applyToTextarea(textarea: HTMLTextAreaElement, edit: TextEdit, fallback: (text: string) => void): void {
  textarea.focus();
  textarea.setSelectionRange(edit.start, edit.end);
  let inserted: boolean;
  if (edit.insert !== '') inserted = document.execCommand('insertText', false, edit.insert);
  else inserted = edit.start === edit.end || document.execCommand('delete');
  if (!inserted) fallback(applyEdit(textarea.value, edit));
  const select = () => textarea.setSelectionRange(edit.selectionStart, edit.selectionEnd);
  select();
  // A fallback value arrives with React's next render, which moves the caret to the end.
  if (!inserted) requestAnimationFrame(select);
}
