import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AccessGuard } from './common/access/access.guard.js';
import { ClockModule } from './common/clock.js';
import { ProblemDetailsFilter } from './common/problem-details.filter.js';
import { DATABASE_INFO, type DatabaseInfo } from './database/database-info.js';
import { AccountsModule } from './modules/accounts/accounts.module.js';
import { AuditModule } from './modules/audit/audit.module.js';
import { DocsModule } from './modules/docs/docs.module.js';
import { DocumentsModule } from './modules/documents/documents.module.js';
import type { DocumentsOptions } from './modules/documents/pdf-converter.js';
import { HealthController } from './modules/health/health.controller.js';
import { NotificationsModule } from './modules/notifications/notifications.module.js';
import { PlansModule } from './modules/plans/plans.module.js';
import { ReportsModule } from './modules/reports/reports.module.js';
import { RollupModule } from './modules/rollup/rollup.module.js';
import { SearchModule } from './modules/search/search.module.js';
import { UnitsModule } from './modules/units/units.module.js';

@Module({})
export class AppModule {
  /** The app on an already opened and migrated data source. */
  static forDataSource(
    dataSource: DataSource,
    database: DatabaseInfo,
    documents: DocumentsOptions = {},
  ): DynamicModule {
    return {
      module: AppModule,
      imports: [
        TypeOrmModule.forRootAsync({
          useFactory: () => dataSource.options,
          dataSourceFactory: async () => dataSource,
        }),
        CqrsModule.forRoot(),
        ClockModule,
        UnitsModule,
        PlansModule,
        DocumentsModule.register(documents),
        DocsModule,
        AccountsModule,
        AuditModule,
        SearchModule,
        NotificationsModule,
        ReportsModule,
        RollupModule,
      ],
      controllers: [HealthController],
      providers: [
        { provide: DATABASE_INFO, useValue: database },
        { provide: APP_FILTER, useClass: ProblemDetailsFilter },
        { provide: APP_GUARD, useClass: AccessGuard },
      ],
    };
  }
}
