/**
 * Failures that say the database cannot serve now (down, restarting, out of
 * connections, or a statement over its time limit), as opposed to a bug: the
 * client gets 503 and may try again, not a 500.
 */
const UNAVAILABLE_SQLSTATES = new Set([
  '57014', // query_canceled: the statement timeout
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now: starting up or shutting down
  '53300', // too_many_connections
]);
const UNAVAILABLE_NODE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND']);
const UNAVAILABLE_MESSAGES = [
  /Connection terminated/i,
  /timeout exceeded when trying to connect/i,
  /Client has encountered a connection error/i,
  /Cannot use a pool after calling end/i,
];

/** Why the database cannot answer, or null when `error` is something else. */
export function databaseUnavailable(error: unknown): string | null {
  for (let e: unknown = error, depth = 0; e && typeof e === 'object' && depth < 4; depth++) {
    const { code, message } = e as { code?: unknown; message?: unknown };
    if (code === '57014') return 'A database statement took longer than its time limit';
    if (typeof code === 'string' && (UNAVAILABLE_SQLSTATES.has(code) || code.startsWith('08')))
      return 'The database is not accepting connections';
    if (typeof code === 'string' && UNAVAILABLE_NODE_CODES.has(code)) return 'The database cannot be reached';
    if (typeof message === 'string' && UNAVAILABLE_MESSAGES.some((m) => m.test(message)))
      return 'The database connection was lost';
    const inner = e as { driverError?: unknown; cause?: unknown; errors?: unknown[] };
    e = inner.driverError ?? inner.cause ?? inner.errors?.[0];
  }
  return null;
}
