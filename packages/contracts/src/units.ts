import { UNIT_LEVELS } from '@cchc/domain';
import { z } from 'zod';
import { limitParam, unitCode } from './common';

export const unitLevel = z.enum(UNIT_LEVELS);

export const unitResponse = z
  .object({
    code: unitCode,
    name: z.string(),
    /** The type word: Tỉnh, Thành phố, Huyện, Thị xã, Quận, Xã, Phường, Thị trấn, Đặc khu. */
    type: z.string(),
    /** Type word and name, as documents write it: "Thị xã Ngã Năm". */
    fullName: z.string(),
    level: unitLevel,
    parentCode: unitCode.nullable(),
    provinceCode: unitCode,
    childCount: z.number().int(),
  })
  .meta({ id: 'Unit' });
export type UnitResponse = z.infer<typeof unitResponse>;

export const unitDetailResponse = unitResponse
  .extend({
    /** From the province down to the unit's parent. */
    ancestors: z.array(unitResponse.omit({ childCount: true })),
  })
  .meta({ id: 'UnitDetail' });
export type UnitDetailResponse = z.infer<typeof unitDetailResponse>;

export const listUnitsQuery = z
  .object({
    /** Children of this unit; without it (and without q), the provinces. */
    parent: unitCode.optional(),
    /** Name search, with or without diacritics. */
    q: z.string().trim().min(1).max(100).optional(),
    limit: limitParam,
  })
  .strict();
export type ListUnitsQuery = z.infer<typeof listUnitsQuery>;

export const unitCodeParam = z.object({ code: unitCode });

export const importUnitsResponse = z
  .object({
    total: z.number().int(),
    created: z.number().int(),
    updated: z.number().int(),
    unchanged: z.number().int(),
  })
  .meta({ id: 'UnitsImportResult' });
export type ImportUnitsResponse = z.infer<typeof importUnitsResponse>;

/** The columns of a unit file (the shared data format, UTF-8, header row). */
export const UNIT_CSV_HEADER = 'code,name,type,level,parent_code';
