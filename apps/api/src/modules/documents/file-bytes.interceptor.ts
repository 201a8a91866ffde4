import {
  type CallHandler,
  type ExecutionContext,
  Injectable,
  type NestInterceptor,
  StreamableFile,
} from '@nestjs/common';
import { type Observable, map } from 'rxjs';

/**
 * A file's bytes, as a route whose contract answers `fileBytes` returns them, sent
 * as they are: Nest would otherwise write a Buffer as JSON. The handler sets the
 * Content-Type and Content-Disposition on the response (`@Res({ passthrough: true })`).
 */
@Injectable()
export class FileBytesInterceptor implements NestInterceptor {
  intercept(_context: ExecutionContext, next: CallHandler): Observable<unknown> {
    return next.handle().pipe(map((body) => (body instanceof Uint8Array ? new StreamableFile(body) : body)));
  }
}
