import type { PlanResponse } from '@cchc/contracts';
import { QueryClient } from '@tanstack/react-query';
import { ApiError, isStaleVersion } from '../../../lib/api-client';
import { writeToPlan } from './plan-write';
import { queryKeys } from '../../../lib/query-keys';

const key = queryKeys.plans.detail('p1');
const withPlan = (version: number) => {
  const client = new QueryClient();
  client.setQueryData(key, { id: 'p1', version } as PlanResponse);
  return client;
};
const versionOf = (client: QueryClient) => client.getQueryData<PlanResponse>(key)?.version;

describe('writes based on the version the screen shows', () => {
  it('sends the shown version, and moves it on once the write is done', async () => {
    const client = withPlan(4);
    const sent: (number | undefined)[] = [];
    await writeToPlan(client, 'p1', async (ifMatch) => sent.push(ifMatch));
    await writeToPlan(client, 'p1', async (ifMatch) => sent.push(ifMatch));
    expect(sent).toEqual([4, 5]);
    expect(versionOf(client)).toBe(6);
  });

  it('leaves the version as it was after a refusal, or a write that makes no new version', async () => {
    const client = withPlan(4);
    const stale = new ApiError(409, null, 'x');
    await expect(
      writeToPlan(client, 'p1', async () => {
        throw stale;
      }),
    ).rejects.toBe(stale);
    await writeToPlan(client, 'p1', async () => 'cascaded', { newVersion: false });
    expect(versionOf(client)).toBe(4);
  });

  it('does not move a version the screen read again meanwhile', async () => {
    const client = withPlan(4);
    await writeToPlan(client, 'p1', async () => {
      client.setQueryData(key, { id: 'p1', version: 9 } as PlanResponse);
    });
    expect(versionOf(client)).toBe(9);
  });

  it('sends no version when the plan is not on screen', async () => {
    const sent: (number | undefined)[] = [];
    await writeToPlan(new QueryClient(), 'p1', async (ifMatch) => sent.push(ifMatch));
    expect(sent).toEqual([undefined]);
  });

  it('tells a stale version from other refusals', () => {
    const problem = (code: 'STALE_VERSION' | 'FORBIDDEN') =>
      new ApiError(409, { type: 't', title: 't', status: 409, detail: 'd', code, requestId: 'r' }, 'x');
    expect(isStaleVersion(problem('STALE_VERSION'))).toBe(true);
    expect(isStaleVersion(problem('FORBIDDEN'))).toBe(false);
    expect(isStaleVersion(new Error('x'))).toBe(false);
  });
});
