import { Query } from '@nestjs/cqrs';
import type { InboxItem } from '@cchc/contracts';
import type { Actor } from '../../../../common/request-context.js';

export class GetInboxQuery extends Query<InboxItem[]> {
  constructor(readonly actor: Actor) {
    super();
  }
}
