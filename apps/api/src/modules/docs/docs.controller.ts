import { createRequire } from 'node:module';
import path from 'node:path';
import { Controller, Get, Header, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Public } from '../../common/access/access.decorators.js';
import { buildOpenApiDocument, routeList } from './openapi.js';

const escapeHtml = (s: string) => s.replace(/[&<>"]/g, (ch) => `&#${ch.charCodeAt(0)};`);
/** Scalar's standalone bundle, served from node_modules: no CDN. */
const scalarBundle = path.join(
  path.dirname(createRequire(import.meta.url).resolve('@scalar/api-reference')),
  'browser/standalone.js',
);
const scalarConfig = JSON.stringify({
  url: '/api/docs/openapi.json',
  withDefaultFonts: false,
  hideClientButton: false,
});

@Public()
@Controller('docs')
export class DocsController {
  private readonly document = buildOpenApiDocument();

  @Get('openapi.json')
  openApi() {
    return this.document;
  }

  @Get('scalar.js')
  @Header('Cache-Control', 'public, max-age=86400')
  scalar(@Res() res: Response) {
    res.type('text/javascript').sendFile(scalarBundle);
  }

  /** Scalar's interactive reference; the route list below it reads without JavaScript. */
  @Get()
  @Header('Content-Type', 'text/html; charset=utf-8')
  async page(): Promise<string> {
    const rows = routeList(await this.document)
      .map(
        (r) =>
          `<tr><td><code>${r.method.toUpperCase()}</code></td><td><code>${escapeHtml(r.path)}</code></td><td>${escapeHtml(r.summary)}</td></tr>`,
      )
      .join('\n');
    return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>cchc API</title></head>
<body><script id="api-reference" data-url="/api/docs/openapi.json" data-configuration="${escapeHtml(scalarConfig)}"></script>
<script src="/api/docs/scalar.js"></script>
<noscript><h1>cchc API</h1><p>Generated from the route contracts in <code>packages/contracts</code>. Machine-readable: <a href="/api/docs/openapi.json">openapi.json</a>. Errors are <code>application/problem+json</code> with a stable <code>code</code>.</p>
<table><thead><tr><th>Method</th><th>Path</th><th>What it does</th></tr></thead><tbody>${rows}</tbody></table></noscript></body></html>`;
  }
}
