/**
 * What a file the supervisor sent back says, as paragraphs and comments: a DOCX read with
 * mammoth (the paragraphs of the body and of its tables, in order, and Word's comments with the
 * paragraph each is anchored in), or Markdown and plain text split at blank lines. Nothing here
 * knows what a brief is; `returnedBrief.ts` reads the brief out of it.
 */
import { unzipSync } from 'fflate';
import { AppError } from '../../shared/ipc/result';

export interface ReturnedParagraph {
  text: string;
  /** A heading of the document (a DOCX heading style, a Markdown `#` line). */
  heading: boolean;
}

export interface ReturnedComment {
  text: string;
  author?: string;
  /** The paragraph the comment is anchored in, as the document has it. */
  on?: string;
}

export interface ReturnedDocument {
  paragraphs: ReturnedParagraph[];
  comments: ReturnedComment[];
}

/** A brief's DOCX is well under a megabyte; far beyond this a file is not one, or is a zip bomb. */
const largestFile = 20 * 1024 * 1024;
const largestUnpacked = 100 * 1024 * 1024;

export type ReturnedFormat = 'docx' | 'md' | 'txt';

export function returnedFormatOf(fileName: string): ReturnedFormat | undefined {
  const extension = fileName.toLowerCase().split('.').at(-1);
  if (extension === 'docx') return 'docx';
  if (extension === 'md' || extension === 'markdown') return 'md';
  if (extension === 'txt') return 'txt';
  return undefined;
}

/** `unsupported-format` for a file too big or not a zip, `integrity` for a DOCX mammoth cannot read. */
export async function readReturnedDocument(format: ReturnedFormat, bytes: Uint8Array): Promise<ReturnedDocument> {
  if (bytes.length > largestFile) throw new AppError('unsupported-format', 'The file is far larger than a brief.');
  if (format !== 'docx') return textDocument(new TextDecoder('utf-8').decode(bytes), format === 'md');
  checkZip(bytes);
  return docxDocument(bytes);
}

/** Text pasted in, or read from a Markdown or text file: paragraphs at blank lines. */
export function textDocument(text: string, markdown: boolean): ReturnedDocument {
  const paragraphs = text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .flatMap((block) => {
      // A Markdown heading is one line; what follows it without a blank line is a paragraph of its own.
      const lines = block.split('\n');
      const first = lines[0] ?? '';
      if (markdown && /^#{1,6}\s/.test(first)) {
        const rest = lines.slice(1).join('\n').trim();
        return [
          { text: first.replace(/^#{1,6}\s+/, '').trim(), heading: true },
          ...(rest === '' ? [] : [{ text: rest, heading: false }]),
        ];
      }
      return [{ text: block.trim(), heading: false }];
    })
    .filter((paragraph) => paragraph.text !== '');
  return { paragraphs, comments: [] };
}

function checkZip(bytes: Uint8Array): void {
  let unpacked = 0;
  let hasDocument = false;
  try {
    // Sizes from the zip's directory only: nothing is inflated here.
    unzipSync(bytes, {
      filter: (file) => {
        unpacked += file.originalSize;
        if (file.name === 'word/document.xml') hasDocument = true;
        return false;
      },
    });
  } catch (error) {
    throw new AppError('integrity', 'The file is not a readable DOCX: it may be damaged or cut short.', {
      cause: error,
    });
  }
  if (unpacked > largestUnpacked)
    throw new AppError('unsupported-format', 'The file unpacks to far more than a brief.');
  if (!hasDocument) throw new AppError('unsupported-format', 'The file is a zip archive but not a Word document.');
}

/** The parts of mammoth's document tree read here. */
interface MammothNode {
  type: string;
  children?: MammothNode[];
  value?: string;
  styleId?: string | null;
  styleName?: string | null;
  commentId?: string;
  body?: MammothNode[];
  authorName?: string | null;
}

async function docxDocument(bytes: Uint8Array): Promise<ReturnedDocument> {
  const mammoth = await import('mammoth');
  let tree: (MammothNode & { comments?: MammothNode[] }) | undefined;
  try {
    await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes) },
      {
        // Comments are read only when mapped; the tree is what is kept, the HTML is dropped.
        styleMap: ['comment-reference => sup'],
        transformDocument: (document: MammothNode) => {
          tree = document;
          return document;
        },
      },
    );
  } catch (error) {
    throw new AppError('integrity', 'The DOCX could not be read: it may be damaged.', { cause: error });
  }
  if (tree === undefined) throw new AppError('integrity', 'The DOCX could not be read: it may be damaged.');
  const paragraphs: ReturnedParagraph[] = [];
  const anchors = new Map<string, string>();
  for (const paragraph of paragraphsOf(tree)) {
    const text = textOf(paragraph).trim();
    for (const id of commentIdsOf(paragraph)) anchors.set(id, text);
    if (text !== '') paragraphs.push({ text, heading: isHeading(paragraph) });
  }
  const comments = (tree.comments ?? []).flatMap((comment): ReturnedComment[] => {
    const text = (comment.body ?? [])
      .map((part) => textOf(part).trim())
      .filter(Boolean)
      .join('\n');
    if (text === '') return [];
    const on = comment.commentId === undefined ? undefined : anchors.get(comment.commentId);
    return [
      {
        text,
        ...(comment.authorName ? { author: comment.authorName } : {}),
        ...(on === undefined || on === '' ? {} : { on }),
      },
    ];
  });
  return { paragraphs, comments };
}

function paragraphsOf(node: MammothNode): MammothNode[] {
  if (node.type === 'paragraph') return [node];
  return (node.children ?? []).flatMap(paragraphsOf);
}

function textOf(node: MammothNode): string {
  if (node.type === 'text') return node.value ?? '';
  if (node.type === 'tab') return '\t';
  if (node.type === 'break') return '\n';
  return (node.children ?? []).map(textOf).join('');
}

function commentIdsOf(node: MammothNode): string[] {
  if (node.type === 'commentReference' && node.commentId !== undefined) return [node.commentId];
  return (node.children ?? []).flatMap(commentIdsOf);
}

function isHeading(paragraph: MammothNode): boolean {
  return /^(heading|title)/i.test(paragraph.styleName ?? '') || /^(heading|title)/i.test(paragraph.styleId ?? '');
}
