/**
 * Catches an exception while rendering what it wraps, shows `fallback` instead of unmounting
 * the window, and tells main's log which screen failed and where in our code: the error's kind,
 * code and stack frames, never its message, which may quote decrypted text.
 */
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { renderFailureOf } from '../../../shared/diagnostics/renderFailure';
import { getApi } from '../api/client';

interface Props {
  /** Names the failure in the log: a route's screen, or "shell". */
  screen: string;
  fallback: ReactNode;
  children: ReactNode;
}

export class ReportingErrorBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown, _info: ErrorInfo): void {
    // The report is a courtesy to whoever reads the log: its own failure changes nothing here.
    try {
      void getApi()
        .reportRenderFailure(renderFailureOf(error, this.props.screen))
        .catch(() => undefined);
    } catch {
      // No bridge (a page opened outside the app): nothing to tell.
    }
  }

  override render(): ReactNode {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
