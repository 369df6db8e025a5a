/**
 * Tabs of the same browser pass each other their document updates, so a change made in one shows
 * in the others at once. The messages mirror the sync protocol a server room uses: announce what
 * you have (state vectors), receive what you lack.
 */
export type TabMessage =
  | { readonly kind: 'update'; readonly doc: string; readonly update: Uint8Array }
  | { readonly kind: 'hello'; readonly from: string; readonly have: readonly (readonly [string, Uint8Array])[] }
  | { readonly kind: 'reply'; readonly to: string; readonly doc: string; readonly update: Uint8Array };

export interface TabChannel {
  post(message: TabMessage): void;
  listen(handler: (message: TabMessage) => void): void;
  close(): void;
}

const NAME = 'pipeline-seams';

export function openTabChannel(): TabChannel | null {
  if (typeof BroadcastChannel === 'undefined') return null;
  const channel = new BroadcastChannel(NAME);
  return {
    post: (m) => channel.postMessage(m),
    listen: (handler) => {
      channel.onmessage = (e: MessageEvent<TabMessage>) => handler(e.data);
    },
    close: () => channel.close(),
  };
}

/** Channels between tabs in one page, for tests: what one posts, every other hears. */
export function channelHub(): () => TabChannel & { pending(): Promise<void> } {
  const members = new Set<(m: TabMessage) => void>();
  let inFlight: Promise<void> = Promise.resolve();
  return () => {
    let handler: (m: TabMessage) => void = () => {};
    const receive = (m: TabMessage) => handler(m);
    members.add(receive);
    return {
      post: (m) => {
        // Delivered later, like a real channel, never inside the sender's own call.
        for (const other of members) if (other !== receive) inFlight = inFlight.then(() => other(structuredClone(m)));
      },
      listen: (h) => {
        handler = h;
      },
      close: () => members.delete(receive),
      pending: () => inFlight,
    };
  };
}
