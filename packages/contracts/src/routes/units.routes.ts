import { z } from 'zod';
import {
  unitCodeParam,
  importUnitsResponse,
  listUnitsQuery,
  unitDetailResponse,
  unitResponse,
} from '../units';
import { route } from './route';

export const unitsRoutes = {
  list: route({
    method: 'GET',
    path: '/api/units',
    summary:
      'Provinces; the children of ?parent=CODE; or units whose name matches ?q= (with or without diacritics)',
    query: listUnitsQuery,
    errors: ['VALIDATION_FAILED', 'NOT_FOUND'],
  }).output(z.array(unitResponse)),
  get: route({
    method: 'GET',
    path: '/api/units/{code}',
    summary: 'A unit with its ancestor chain and child count',
    params: unitCodeParam,
    errors: ['VALIDATION_FAILED', 'NOT_FOUND'],
  }).output(unitDetailResponse),
  import: route({
    method: 'POST',
    path: '/api/units/import',
    summary:
      'Upsert units by code from a unit file (text/csv: code,name,type,level,parent_code); a file with any bad line is rejected whole',
    body: z.string(),
    bodyType: 'text/csv',
    errors: ['VALIDATION_FAILED', 'UNITS_IMPORT_INVALID', 'PAYLOAD_TOO_LARGE', 'FORBIDDEN'],
  }).output(importUnitsResponse),
};
