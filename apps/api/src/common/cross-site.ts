import type { RequestHandler } from 'express';
import { sessionCookie } from '../modules/accounts/infrastructure/authenticate.middleware.js';
import { writeProblem } from './problem-details.filter.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
/** Sec-Fetch-Site values of a request the page of this origin (or the user) made. */
const SAME_ORIGIN_FETCH = new Set(['same-origin', 'none']);

/**
 * Refuses a write that another site's page makes the browser send with the
 * session cookie (cross-site request forgery), and a sign-in from another
 * site (login CSRF). Scripts authenticate with a Bearer token, which no other
 * site can send, and send no Origin: they pass. The SameSite=Strict cookie
 * already holds in current browsers; this is the server's own check, for
 * older ones and for sibling subdomains (same site, other origin).
 */
export function refuseCrossSiteWrites(allowedOrigins: readonly string[] = []): RequestHandler {
  return (req, res, next) => {
    if (SAFE_METHODS.has(req.method) || req.headers.authorization?.startsWith('Bearer ')) return next();
    if (!sessionCookie(req) && req.path !== '/api/auth/login') return next();
    const origin = req.headers.origin;
    const ownOrigin = `${req.protocol}://${req.headers.host}`;
    const fetchSite = req.headers['sec-fetch-site'];
    const crossSite =
      origin !== undefined
        ? origin !== ownOrigin && !allowedOrigins.includes(origin)
        : typeof fetchSite === 'string' && !SAME_ORIGIN_FETCH.has(fetchSite);
    if (!crossSite) return next();
    writeProblem(
      req,
      res,
      403,
      'CROSS_SITE',
      `A ${req.method} from ${origin ?? `a ${fetchSite} page`} with this site's session is refused: sign in on ${ownOrigin} itself`,
    );
  };
}
