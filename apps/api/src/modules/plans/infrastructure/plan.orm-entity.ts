import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { PlanKind, PlanStatus } from '@cchc/domain';

@Entity('plans')
export class PlanOrmEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'province_code', type: 'text' })
  provinceCode!: string;

  @Column({ name: 'unit_code', type: 'text' })
  unitCode!: string;

  @Column('integer')
  year!: number;

  @Column('text')
  kind!: PlanKind;

  @Column('text')
  title!: string;

  @Column({ name: 'document_number', type: 'text', nullable: true })
  documentNumber!: string | null;

  @Column({ name: 'legal_basis', type: 'text', array: true })
  legalBasis!: string[];

  @Column('text')
  objectives!: string;

  /** The document's "Nơi nhận"; empty: the usual list for the plan's level. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  recipients!: string[];

  @Column('text')
  status!: PlanStatus;

  @Column({ name: 'parent_plan_id', type: 'uuid', nullable: true })
  parentPlanId!: string | null;

  @Column('integer')
  version!: number;

  /** YYYY-MM-DD: by when the units below must issue their plans. */
  @Column({ name: 'children_due_on', type: 'date', nullable: true })
  childrenDueOn!: string | null;

  @Column({ name: 'carried_from_plan_id', type: 'uuid', nullable: true })
  carriedFromPlanId!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
