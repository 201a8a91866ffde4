import { Controller, Inject, Res } from '@nestjs/common';
import { healthRoutes as routes } from '@cchc/contracts';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { Route } from '../../common/route.js';
import { DATABASE_INFO, type DatabaseInfo } from '../../database/database-info.js';

@Controller()
export class HealthController {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(DATABASE_INFO) private readonly database: DatabaseInfo,
  ) {}

  /** 200 when the database answers, 503 (same body) when it does not, so a load balancer can tell. */
  @Route(routes.health)
  async health(@Res({ passthrough: true }) res: Response) {
    const started = performance.now();
    let up = true;
    try {
      await this.dataSource.query('SELECT 1');
    } catch {
      up = false;
    }
    const latencyMs = Math.round((performance.now() - started) * 100) / 100;
    if (!up) res.status(503);
    return {
      status: up ? ('ok' as const) : ('degraded' as const),
      database: { up, embedded: this.database.embedded, latencyMs },
    };
  }
}
