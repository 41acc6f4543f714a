/**
 * What the window tells main when a screen fails to render: which screen, the error's kind and
 * code, and where in our code it happened. Never the error's message: it may quote decrypted text
 * (a name in a validation message, a reflection in a parse error). Only stack frames, which name
 * our functions and files, cross.
 */
import { z } from 'zod';

/** Frames kept: enough to find the failing component, short enough to read in a log line. */
export const maximumFrames = 12;
const maximumFrameLength = 240;

export const renderFailureSchema = z
  .object({
    screen: z.string().regex(/^[a-z][a-z-]{0,39}$/),
    name: z.string().regex(/^[A-Za-z]{1,60}$/),
    code: z
      .string()
      .regex(/^[a-z][a-z-]{0,59}$/)
      .optional(),
    frames: z.array(z.string().min(1).max(maximumFrameLength)).max(maximumFrames),
  })
  .strict();

export type RenderFailure = z.infer<typeof renderFailureSchema>;

/** A frame as V8 and Chromium write it ("at Name (file:line:column)"), nothing else. */
const frameLine = /^at [\w$.<>[\] ]{0,120}\(?[\w:/.\-@?=&%#~]{1,200}:\d+:\d+\)?$/;

/** The report of `error` thrown while rendering `screen`, without its message. */
export function renderFailureOf(error: unknown, screen: string): RenderFailure {
  const name = error instanceof Error && /^[A-Za-z]{1,60}$/.test(error.name) ? error.name : 'Error';
  const code = (error as { code?: unknown } | null)?.code;
  const stack = error instanceof Error && typeof error.stack === 'string' ? error.stack : '';
  // V8 writes "Name: message" and then the frames. The message may have lines that look like
  // frames, so it is cut off whole; a stack that does not start with it gives no frames at all.
  const header = error instanceof Error ? String(error) : undefined;
  const afterHeader = header !== undefined && stack.startsWith(header) ? stack.slice(header.length) : '';
  const frames = afterHeader
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => frameLine.test(line))
    .slice(0, maximumFrames);
  return {
    screen: /^[a-z][a-z-]{0,39}$/.test(screen) ? screen : 'unknown',
    name,
    ...(typeof code === 'string' && /^[a-z][a-z-]{0,59}$/.test(code) ? { code } : {}),
    frames,
  };
}

/** One line for the main process log. */
export function renderFailureLine(failure: RenderFailure): string {
  const code = failure.code === undefined ? '' : ` (${failure.code})`;
  return `[renderer] the ${failure.screen} screen failed: ${failure.name}${code}; ${failure.frames.join(' | ')}`;
}
