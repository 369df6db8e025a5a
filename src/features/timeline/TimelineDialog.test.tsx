// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { blankWorkspace } from '../../domain/workspace';
import { TimelineDialog } from './TimelineDialog';

const T0 = '2026-01-01T00:00:00.000Z';

beforeAll(() => {
  // jsdom has <dialog> but not its modal methods.
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.open = true;
  };
  HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
    this.open = false;
  };
});
afterEach(cleanup);

const headline = () => screen.getByRole('status');
const start = () => screen.getByRole('slider', { name: 'load_raw scheduled start' });

describe('the timeline dialog, for a workspace with no times of its own', () => {
  it('draws the orchestration example, says so, and headlines the rows its race loses', () => {
    render(<TimelineDialog workspace={blankWorkspace('w', 'Mine', T0)} onClose={() => {}} />);
    expect(screen.getByText(/These are the example's figures, not your pipeline's/)).toBeTruthy();
    expect(headline().textContent).toBe('7 minutes of rows never loaded');
    expect(start().getAttribute('aria-valuetext')).toBe('03:00 UTC');
  });

  it('ends the race when the schedule is moved to the upstream finish with the keys, and the reset brings it back', () => {
    render(<TimelineDialog workspace={blankWorkspace('w', 'Mine', T0)} onClose={() => {}} />);
    for (let i = 0; i < 6; i++) fireEvent.keyDown(start(), { key: 'ArrowRight' });
    expect(headline().textContent).toBe('1 minute of rows never loaded');
    fireEvent.keyDown(start(), { key: 'ArrowRight' });
    expect(start().getAttribute('aria-valuetext')).toBe('03:07 UTC');
    expect(headline().textContent).toMatch(/^No race/);
    fireEvent.click(screen.getByRole('button', { name: "Back to the example's figures" }));
    expect(headline().textContent).toBe('7 minutes of rows never loaded');
  });

  it('ends the race when the wait is declared', () => {
    render(<TimelineDialog workspace={blankWorkspace('w', 'Mine', T0)} onClose={() => {}} />);
    fireEvent.click(screen.getByRole('checkbox', { name: /load_raw waits for upstream/ }));
    expect(headline().textContent).toMatch(/^No race/);
  });

  it('loses more rows as the upstream finish moves later, up to the end of the chart', () => {
    render(<TimelineDialog workspace={blankWorkspace('w', 'Mine', T0)} onClose={() => {}} />);
    const finish = screen.getByRole('slider', { name: 'upstream finish' });
    fireEvent.keyDown(finish, { key: 'ArrowRight', shiftKey: true });
    expect(headline().textContent).toBe('22 minutes of rows never loaded');
    fireEvent.keyDown(finish, { key: 'End' });
    expect(finish.getAttribute('aria-valuetext')).toBe('04:00 UTC');
    expect(headline().textContent).toBe('1 h of rows never loaded');
  });
});
