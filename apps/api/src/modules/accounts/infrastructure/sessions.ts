import crypto from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../../../common/request-context.js';

/** Sessions are short-lived: a working morning or afternoon, then sign in again. */
export const SESSION_TTL_MS = 4 * 60 * 60 * 1000;
export const SESSION_COOKIE = 'cchc_session';
/**
 * Over https the cookie carries the `__Host-` prefix: the browser then only
 * accepts it Secure, from this very host, for path /, so a neighbouring
 * subdomain cannot plant or shadow a session.
 */
export const SECURE_SESSION_COOKIE = `__Host-${SESSION_COOKIE}`;

/** The session cookie's name for a request served over https (`secure`) or not. */
export const sessionCookieName = (secure: boolean) => (secure ? SECURE_SESSION_COOKIE : SESSION_COOKIE);

/** Only the hash of a token is stored: a database dump holds no usable session. */
export const hashToken = (token: string) => crypto.createHash('sha256').update(token).digest('hex');

export async function openSession(
  m: EntityManager,
  userId: string,
): Promise<{ token: string; expiresAt: Date }> {
  const token = crypto.randomBytes(32).toString('base64url');
  const expiresAt = new Date(Date.now() + SESSION_TTL_MS);
  await m.query('INSERT INTO sessions (token_hash, user_id, expires_at) VALUES ($1, $2, $3)', [
    hashToken(token),
    userId,
    expiresAt,
  ]);
  return { token, expiresAt };
}

/**
 * The user behind a token, checked on every request: a session that expired,
 * was signed out, or whose user is locked or deleted stops working at once.
 */
export async function actorForToken(ds: DataSource, token: string): Promise<Actor | null> {
  const [row] = await ds.query(
    `SELECT u.id, u.username, u.role, u.unit_code, u.province_code
     FROM sessions s JOIN users u ON u.id = s.user_id
     WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > now()
       AND NOT u.locked AND u.deleted_at IS NULL`,
    [hashToken(token)],
  );
  if (!row) return null;
  return {
    id: row.id,
    username: row.username,
    role: row.role,
    unitCode: row.unit_code,
    provinceCode: row.province_code,
  };
}

export async function revokeSession(ds: DataSource | EntityManager, token: string): Promise<void> {
  await ds.query('UPDATE sessions SET revoked_at = now() WHERE token_hash = $1 AND revoked_at IS NULL', [
    hashToken(token),
  ]);
}
