import { z } from 'zod';
import { searchQuery, searchResult } from '../search';
import { route } from './route';

export const searchRoutes = {
  search: route({
    method: 'GET',
    path: '/api/search',
    summary:
      'Plans, targets and tasks whose text contains ?q= (with or without diacritics), among the plans the caller may see: newest year first, the caller’s own unit first',
    query: searchQuery,
    errors: ['VALIDATION_FAILED'],
  }).output(z.array(searchResult)),
};
