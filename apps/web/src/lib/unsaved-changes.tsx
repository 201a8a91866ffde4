import { type ReactNode, createContext, useCallback, useContext, useEffect, useId, useState } from 'react';

/**
 * Which forms on the screen hold edits not yet saved. Each form says so with
 * `useUnsavedChanges(dirty)`; the app's guard (app/unsaved-changes-guard.tsx) asks
 * before the reader leaves while any does.
 */
export class UnsavedChanges {
  private readonly dirty = new Set<string>();
  private readonly listeners = new Set<() => void>();

  /** Whether any form holds unsaved edits. */
  any = (): boolean => this.dirty.size > 0;

  set(id: string, dirty: boolean): void {
    const before = this.any();
    if (dirty) this.dirty.add(id);
    else this.dirty.delete(id);
    if (before !== this.any()) for (const listener of this.listeners) listener();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
}

const UnsavedChangesContext = createContext<UnsavedChanges | null>(null);

export function UnsavedChangesProvider({ children }: { children: ReactNode }) {
  const [store] = useState(() => new UnsavedChanges());
  return <UnsavedChangesContext.Provider value={store}>{children}</UnsavedChangesContext.Provider>;
}

export function useUnsavedChangesStore(): UnsavedChanges | null {
  return useContext(UnsavedChangesContext);
}

/**
 * Tells the guard whether this form holds unsaved edits. Returns `release`, for a
 * form that moves on by itself after a save (create a plan, then open it): called
 * before it navigates, the guard lets it go without asking.
 */
export function useUnsavedChanges(dirty: boolean): () => void {
  const store = useContext(UnsavedChangesContext);
  const id = useId();
  useEffect(() => {
    store?.set(id, dirty);
    return () => store?.set(id, false);
  }, [store, id, dirty]);
  return useCallback(() => store?.set(id, false), [store, id]);
}
