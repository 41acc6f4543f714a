import { useMemo } from 'react';
import { renderMarkdown } from '../../../shared/render/markdown';
import { purifier, trustedHtml } from '../components/safeHtml';

/**
 * Markdown shown as formatted text. This is the one place in the app where HTML enters the page:
 * it comes only from `renderMarkdown`, which escapes raw HTML before `marked` and sanitizes its
 * output with DOMPurify's allow-list (no scripts, handlers, styles, frames or remote images).
 */
export function MarkdownPreview({ markdown, className }: { markdown: string; className?: string }) {
  const html = useMemo(() => trustedHtml(renderMarkdown(markdown, purifier)), [markdown]);
  return (
    <div
      className={className === undefined ? 'markdown' : `markdown ${className}`}
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
