import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { ReformArea } from '@cchc/domain';
import { numericColumn } from './target.orm-entity.js';

@Entity('tasks')
export class TaskOrmEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'plan_id', type: 'uuid' })
  planId!: string;

  @Column({ name: 'province_code', type: 'text' })
  provinceCode!: string;

  @Column('text')
  title!: string;

  @Column('text')
  area!: ReformArea;

  @Column({ type: 'text', nullable: true })
  product!: string | null;

  @Column({ name: 'lead_agency', type: 'text', nullable: true })
  leadAgency!: string | null;

  @Column({ name: 'coordinating_agencies', type: 'text', array: true })
  coordinatingAgencies!: string[];

  @Column({ name: 'budget_million_vnd', type: 'numeric', transformer: numericColumn })
  budgetMillionVnd!: number;

  /** 2024-03-15, 2024-Q1 or 2024. */
  @Column({ type: 'text', nullable: true })
  due!: string | null;

  @Column({ name: 'parent_task_id', type: 'uuid', nullable: true })
  parentTaskId!: string | null;

  /** false: the plan's own level only; a cascade does not copy it. */
  @Column({ type: 'boolean', default: true })
  cascade!: boolean;
}
