import { foldVietnamese } from '@cchc/domain';
import { z } from 'zod';
import { unitCode, uuid } from './common';
import { customRule } from './rules';

/** The fewest letters or digits a search takes, once folded ("nga nam" for "Ngã Năm"). */
export const SEARCH_MIN_LENGTH = 2;

export const searchQuery = z
  .object({
    /** Words of a plan's title or number, a unit's name, a target's code or name, a task's title; diacritics optional. */
    q: z
      .string()
      .trim()
      .min(SEARCH_MIN_LENGTH)
      .max(100)
      .refine((q) => foldVietnamese(q).length >= SEARCH_MIN_LENGTH, {
        message: `must hold at least ${SEARCH_MIN_LENGTH} letters or digits`,
        params: customRule('searchText', { min: SEARCH_MIN_LENGTH }),
      }),
    limit: z.coerce.number().int().min(1).max(100).default(20),
  })
  .strict();
export type SearchQuery = z.input<typeof searchQuery>;

export const searchResultKind = z.enum(['plan', 'target', 'task']);
export type SearchResultKind = z.infer<typeof searchResultKind>;

export const searchResult = z
  .object({
    kind: searchResultKind,
    /** The plan found, or the plan the target or task belongs to. */
    planId: uuid,
    planTitle: z.string(),
    year: z.number().int(),
    unitCode,
    /** Type word and name, as documents write it: "Thị xã Ngã Năm". */
    unitName: z.string(),
    /** What matched: the plan's title, the target's name, the task's title. */
    title: z.string(),
    /** The plan's document number or the target's code; null for a task (and a plan without a number). */
    code: z.string().nullable(),
  })
  .meta({ id: 'SearchResult' });
export type SearchResult = z.infer<typeof searchResult>;
