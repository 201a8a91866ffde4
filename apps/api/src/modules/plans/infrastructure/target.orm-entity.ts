import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { Direction, Measure, ReformArea, TargetReporting } from '@cchc/domain';

/** numeric columns come back from pg as strings; read them as numbers. */
export const numericColumn = {
  to: (v: number | null) => v,
  from: (v: string | null) => (v === null ? null : Number(v)),
};

@Entity('targets')
export class TargetOrmEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'plan_id', type: 'uuid' })
  planId!: string;

  @Column({ name: 'province_code', type: 'text' })
  provinceCode!: string;

  @Column('text')
  code!: string;

  @Column('text')
  name!: string;

  @Column('text')
  area!: ReformArea;

  @Column('text')
  measure!: Measure;

  @Column('text')
  direction!: Direction;

  /** On the comparable scale: dates are days since 1970-01-01. */
  @Column({ type: 'numeric', transformer: numericColumn })
  value!: number;

  @Column({ name: 'floor_district', type: 'numeric', nullable: true, transformer: numericColumn })
  floorDistrict!: number | null;

  @Column({ name: 'floor_commune', type: 'numeric', nullable: true, transformer: numericColumn })
  floorCommune!: number | null;

  @Column({ name: 'parent_target_id', type: 'uuid', nullable: true })
  parentTargetId!: string | null;

  /** Reported year to date (`cumulative`) or for each period alone (`period`). */
  @Column('text')
  reporting!: TargetReporting;
}
