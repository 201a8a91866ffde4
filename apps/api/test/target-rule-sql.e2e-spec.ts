import {
  type Direction,
  type RuleTarget,
  type UnitLevel,
  deriveTarget,
  floorFor,
  isWeaker,
  raiseToFloors,
  targetRuleSql as rule,
} from '@cchc/domain';
import fc from 'fast-check';
import { type TestApp, startTestApp } from './support/test-app.js';

/**
 * The cascade and compliance queries use the SQL form of the floor rule; this
 * checks, on the real database, that it decides exactly as the domain functions
 * do for random parents, children and levels.
 */
const value = fc.integer({ min: 0, max: 30 });
const floor = fc.option(value, { nil: null });
const target = (direction: Direction) =>
  fc.record({
    direction: fc.constant(direction),
    value,
    levelFloors: fc.record({ district: floor, commune: floor }),
  });
const pair = fc.constantFrom<Direction>('at_least', 'at_most').chain((d) => fc.tuple(target(d), target(d)));
const cases = fc.array(fc.tuple(pair, fc.constantFrom<UnitLevel>('district', 'commune')), {
  minLength: 50,
  maxLength: 50,
});

const nullable = (v: number | null | undefined) => (v === undefined ? null : v);

describe('the floor rule in SQL agrees with @cchc/domain', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('floors, weakness, derivation and raising, case by case', async () => {
    await fc.assert(
      fc.asyncProperty(cases, async (batch) => {
        const col = (f: (c: (typeof batch)[number]) => unknown) => batch.map(f);
        const rows: Record<string, string | boolean | null>[] = await t.dataSource.query(
          `WITH input AS (
             SELECT * FROM unnest($1::text[], $2::text[], $3::numeric[], $4::numeric[], $5::numeric[],
                                  $6::numeric[], $7::numeric[], $8::numeric[]) WITH ORDINALITY
               AS x (direction, level, p_value, p_district, p_commune, c_value, c_district, c_commune, n)
           ), pt AS (SELECT n, direction, p_value AS value, p_district AS floor_district, p_commune AS floor_commune FROM input),
              t AS (SELECT n, direction, c_value AS value, c_district AS floor_district, c_commune AS floor_commune FROM input)
           SELECT ${rule.floorFor('pt', 'input.level')} AS floor,
                  ${rule.isWeaker('input.direction', 't.value', rule.floorFor('pt', 'input.level'))} AS weaker,
                  ${rule.derivedLevelFloor('pt', 'input.level', 'district')} AS derived_district,
                  ${rule.derivedLevelFloor('pt', 'input.level', 'commune')} AS derived_commune,
                  ${rule.raisedValue('pt', 't', 'input.level')} AS raised_value,
                  ${rule.raisedLevelFloor('pt', 't', 'input.level', 'district')} AS raised_district,
                  ${rule.raisedLevelFloor('pt', 't', 'input.level', 'commune')} AS raised_commune
           FROM input JOIN pt USING (n) JOIN t USING (n) ORDER BY n`,
          [
            col(([[p]]) => p.direction),
            col(([, level]) => level),
            col(([[p]]) => p.value),
            col(([[p]]) => p.levelFloors.district),
            col(([[p]]) => p.levelFloors.commune),
            col(([[, c]]) => c.value),
            col(([[, c]]) => c.levelFloors.district),
            col(([[, c]]) => c.levelFloors.commune),
          ],
        );
        const num = (v: string | boolean | null | undefined) =>
          v === null || v === undefined ? null : Number(v);
        batch.forEach(([[parent, child], level], i) => {
          const row = rows[i] as Record<string, string | boolean | null>;
          const derived = deriveTarget(parent as RuleTarget, level);
          const raised = raiseToFloors(parent as RuleTarget, level, child as RuleTarget);
          expect({
            floor: num(row.floor),
            weaker: row.weaker,
            derivedDistrict: num(row.derived_district),
            derivedCommune: num(row.derived_commune),
            raisedValue: num(row.raised_value),
            raisedDistrict: num(row.raised_district),
            raisedCommune: num(row.raised_commune),
          }).toEqual({
            floor: floorFor(parent as RuleTarget, level),
            weaker: isWeaker(parent.direction, child.value, floorFor(parent as RuleTarget, level)),
            derivedDistrict: nullable(derived.levelFloors?.district),
            derivedCommune: nullable(derived.levelFloors?.commune),
            raisedValue: raised.value,
            raisedDistrict: nullable(raised.levelFloors?.district),
            raisedCommune: nullable(raised.levelFloors?.commune),
          });
        });
      }),
      { numRuns: 40 },
    );
  });
});
