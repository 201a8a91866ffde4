import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('units')
export class UnitOrmEntity {
  @PrimaryColumn('text')
  code!: string;

  @Column('text')
  name!: string;

  /** The type word: Tỉnh, Huyện, Xã, Phường, … */
  @Column('text')
  type!: string;

  @Column('text')
  level!: 'province' | 'district' | 'commune';

  @Column({ name: 'parent_code', type: 'text', nullable: true })
  parentCode!: string | null;

  @Column({ name: 'province_code', type: 'text' })
  provinceCode!: string;

  /** The name folded by foldVietnamese, for search with or without diacritics. */
  @Column({ name: 'search_name', type: 'text' })
  searchName!: string;
}
