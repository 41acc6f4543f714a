/**
 * Markdown that no viewer can turn into live HTML or a dangerous link, for every Markdown file the
 * app writes (supervision briefs, court reports). A `.md` file is opened in whatever the reader
 * has, and many viewers pass raw HTML through, so the text itself must be inert, not only our
 * rendering of it:
 *
 * - every `<` that could open a tag, a comment, a declaration or an autolink is written `&lt;`
 *   (`&lt;script>` reads as the text that was typed), except an autolink to a web page or e-mail;
 *   an entity, not a backslash, because no parser can take it for the start of a tag;
 * - a link or reference definition whose address is not http(s) or mailto loses its link syntax
 *   (`[click]\(javascript:…)`), the address judged as a browser would after decoding entities;
 * - an image becomes a link to it (`![x](…)` → `[x](…)`), so opening the file loads nothing.
 *
 * Fenced code blocks are left as written (nothing in them is interpreted). Formatting, lists,
 * tables and safe links are untouched, and text that is already inert comes back unchanged, so
 * applying this twice changes nothing. The result is checked with `marked`'s lexer; should any
 * HTML or unsafe link remain, the whole text is escaped character by character instead.
 */
import { Lexer, type Token, type Tokens } from 'marked';
import { isSafeLink } from './safeLink';

const fenceOpening = /^ {0,3}(`{3,}|~{3,})(.*)$/;
/** What may follow `<` to start raw HTML (tag, closing tag, comment, declaration, processing instruction) or an autolink. */
const markupStart = /[A-Za-z/!?]/;
const autolink = /^<([A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*)>/;

/** The text made inert (see above). */
export function inertMarkdown(markdown: string): string {
  const escaped = escapeMarkdownMarkup(markdown);
  return isInert(escaped) ? escaped : escapeEverything(markdown);
}

/** The first pass alone (without the lexer's check and the fallback), for tests. */
export function escapeMarkdownMarkup(markdown: string): string {
  return outsideFences(markdown, escapeLive);
}

/** Applies `change` to the text between fenced code blocks; fences and their contents stay. */
function outsideFences(markdown: string, change: (text: string) => string): string {
  const lines = markdown.split('\n');
  const output: string[] = [];
  let pending: string[] = [];
  let fence: { marker: string; length: number } | undefined;
  const flush = () => {
    if (pending.length > 0) output.push(change(pending.join('\n')));
    pending = [];
  };
  for (const line of lines) {
    if (fence !== undefined) {
      output.push(line);
      const closing = /^ {0,3}(`{3,}|~{3,})[ \t]*$/.exec(line)?.[1];
      if (closing !== undefined && closing[0] === fence.marker && closing.length >= fence.length) fence = undefined;
      continue;
    }
    const opening = fenceOpening.exec(line);
    const marker = opening?.[1];
    if (marker !== undefined && !(marker.startsWith('`') && (opening?.[2] ?? '').includes('`'))) {
      flush();
      output.push(line);
      fence = { marker: marker.charAt(0), length: marker.length };
      continue;
    }
    pending.push(line);
  }
  flush();
  return output.join('\n');
}

/** Escapes the markup and unsafe links in text outside code fences. */
function escapeLive(text: string): string {
  let output = '';
  for (let index = 0; index < text.length; index += 1) {
    const character = text.charAt(index);
    const next = text[index + 1] ?? '';
    if (character === '\\') {
      // An escape already there: keep it and the character it escapes; but `\<` becomes `&lt;`,
      // since a backslash can be read as part of a web address before it (`https://x\<img …>`).
      output += next === '<' && markupStart.test(text[index + 2] ?? '') ? '&lt;' : character + next;
      index += 1;
    } else if (character === '`') {
      // A code span on one line shows its text as typed: keep it whole.
      const span = codeSpanAt(text, index);
      output += text.slice(index, span);
      index = span - 1;
    } else if (character === '<' && markupStart.test(next)) {
      const link = autolink.exec(text.slice(index));
      if (link !== null && isSafeLink(link[1] ?? '')) {
        output += link[0];
        index += link[0].length - 1;
      } else output += '&lt;';
    } else if (character === '!' && next === '[') {
      // An image: the `[…](…)` after it is judged as a link.
    } else if (character === ']' && (next === '(' || next === ':')) {
      const destination = destinationAt(text, index + 2);
      if (destination !== undefined && isSafeLink(destination.url)) {
        // A safe address in angle brackets is kept whole; any other is read on like text.
        const end = destination.pointed ? destination.end : index + 2;
        output += text.slice(index, end);
        index = end - 1;
      } else {
        output += `]\\${next}`;
        index += 1;
      }
    } else output += character;
  }
  return output;
}

/**
 * Where the backtick run at `start` ends: after its closing run of the same length on the same
 * line (a code span), or after the run itself when nothing closes it there.
 */
function codeSpanAt(text: string, start: number): number {
  let runEnd = start;
  while (text[runEnd] === '`') runEnd += 1;
  const lineEnd = text.indexOf('\n', runEnd);
  const line = text.slice(runEnd, lineEnd === -1 ? text.length : lineEnd);
  const closing = new RegExp(`(?<!\`)\`{${runEnd - start}}(?!\`)`).exec(line);
  return closing === null ? runEnd : runEnd + closing.index + closing[0].length;
}

/**
 * The address that starts at `start` (after `](` or `]:`): optional spaces and one line break,
 * then `<…>` or a run without spaces. Backslash escapes are undone as a parser would; entities
 * are left for `isSafeLink`, which decodes them.
 */
function destinationAt(text: string, start: number): { url: string; end: number; pointed: boolean } | undefined {
  const match = /^[ \t]*(?:\n[ \t>]*)?(<[^<>\n]*>|[^\s<>]+)/.exec(text.slice(start));
  const raw = match?.[1];
  if (match === null || raw === undefined) return undefined;
  const pointed = raw.startsWith('<');
  const bare = pointed ? raw.slice(1, -1) : raw;
  return { url: bare.replace(/\\([!-/:-@[-`{-~])/g, '$1'), end: start + match[0].length, pointed };
}

/** Every ASCII punctuation character backslash-escaped (`<` as `&lt;`): plain text in any Markdown viewer. */
function escapeEverything(markdown: string): string {
  return markdown.replace(/[!-/:-@[-`{-~]/g, (character) => (character === '<' ? '&lt;' : `\\${character}`));
}

/** Whether `marked` finds no raw HTML, no image and no link or definition outside http(s) and mailto. */
export function isInert(markdown: string): boolean {
  const tokens = Lexer.lex(markdown, { gfm: true, breaks: true });
  const definitions = Object.values(tokens.links ?? {});
  return definitions.every((link) => isSafeLink(link.href)) && tokens.every(isInertToken);
}

function isInertToken(token: Token): boolean {
  switch (token.type) {
    case 'html':
    case 'image':
      return false;
    case 'link':
      if (!isSafeLink((token as Tokens.Link).href)) return false;
  }
  return childTokens(token).every(isInertToken);
}

function childTokens(token: Token): Token[] {
  const children: Token[] = [];
  if ('tokens' in token && Array.isArray(token.tokens)) children.push(...(token.tokens as Token[]));
  if (token.type === 'list') for (const item of (token as Tokens.List).items) children.push(item);
  if (token.type === 'table') {
    const table = token as Tokens.Table;
    for (const cell of [...table.header, ...table.rows.flat()]) children.push(...cell.tokens);
  }
  return children;
}
