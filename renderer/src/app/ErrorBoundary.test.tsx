// @vitest-environment jsdom
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBrowserHost } from '../platform/browser-host';
import { renderWithProviders, wrapForRerender } from '../testing/renderWithProviders';
import { ErrorBoundary } from './ErrorBoundary';

afterEach(cleanup);

let shouldThrow = true;
function Fragile() {
  if (shouldThrow) throw new Error('private words the facilitator typed');
  return <p>Screen content</p>;
}

function setup(resetKey = 'groups') {
  return renderWithProviders(
    <ErrorBoundary resetKey={resetKey}>
      <Fragile />
    </ErrorBoundary>,
    { host: createBrowserHost(window, 'test') },
  );
}

describe('ErrorBoundary', () => {
  it('shows a calm message instead of the broken screen, without the error text', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    shouldThrow = true;
    setup();
    expect(screen.getByRole('alert')).toHaveProperty(
      'textContent',
      expect.stringContaining('Nothing you saved has been lost'),
    );
    expect(document.body.textContent).not.toContain('private words');
    // What is logged names the error, never its message.
    const logged = vi.mocked(console.error).mock.calls.flat().map(String).join(' ');
    expect(logged).toContain('Circlekeeper screen error: Error');
    expect(logged).not.toContain('private words');
  });

  it('tries the screen again on request', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    shouldThrow = true;
    setup();
    shouldThrow = false;
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByText('Screen content')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('clears the error when the facilitator moves to another area', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    shouldThrow = true;
    const host = createBrowserHost(window, 'test');
    const view = (resetKey: string) => (
      <ErrorBoundary resetKey={resetKey}>
        <Fragile />
      </ErrorBoundary>
    );
    const { rerender } = renderWithProviders(view('groups'), { host });
    expect(screen.getByRole('alert')).toBeTruthy();
    shouldThrow = false;
    rerender(wrapForRerender(view('run'), host));
    expect(screen.getByText('Screen content')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
