"use client";

import { useSyncExternalStore, type ReactNode } from "react";

const noSubscription = () => () => {};

/**
 * Renders its children in the browser only. The studio forms start from a localStorage draft,
 * which the server cannot see: rendering them there would flash defaults and mismatch on hydration.
 */
export function AfterHydration({ children, fallback }: { children: ReactNode; fallback: ReactNode }) {
  const hydrated = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  return hydrated ? children : fallback;
}
