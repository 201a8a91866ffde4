import { Controller, Get, Inject, Res } from '@nestjs/common';
import type { HealthResponse } from '@cchc/contracts';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { Public } from '../../common/access/access.decorators.js';
import { DATABASE_INFO, type DatabaseInfo } from '../../database/database-info.js';

@Public()
@Controller('health')
export class HealthController {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(DATABASE_INFO) private readonly database: DatabaseInfo,
  ) {}

  /** 200 when the database answers, 503 when it does not, so a load balancer can tell. */
  @Get()
  async health(@Res({ passthrough: true }) res: Response): Promise<HealthResponse> {
    const started = performance.now();
    let up = true;
    try {
      await this.dataSource.query('SELECT 1');
    } catch {
      up = false;
    }
    const latencyMs = Math.round((performance.now() - started) * 100) / 100;
    if (!up) res.status(503);
    return { status: up ? 'ok' : 'degraded', database: { up, embedded: this.database.embedded, latencyMs } };
  }
}
