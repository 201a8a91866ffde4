import { Global, Injectable, Module } from '@nestjs/common';

/**
 * What time it is, for the rules that depend on it (a reporting period's window,
 * a late report, the reports due in the inbox). One provider, so that a test can
 * file inside, before and after a window: `app.get(Clock).set(at)`; `set(null)`
 * goes back to the real time. Nothing else changes it.
 */
@Injectable()
export class Clock {
  private fixed: Date | null = null;

  now(): Date {
    return this.fixed ? new Date(this.fixed.getTime()) : new Date();
  }

  /** Stops the clock at `at` (tests); null: the real time again. */
  set(at: Date | null): void {
    this.fixed = at;
  }
}

@Global()
@Module({ providers: [Clock], exports: [Clock] })
export class ClockModule {}
