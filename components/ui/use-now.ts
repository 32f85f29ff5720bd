'use client';

import { useSyncExternalStore } from 'react';

// One shared clock for the page, ticking every 30 s while anything listens.
let now = Date.now();
const listeners = new Set<() => void>();
let timer: ReturnType<typeof setInterval> | undefined;

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  // A time shown for the first time may be newer than the last tick: "in 17 sec." for something just done.
  now = Date.now();
  if (!timer) {
    timer = setInterval(() => {
      now = Date.now();
      listeners.forEach((notify) => notify());
    }, 30_000);
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && timer) {
      clearInterval(timer);
      timer = undefined;
    }
  };
}

/**
 * The current time in ms, refreshed every 30 s; null during server rendering and the first
 * client render, when server and browser could not agree on it.
 */
export function useNow(): number | null {
  return useSyncExternalStore(subscribe, () => now, () => null);
}
