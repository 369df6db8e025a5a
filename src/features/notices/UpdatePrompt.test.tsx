// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RegisterSWOptions } from 'virtual:pwa-register';
import { OfflineNotices } from './OfflineNotices';
import { offlineStore, showOfflineNotice } from './offlineState';
import { registerOffline, UPDATE_CHECK_MS } from './registerOffline';
import { READY_SHOWN_MS, UpdatePrompt } from './UpdatePrompt';

/** Stands in for vite-plugin-pwa's registerSW: the test plays the service worker's events. */
function fakeServiceWorker() {
  const updates: boolean[] = [];
  let options: RegisterSWOptions = {};
  registerOffline((o) => {
    options = o;
    return (reloadPage = true) => {
      updates.push(reloadPage);
      return Promise.resolve();
    };
  });
  return { updates, events: () => options };
}

beforeEach(() => offlineStore.setState({ notice: { kind: 'none' } }));
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('offline notices', () => {
  it('say nothing until the service worker reports', () => {
    fakeServiceWorker();
    render(<OfflineNotices />);
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });

  it('announce "Ready to work offline" after the first install', async () => {
    const sw = fakeServiceWorker();
    render(<OfflineNotices />);
    act(() => sw.events().onOfflineReady?.());
    const status = screen.getByRole('status');
    expect(await within(status).findByText(/Ready to work offline/)).toBeVisible();
    fireEvent.click(within(status).getByRole('button', { name: 'Dismiss' }));
    expect(status).toBeEmptyDOMElement();
  });

  it('let "Ready to work offline" step aside by itself after a few seconds', () => {
    vi.useFakeTimers();
    showOfflineNotice({ kind: 'ready' });
    render(<UpdatePrompt notice={{ kind: 'ready' }} />);
    act(() => {
      vi.advanceTimersByTime(READY_SHOWN_MS - 1);
    });
    expect(offlineStore.getState().notice.kind).toBe('ready');
    act(() => {
      vi.advanceTimersByTime(1);
    });
    expect(offlineStore.getState().notice.kind).toBe('none');
  });

  it('offer the waiting version, and activate it only when asked', async () => {
    const sw = fakeServiceWorker();
    render(<OfflineNotices />);
    act(() => sw.events().onNeedRefresh?.());
    const status = screen.getByRole('status');
    expect(await within(status).findByText('A new version is ready.')).toBeVisible();
    expect(sw.updates).toEqual([]);

    fireEvent.click(within(status).getByRole('button', { name: 'Reload to update' }));
    expect(sw.updates).toHaveLength(1);
    // The page reloads once the new worker has taken over; until then a second click does nothing.
    expect(within(status).getByRole('button', { name: 'Updating…' })).toBeDisabled();
  });

  it('put the update off with Later, and offer it again when the worker reports it again', async () => {
    const sw = fakeServiceWorker();
    render(<OfflineNotices />);
    act(() => sw.events().onNeedRefresh?.());
    const status = screen.getByRole('status');
    fireEvent.click(await within(status).findByRole('button', { name: 'Later' }));
    expect(status).toBeEmptyDOMElement();
    expect(sw.updates).toEqual([]);

    act(() => sw.events().onNeedRefresh?.());
    expect(await within(status).findByRole('button', { name: 'Reload to update' })).toBeEnabled();
  });

  it('keep a waiting version on screen when it replaces the offline-ready flash', () => {
    vi.useFakeTimers();
    showOfflineNotice({ kind: 'ready' });
    const { rerender } = render(<UpdatePrompt notice={{ kind: 'ready' }} />);
    const waiting = { kind: 'update', update: () => Promise.resolve() } as const;
    showOfflineNotice(waiting);
    rerender(<UpdatePrompt notice={waiting} />);
    expect(screen.getByText('A new version is ready.')).toBeVisible();
    expect(screen.queryByText(/Ready to work offline/)).toBeNull();
    // The flash's timer went with it: the offer stays until the user answers.
    act(() => {
      vi.advanceTimersByTime(READY_SHOWN_MS * 2);
    });
    expect(offlineStore.getState().notice).toBe(waiting);
  });
});

describe('update checks in a tab left open', () => {
  it('ask for a new version every hour while online, and not while offline', () => {
    vi.useFakeTimers();
    const sw = fakeServiceWorker();
    const update = vi.fn(() => Promise.resolve());
    sw.events().onRegisteredSW?.('/sw.js', { update } as unknown as ServiceWorkerRegistration);
    const online = vi.spyOn(navigator, 'onLine', 'get');

    online.mockReturnValue(true);
    vi.advanceTimersByTime(UPDATE_CHECK_MS);
    expect(update).toHaveBeenCalledTimes(1);

    online.mockReturnValue(false);
    vi.advanceTimersByTime(UPDATE_CHECK_MS);
    expect(update).toHaveBeenCalledTimes(1);
    online.mockRestore();
  });
});
