import { Controller, Get, Inject } from '@nestjs/common';
import type { HealthResponse } from '@cchc/contracts';
import { DataSource } from 'typeorm';
import { DATABASE_INFO, type DatabaseInfo } from '../../database/database-info.js';

@Controller('health')
export class HealthController {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(DATABASE_INFO) private readonly database: DatabaseInfo,
  ) {}

  /** Reading straight from the database: health is not a domain query. */
  @Get()
  async health(): Promise<HealthResponse> {
    const started = performance.now();
    let up = true;
    try {
      await this.dataSource.query('SELECT 1');
    } catch {
      up = false;
    }
    const latencyMs = Math.round((performance.now() - started) * 100) / 100;
    return { status: up ? 'ok' : 'degraded', database: { up, embedded: this.database.embedded, latencyMs } };
  }
}
