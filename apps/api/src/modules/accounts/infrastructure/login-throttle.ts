import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

/** Failures allowed before any delay: a few typing slips per name, an office's worth per address. */
export const FREE_FAILURES = { username: 5, address: 20 };
/** A key's failures are forgotten this long after its last one. */
const WINDOW = '15 minutes';
/** The longest a key is made to wait. */
const MAX_DELAY_S = 15 * 60;

const keys = (username: string, address: string) => [`u:${username.toLowerCase()}`, `a:${address}`];

/**
 * Slows repeated failed sign-ins down instead of locking the name out: after
 * the free failures of a user name or an address, each further failure makes
 * that key wait 1 s, then 2, 4, 8 … up to 15 minutes; a success clears the
 * name's count. The counters live in PostgreSQL (table login_throttle), so
 * every API process shares them.
 */
@Injectable()
export class LoginThrottle {
  constructor(private readonly dataSource: DataSource) {}

  /** Seconds before this name from this address may try again; 0: now. */
  async retryAfter(username: string, address: string): Promise<number> {
    const [row] = await this.dataSource.query(
      `SELECT ceil(extract(epoch FROM max(blocked_until) - now()))::int AS wait
       FROM login_throttle WHERE key = ANY($1::text[]) AND blocked_until > now()`,
      [keys(username, address)],
    );
    return Math.max(0, row?.wait ?? 0);
  }

  /** Counts a failure against the name and the address, in one statement. */
  async fail(username: string, address: string, m: EntityManager = this.dataSource.manager) {
    const failures = `CASE WHEN t.last_failure_at < now() - interval '${WINDOW}' THEN 1 ELSE t.failures + 1 END`;
    const free = `CASE WHEN t.key LIKE 'u:%' THEN $2::int ELSE $3::int END`;
    // One statement: the failure counted for both keys, and other keys nobody failed with for a
    // day (of no use any more) pruned; a day-old key of this failure restarts at 1 instead.
    await m.query(
      `WITH pruned AS (
         DELETE FROM login_throttle
         WHERE last_failure_at < now() - interval '1 day' AND key <> ALL($1::text[]))
       INSERT INTO login_throttle AS t (key, failures, last_failure_at)
       SELECT unnest($1::text[]), 1, now()
       ON CONFLICT (key) DO UPDATE SET
         failures = ${failures},
         last_failure_at = now(),
         blocked_until = CASE WHEN ${failures} > ${free}
           THEN now() + make_interval(secs => least($4::int, power(2, least(${failures} - ${free} - 1, 20))))
           ELSE NULL END`,
      [keys(username, address), FREE_FAILURES.username, FREE_FAILURES.address, MAX_DELAY_S],
    );
  }

  async succeed(username: string) {
    await this.dataSource.query('DELETE FROM login_throttle WHERE key = $1', [keys(username, '')[0]]);
  }
}
