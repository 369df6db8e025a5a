// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RegisterSWOptions } from 'virtual:pwa-register';
import { OfflineNotices } from './OfflineNotices';
import { offlineStore, showOfflineNotice } from './offlineState';
import { registerOffline, UPDATE_CHECK_MS } from './registerOffline';
import { READY_SHOWN_MS, UpdatePrompt } from './UpdatePrompt';

/** A service worker as the page sees one: its state changes, announced by `statechange`. */
class FakeWorker extends EventTarget {
  state: ServiceWorkerState = 'installing';
  become(state: ServiceWorkerState) {
    this.state = state;
    this.dispatchEvent(new Event('statechange'));
  }
}

/**
 * Stands in for the browser's service worker container and vite-plugin-pwa's registerSW: the test
 * plays the events a real worker would cause.
 */
function fakeServiceWorker({ controlled = false } = {}) {
  const container = Object.assign(new EventTarget(), { controller: controlled ? new FakeWorker() : null });
  Object.defineProperty(navigator, 'serviceWorker', { value: container, configurable: true });
  const skipWaiting = vi.fn(() => Promise.resolve());
  const reloads = vi.fn();
  let options: RegisterSWOptions = {};
  registerOffline({
    register: (o) => {
      options = o;
      return skipWaiting;
    },
    reloadPage: reloads,
  });
  const registration = { installing: null as FakeWorker | null, waiting: null as FakeWorker | null, update: vi.fn(() => Promise.resolve()) };
  return {
    skipWaiting,
    reloads,
    registration,
    events: () => options,
    registered: () => options.onRegisteredSW?.('/sw.js', registration as unknown as ServiceWorkerRegistration),
    /** A worker takes control of the page, as after skipWaiting or clients.claim. */
    takeOver: () => container.dispatchEvent(new Event('controllerchange')),
  };
}

beforeEach(() => offlineStore.setState({ notice: { kind: 'none' } }));
afterEach(() => {
  cleanup();
  vi.useRealTimers();
  Reflect.deleteProperty(navigator, 'serviceWorker');
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
    const sw = fakeServiceWorker({ controlled: true });
    render(<OfflineNotices />);
    act(() => sw.events().onNeedRefresh?.());
    const status = screen.getByRole('status');
    expect(await within(status).findByText('A new version is ready.')).toBeVisible();
    expect(sw.skipWaiting).not.toHaveBeenCalled();

    fireEvent.click(within(status).getByRole('button', { name: 'Reload to update' }));
    expect(sw.skipWaiting).toHaveBeenCalledTimes(1);
    // The page reloads once the new worker has taken over; until then a second click does nothing.
    expect(within(status).getByRole('button', { name: 'Updating…' })).toBeDisabled();
    expect(sw.reloads).not.toHaveBeenCalled();
    sw.takeOver();
    expect(sw.reloads).toHaveBeenCalledTimes(1);
  });

  it('put the update off with Later, and offer it again when the worker reports it again', async () => {
    const sw = fakeServiceWorker({ controlled: true });
    render(<OfflineNotices />);
    act(() => sw.events().onNeedRefresh?.());
    const status = screen.getByRole('status');
    fireEvent.click(await within(status).findByRole('button', { name: 'Later' }));
    expect(status).toBeEmptyDOMElement();
    expect(sw.skipWaiting).not.toHaveBeenCalled();

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

describe('the service worker, as the page follows it', () => {
  it('offers a new version the browser found while the page was still opening', () => {
    const sw = fakeServiceWorker({ controlled: true });
    const next = new FakeWorker();
    sw.registration.installing = next;
    sw.registered();
    sw.registration.installing = null;
    sw.registration.waiting = next;
    next.become('installed');
    expect(offlineStore.getState().notice.kind).toBe('update');
  });

  it('does not take the first install for a new version', () => {
    const sw = fakeServiceWorker({ controlled: false });
    const first = new FakeWorker();
    sw.registration.installing = first;
    sw.registered();
    sw.registration.waiting = first;
    first.become('installed');
    expect(offlineStore.getState().notice.kind).toBe('none');
  });

  it('reloads when a new version takes over from another tab, but not when the first worker claims the page', () => {
    const first = fakeServiceWorker({ controlled: false });
    first.takeOver();
    expect(first.reloads).not.toHaveBeenCalled();
    // The same page, later: a newer worker replaces the one that claimed it.
    first.takeOver();
    expect(first.reloads).toHaveBeenCalledTimes(1);
  });

  it('asks for a new version every hour while online, and not while offline', () => {
    vi.useFakeTimers();
    const sw = fakeServiceWorker({ controlled: true });
    sw.registered();
    const online = vi.spyOn(navigator, 'onLine', 'get');

    online.mockReturnValue(true);
    vi.advanceTimersByTime(UPDATE_CHECK_MS);
    expect(sw.registration.update).toHaveBeenCalledTimes(1);

    online.mockReturnValue(false);
    vi.advanceTimersByTime(UPDATE_CHECK_MS);
    expect(sw.registration.update).toHaveBeenCalledTimes(1);
    online.mockRestore();
  });
});
