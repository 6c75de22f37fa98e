import { Component, type ErrorInfo, type ReactNode } from 'react';

export interface ErrorBoundaryProps {
  /** Shown instead of the children once they have thrown. */
  fallback: ReactNode;
  /** When this value changes (compared with Object.is), a failed boundary tries its children again. */
  resetKey?: unknown;
  /** Names the area in the log line, e.g. a chart title. */
  label?: string;
  children?: ReactNode;
}

interface ErrorBoundaryState {
  error: unknown;
  failed: boolean;
}

/**
 * Keeps a failure inside one area (a chart, a table): the rest of the page keeps working.
 * Logs each failure once with `console.error`; React 19's root `onCaughtError` logs caught errors too,
 * so the app may pass `onCaughtError: () => {}` to `createRoot` to keep one line per failure.
 * Boundaries do not work in server rendering (`renderToStaticMarkup` throws instead).
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { error: undefined, failed: false };
  private logged = false;

  static getDerivedStateFromError(error: unknown): ErrorBoundaryState {
    return { error, failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    if (this.logged) return;
    this.logged = true;
    console.error(`chitieu: ${this.props.label ?? 'a section'} failed to render`, error, info.componentStack);
  }

  override componentDidUpdate(previous: ErrorBoundaryProps): void {
    if (this.state.failed && !Object.is(previous.resetKey, this.props.resetKey)) {
      this.logged = false;
      this.setState({ error: undefined, failed: false });
    }
  }

  override render(): ReactNode {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
