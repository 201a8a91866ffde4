import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { EventBus } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { PlanChangedEvent } from '../events/plan-changed.event.js';

const BATCH = 200;
const SWEEP_MS = 5000;

/**
 * Publishes the outbox's rows to the in-process event bus, oldest first, and
 * marks them published in the same transaction: a listener (notifications,
 * later) sees each committed change at least once, even across a crash. The
 * audit trail does not depend on it: it is written with the change itself.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Outbox');
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | null = null;
  private again = false;
  private stopped = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly eventBus: EventBus,
  ) {}

  onApplicationBootstrap() {
    this.timer = setInterval(() => this.kick(), SWEEP_MS);
    this.timer.unref();
    this.kick();
  }

  async onApplicationShutdown() {
    this.stopped = true;
    clearInterval(this.timer);
    await this.running;
  }

  /** Publishes what is waiting, soon; calls while a run is under way fold into one more run. */
  kick(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.drain()
      .catch((error) => this.logger.error(`could not publish the outbox: ${String(error)}`))
      .finally(() => {
        this.running = null;
        if (this.again) {
          this.again = false;
          this.kick();
        }
      });
  }

  /** Publishes every waiting row, in batches. */
  async drain(): Promise<void> {
    while (!this.stopped && this.dataSource.isInitialized) {
      const published = await this.dataSource.transaction(async (m) => {
        const rows: { id: string; at: Date; plan_id: string; payload: { action: string } }[] = await m.query(
          `SELECT id, at, plan_id, payload FROM outbox WHERE published_at IS NULL
           ORDER BY id LIMIT ${BATCH} FOR UPDATE SKIP LOCKED`,
        );
        for (const r of rows) {
          this.eventBus.publish(new PlanChangedEvent(r.plan_id, r.payload.action, new Date(r.at)));
        }
        if (rows.length > 0) {
          await m.query('UPDATE outbox SET published_at = now() WHERE id = ANY($1::bigint[])', [
            rows.map((r) => r.id),
          ]);
        }
        return rows.length;
      });
      if (published < BATCH) return;
    }
  }
}
