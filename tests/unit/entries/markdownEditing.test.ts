import { describe, expect, it } from 'vitest';
import { applyEdit, formatEdit, type MarkdownFormat } from '../../../src/renderer/src/entries/markdownEditing';

/** Applies a format to text where `[` and `]` mark the selection; returns the result marked the same way. */
function format(marked: string, kind: MarkdownFormat): string {
  const start = marked.indexOf('[');
  const end = marked.indexOf(']') - 1;
  const text = marked.replace('[', '').replace(']', '');
  const edit = formatEdit(text, start, end, kind);
  const result = applyEdit(text, edit);
  return `${result.slice(0, edit.selectionStart)}[${result.slice(edit.selectionStart, edit.selectionEnd)}]${result.slice(edit.selectionEnd)}`;
}

describe('bold and italic', () => {
  it('wrap the selection and keep it selected', () => {
    expect(format('She [came] late', 'bold')).toBe('She **[came]** late');
    expect(format('She [came] late', 'italic')).toBe('She *[came]* late');
  });

  it('leave spaces at the edges outside the markers', () => {
    expect(format('She[ came ]late', 'bold')).toBe('She **[came]** late');
  });

  it('unwrap when applied again, whether the markers are selected or around the selection', () => {
    expect(format('She **[came]** late', 'bold')).toBe('She [came] late');
    expect(format('She [**came**] late', 'bold')).toBe('She [came] late');
    expect(format('She *[came]* late', 'italic')).toBe('She [came] late');
  });

  it('tell bold and italic apart', () => {
    expect(format('She **[came]** late', 'italic')).toBe('She ***[came]*** late');
    expect(format('She ***[came]*** late', 'italic')).toBe('She **[came]** late');
    expect(format('She ***[came]*** late', 'bold')).toBe('She *[came]* late');
    expect(format('She *[came]* late', 'bold')).toBe('She ***[came]*** late');
  });

  it('insert an empty pair at the caret, with the caret inside', () => {
    expect(format('Note: []', 'bold')).toBe('Note: **[]**');
  });
});

describe('line formats', () => {
  it('turn the caret line into a heading, and back', () => {
    expect(format('first\nsec[]ond\nthird', 'heading')).toBe('first\n## sec[]ond\nthird');
    expect(format('first\n## sec[]ond\nthird', 'heading')).toBe('first\nsec[]ond\nthird');
  });

  it('make a bulleted list of the selected lines, skipping blank ones', () => {
    expect(format('[one\ntwo\n\nthree]', 'bulleted')).toBe('[- one\n- two\n\n- three]');
    expect(format('[- one\n- two]', 'bulleted')).toBe('[one\ntwo]');
  });

  it('number the lines in order and replace bullets', () => {
    expect(format('[- one\n- two\nthree]', 'numbered')).toBe('[1. one\n2. two\n3. three]');
    expect(format('[1. one\n2. two]', 'numbered')).toBe('[one\ntwo]');
  });

  it('quote lines, and do not take in a line the selection only touches', () => {
    expect(format('[said this\n]next', 'quote')).toBe('[> said this]\nnext');
    expect(format('[> said this]', 'quote')).toBe('[said this]');
  });

  it('start a list on an empty line', () => {
    expect(format('Notes\n[]', 'bulleted')).toBe('Notes\n- []');
  });
});
