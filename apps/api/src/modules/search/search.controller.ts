import { Controller } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { searchRoutes as routes } from '@cchc/contracts';
import { Input, Route, type RouteInput } from '../../common/route.js';
import { SearchQuery } from './queries/search/search.query.js';

@Controller()
export class SearchController {
  constructor(private readonly queryBus: QueryBus) {}

  @Route(routes.search)
  search(@Input(routes.search) { query }: RouteInput<typeof routes.search>) {
    return this.queryBus.execute(new SearchQuery(query.q, query.limit));
  }
}
