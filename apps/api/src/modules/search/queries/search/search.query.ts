import { Query } from '@nestjs/cqrs';
import type { SearchResult } from '@cchc/contracts';

export class SearchQuery extends Query<SearchResult[]> {
  constructor(
    /** The text, trimmed, at least 2 letters or digits once folded (the contract checked). */
    readonly q: string,
    readonly limit: number,
  ) {
    super();
  }
}
