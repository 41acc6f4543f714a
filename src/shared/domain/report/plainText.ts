/**
 * A practitioner's Markdown as the plain text a report statement holds: paragraphs stay
 * paragraphs, list items stay on their own lines ("- " or "1. "), and every mark (emphasis,
 * links, headings, inline HTML) goes, keeping only the words.
 */
import { Lexer, type Token, type Tokens } from 'marked';

function inline(tokens: readonly Token[] | undefined): string {
  return (tokens ?? []).map(inlineToken).join('');
}

function inlineToken(token: Token): string {
  switch (token.type) {
    case 'br':
      return '\n';
    case 'html':
      return '';
    case 'image':
      return (token as Tokens.Image).text;
    case 'codespan':
    case 'escape':
      return (token as Tokens.Codespan).text;
    default:
      return 'tokens' in token && token.tokens !== undefined
        ? inline(token.tokens)
        : 'text' in token
          ? String(token.text)
          : '';
  }
}

function block(token: Token): string {
  switch (token.type) {
    case 'space':
    case 'hr':
    case 'html':
      return '';
    case 'code':
      return (token as Tokens.Code).text;
    case 'list':
      return list(token as Tokens.List);
    case 'blockquote':
      return blocks((token as Tokens.Blockquote).tokens);
    case 'table': {
      const table = token as Tokens.Table;
      return [table.header, ...table.rows].map((row) => row.map((cell) => inline(cell.tokens)).join(' – ')).join('\n');
    }
    default:
      return inlineToken(token);
  }
}

function list(token: Tokens.List): string {
  const start = typeof token.start === 'number' ? token.start : 1;
  return token.items
    .map((item, index) => {
      const marker = token.ordered ? `${start + index}. ` : '- ';
      // A nested list or a second paragraph stays under its item.
      return marker + blocks(item.tokens).replace(/\n+/g, '\n  ');
    })
    .join('\n');
}

function blocks(tokens: readonly Token[]): string {
  return tokens
    .map(block)
    .map((text) => text.trim())
    .filter((text) => text !== '')
    .join('\n\n');
}

/** Plain text from Markdown, paragraphs separated by a blank line. */
export function markdownToPlainText(markdown: string): string {
  return blocks(Lexer.lex(markdown)).replace(/[ \t]+\n/g, '\n');
}
