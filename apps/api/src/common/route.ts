import {
  type CallHandler,
  type ExecutionContext,
  HttpCode,
  type NestInterceptor,
  StreamableFile,
  UseInterceptors,
  Delete,
  Get,
  Patch,
  Post,
  Put,
  applyDecorators,
  createParamDecorator,
} from '@nestjs/common';
import type { RouteMeta } from '@cchc/contracts';
import type { AnySchema, ContractProcedure, InferSchemaInput, InferSchemaOutput } from '@orpc/contract';
import type { Request } from 'express';
import { map } from 'rxjs';
import { z } from 'zod';
import { Public } from './access/access.decorators.js';
import { parseWith } from './zod-validation.pipe.js';

// biome-ignore lint/suspicious/noExplicitAny: any error map
type AnyRoute = ContractProcedure<AnySchema, AnySchema, any, RouteMeta>;
/** What the handler receives: the parsed `{ params, query, body }`. */
export type RouteInput<C> =
  C extends ContractProcedure<infer I, AnySchema, infer _E, infer _M> ? InferSchemaOutput<I> : never;
/** What the handler must answer: what the route's response schema accepts. */
export type RouteOutput<C> =
  C extends ContractProcedure<AnySchema, infer O, infer _E, infer _M> ? InferSchemaInput<O> : never;

const METHODS = { GET: Get, POST: Post, PUT: Put, PATCH: Patch, DELETE: Delete } as const;

/** `/api/plans/{id}` → `plans/:id`: Nest adds the global `api` prefix. */
export const nestPath = (path: string) => path.replace(/^\/api\/?/, '').replace(/\{(\w+)\}/g, ':$1');

/**
 * Mounts a handler on the route its contract names (method, path, success
 * status, public or not). The handler's answer must fit the contract's
 * response: a handler that drifts from it does not compile.
 */
export function Route<C extends AnyRoute>(contract: C) {
  const { route, meta } = contract['~orpc'];
  const method = METHODS[route.method as keyof typeof METHODS];
  if (!method || !route.path)
    throw new Error(`Route ${route.method} ${route.path}: method and path are required`);
  const decorators = [method(nestPath(route.path)), HttpCode(route.successStatus ?? 200)];
  if (meta.public) decorators.push(Public());
  if (meta.responseType) decorators.push(UseInterceptors(new FileAnswer(meta.responseType)));
  const apply = applyDecorators(...decorators);
  // biome-ignore lint/suspicious/noExplicitAny: the other parameters are the handler's own
  return <F extends (...args: any[]) => Promise<RouteOutput<C>> | RouteOutput<C>>(
    target: object,
    key: string | symbol,
    descriptor: TypedPropertyDescriptor<F>,
  ) => {
    apply(target, key, descriptor);
  };
}

/**
 * A file route's handler answers the file's bytes (the contract's `fileBytes`):
 * they leave as the file itself with the route's media type, not as JSON.
 * Headers the handler set (Content-Disposition) are kept.
 */
class FileAnswer implements NestInterceptor {
  constructor(private readonly type: string) {}
  intercept(_context: ExecutionContext, next: CallHandler) {
    return next
      .handle()
      .pipe(
        map((value: unknown) =>
          value instanceof Uint8Array
            ? new StreamableFile(value, { type: this.type, length: value.byteLength })
            : value,
        ),
      );
  }
}

/** The part schemas of a route's `{ params, query, body }` input. */
function partsOf(contract: AnyRoute) {
  const shape = (contract['~orpc'].inputSchema as unknown as z.ZodObject).shape;
  return shape as { params: z.ZodType; query: z.ZodType; body: z.ZodType };
}

/**
 * The request's params, query and body, parsed with the route's contract:
 * a failure answers 400 VALIDATION_FAILED naming each field (`query.` for the query).
 */
export const Input = createParamDecorator((contract: AnyRoute, context: ExecutionContext) => {
  const req = context.switchToHttp().getRequest<Request>();
  const parts = partsOf(contract);
  return {
    params: parseWith(parts.params, req.params ?? {}),
    query: parseWith(parts.query, req.query ?? {}, 'query'),
    body: parts.body instanceof z.ZodUndefined ? undefined : parseWith(parts.body, req.body ?? {}),
  };
});
