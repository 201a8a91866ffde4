/**
 * Failed sign-ins, counted per user name and per address over a sliding
 * window, in memory (one process; a cluster would keep this in PostgreSQL or
 * Redis). A success clears the user name's count.
 */
export class LoginAttempts {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly limitPerUser = 5,
    private readonly limitPerAddress = 20,
    private readonly windowMs = 15 * 60 * 1000,
  ) {}

  /** Seconds to wait before trying again, or 0 when the attempt may proceed. */
  retryAfter(username: string, address: string, now = Date.now()): number {
    const user = this.recent(`u:${username.toLowerCase()}`, now);
    const addr = this.recent(`a:${address}`, now);
    const blocked = [
      user.length >= this.limitPerUser && user,
      addr.length >= this.limitPerAddress && addr,
    ].filter((list): list is number[] => Array.isArray(list));
    if (blocked.length === 0) return 0;
    const oldest = Math.max(...blocked.map((list) => list[0] as number));
    return Math.max(1, Math.ceil((oldest + this.windowMs - now) / 1000));
  }

  fail(username: string, address: string, now = Date.now()) {
    for (const key of [`u:${username.toLowerCase()}`, `a:${address}`]) {
      this.failures.set(key, [...this.recent(key, now), now]);
    }
  }

  succeed(username: string) {
    this.failures.delete(`u:${username.toLowerCase()}`);
  }

  private recent(key: string, now: number): number[] {
    return (this.failures.get(key) ?? []).filter((t) => t > now - this.windowMs);
  }
}
