/**
 * Every query key of the app, in one place, so that a mutation in one feature
 * invalidates what another feature shows without importing it. Keys nest:
 * invalidating `plans.children()` reaches every plan's children list.
 */
export const queryKeys = {
  auth: {
    /** The signed-in user (GET /api/auth/me); `{ user: null }` when there is no session. */
    session: () => ['auth', 'session'] as const,
  },
  users: {
    all: () => ['users'] as const,
    list: () => ['users', 'list'] as const,
  },
  units: {
    all: () => ['units'] as const,
    provinces: () => ['units', 'provinces'] as const,
    children: (code: string) => ['units', 'children', code] as const,
    search: (q: string) => ['units', 'search', q] as const,
    detail: (code: string) => ['units', 'detail', code] as const,
  },
  notifications: {
    all: () => ['notifications'] as const,
    list: () => ['notifications', 'list'] as const,
    /** What the unit must do now; a plan write changes it. */
    inbox: () => ['notifications', 'inbox'] as const,
  },
  search: {
    all: () => ['search'] as const,
    results: (q: string, limit: number) => ['search', q, limit] as const,
  },
  reports: {
    all: () => ['reports'] as const,
    calendar: (planId: string) => ['reports', 'calendar', planId] as const,
    report: (planId: string, period: string) => ['reports', 'report', planId, period] as const,
    /** Every roll-up: a report saved, submitted or reopened changes those above it. */
    rollups: () => ['reports', 'rollup'] as const,
    rollup: (planId: string, period: string, unit: string | null) =>
      ['reports', 'rollup', planId, period, unit] as const,
  },
  plans: {
    all: () => ['plans'] as const,
    lists: () => ['plans', 'list'] as const,
    list: (params: { unit?: string; year?: number }) => ['plans', 'list', params] as const,
    details: () => ['plans', 'detail'] as const,
    detail: (id: string) => ['plans', 'detail', id] as const,
    children: (id?: string) => (id ? (['plans', 'children', id] as const) : (['plans', 'children'] as const)),
    compliance: (id?: string) =>
      id ? (['plans', 'compliance', id] as const) : (['plans', 'compliance'] as const),
    history: (id: string) => ['plans', 'history', id] as const,
    /** The issued versions of a plan, one of them, and what changed between two. */
    versions: (id: string) => ['plans', 'versions', id] as const,
    version: (id: string, n: number) => ['plans', 'versions', id, 'n', n] as const,
    diff: (id: string, from: number, to: number | 'current') =>
      ['plans', 'versions', id, 'diff', from, to] as const,
    /** Under the plan's compliance: a change to targets reads it again with the rest. */
    impact: (id: string, code: string, proposed: Record<string, string>) =>
      ['plans', 'compliance', id, 'impact', code, proposed] as const,
  },
};
