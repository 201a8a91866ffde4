import { parseCookie } from 'cookie';
import type { NextFunction, Request, Response } from 'express';
import type { DataSource } from 'typeorm';
import { actorForToken, sessionCookieName } from './sessions.js';
import { runInRequestContext } from '../../../common/request-context.js';

/** The session token of a request: `Authorization: Bearer …` (scripts), else the web app's cookie. */
export function sessionToken(req: Request): string | null {
  const auth = req.headers.authorization;
  if (auth?.startsWith('Bearer ')) return auth.slice(7).trim() || null;
  return sessionCookie(req) ?? null;
}

/** The session cookie, if the request sent one (the browser's; a script sends Bearer). */
export function sessionCookie(req: Request): string | undefined {
  if (!req.headers.cookie) return undefined;
  // `cookie` leaves a value it cannot percent-decode (`%ZZ`) as sent: it then matches no session.
  return parseCookie(req.headers.cookie)[sessionCookieName(req.secure)] || undefined;
}

/**
 * Resolves who is calling once per request, and runs the rest of the request
 * with it at hand (guards, handlers and the events they publish read it).
 */
export function authenticate(dataSource: DataSource) {
  return async (req: Request, _res: Response, next: NextFunction) => {
    try {
      const token = sessionToken(req);
      const actor = token ? await actorForToken(dataSource, token) : null;
      runInRequestContext({ actor }, () => next());
    } catch (error) {
      next(error);
    }
  };
}
