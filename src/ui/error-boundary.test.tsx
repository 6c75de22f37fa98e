import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ErrorBoundary, type ErrorBoundaryProps } from './error-boundary';

// Error boundaries only catch in a browser-like renderer; renderToStaticMarkup throws instead (checked last).
// So these tests drive the class's lifecycle methods directly; the e2e suite sees a real chart fail alone.

function boundary(props: ErrorBoundaryProps) {
  const instance = new ErrorBoundary(props);
  // Stand-in for React's setState: apply the update at once.
  instance.setState = ((update: object) => {
    instance.state = { ...instance.state, ...update };
  }) as typeof instance.setState;
  return instance;
}

const boom = new Error('boom');

function Throws(): never {
  throw boom;
}
const info = { componentStack: '\n    at Chart' };

describe('ErrorBoundary', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('renders its children until something throws', () => {
    const b = boundary({ fallback: 'failed', children: 'chart' });
    expect(b.render()).toBe('chart');
  });

  it('renders the fallback once getDerivedStateFromError has recorded the error', () => {
    const b = boundary({ fallback: 'failed', children: 'chart' });
    b.state = ErrorBoundary.getDerivedStateFromError(boom);
    expect(b.render()).toBe('failed');
  });

  it('treats a thrown undefined as a failure too', () => {
    expect(ErrorBoundary.getDerivedStateFromError(undefined).failed).toBe(true);
  });

  it('logs a failure once, however often React reports it', () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const b = boundary({ fallback: 'failed', label: 'Biểu đồ A' });
    b.componentDidCatch(boom, info);
    b.componentDidCatch(boom, info);
    expect(log).toHaveBeenCalledTimes(1);
    expect(log.mock.calls[0]?.[0]).toContain('Biểu đồ A');
  });

  it('tries the children again when resetKey changes, and logs the next failure', () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const b = boundary({ fallback: 'failed', children: 'chart', resetKey: 1 });
    b.state = ErrorBoundary.getDerivedStateFromError(boom);
    b.componentDidCatch(boom, info);
    const previous = b.props;
    (b as { props: ErrorBoundaryProps }).props = { ...previous, resetKey: 2 };
    b.componentDidUpdate(previous);
    expect(b.render()).toBe('chart');
    b.componentDidCatch(boom, info);
    expect(log).toHaveBeenCalledTimes(2);
  });

  it('stays failed when it re-renders with the same resetKey', () => {
    const b = boundary({ fallback: 'failed', children: 'chart', resetKey: 1 });
    b.state = ErrorBoundary.getDerivedStateFromError(boom);
    b.componentDidUpdate({ ...b.props });
    expect(b.render()).toBe('failed');
  });

  it('cannot catch during server rendering (a limit of React, not of this class)', () => {
    expect(() =>
      renderToStaticMarkup(
        <ErrorBoundary fallback="failed">
          <Throws />
        </ErrorBoundary>,
      ),
    ).toThrow('boom');
  });
});
