import { AsyncLocalStorage } from 'node:async_hooks';

/** Who is asking, as the session says. */
export interface Actor {
  id: string;
  username: string;
  role: 'system_admin' | 'province_admin' | 'officer' | 'viewer';
  /** null for system_admin, who belongs to no unit. */
  unitCode: string | null;
  provinceCode: string | null;
}

interface RequestState {
  actor: Actor | null;
}

const storage = new AsyncLocalStorage<RequestState>();

/** Runs `fn` (the rest of a request) with its caller at hand. */
export function runInRequestContext<T>(state: RequestState, fn: () => T): T {
  return storage.run(state, fn);
}

/** The signed-in user of the current request; null outside one (CLI, demo data, bench). */
export function currentActor(): Actor | null {
  return storage.getStore()?.actor ?? null;
}
