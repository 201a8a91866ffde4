import fc from 'fast-check';
import type { UnitLevel } from '../units/unit-level';
import {
  type RuleTarget,
  bindingAncestors,
  communeFloorAboveDistrict,
  deriveTarget,
  effectiveFloor,
  floorFor,
  inheritedTargetViolations,
  isWeaker,
  raiseToFloors,
} from './target-rule';
import type { Direction } from './target-value';

const direction = fc.constantFrom<Direction>('at_least', 'at_most');
const value = fc.integer({ min: 0, max: 100 });
const target = (dir: Direction) =>
  fc.record({
    direction: fc.constant(dir),
    value,
    levelFloors: fc.record({
      district: fc.option(value, { nil: undefined }),
      commune: fc.option(value, { nil: undefined }),
    }),
  });

describe('the floor rule', () => {
  it('refuses a lower value for an at-least target and a higher one for an at-most target', () => {
    const parent: RuleTarget = { direction: 'at_least', value: 98 };
    expect(inheritedTargetViolations([parent], 'district', { direction: 'at_least', value: 97 })).toEqual([
      { field: 'value', floor: 98, tried: 97 },
    ]);
    expect(inheritedTargetViolations([parent], 'district', { direction: 'at_least', value: 98 })).toEqual([]);
    const disciplined: RuleTarget = { direction: 'at_most', value: 0 };
    expect(
      inheritedTargetViolations([disciplined], 'commune', { direction: 'at_most', value: 1 }),
    ).toHaveLength(1);
  });

  it('uses the level floor the parent set for the child level', () => {
    const parent: RuleTarget = {
      direction: 'at_least',
      value: 80,
      levelFloors: { district: 70, commune: 60 },
    };
    // 70 meets the district floor, and as a commune floor 70 is above the parent's 60.
    expect(inheritedTargetViolations([parent], 'district', { direction: 'at_least', value: 70 })).toEqual([]);
    expect(
      inheritedTargetViolations([parent], 'district', { direction: 'at_least', value: 69 })[0],
    ).toMatchObject({
      field: 'value',
      floor: 70,
    });
  });

  it("carries a province's commune floor down to communes under a district", () => {
    const province: RuleTarget = { direction: 'at_least', value: 80, levelFloors: { commune: 75 } };
    const district: RuleTarget = { direction: 'at_least', value: 80, levelFloors: { commune: 50 } };
    // The district may not lower the commune floor the province set.
    expect(inheritedTargetViolations([province], 'district', district)).toEqual([
      { field: 'commune', floor: 75, tried: 50 },
    ]);
    // And a commune is bound by the province even if the district is not compliant.
    expect(effectiveFloor('at_least', [district, province], 'commune')).toBe(75);
  });

  it('never finds a violation in what deriveTarget produces, at any level', () => {
    fc.assert(
      fc.property(
        direction.chain((d) => target(d)),
        fc.constantFrom<UnitLevel>('district', 'commune'),
        (parent, level) => {
          expect(inheritedTargetViolations([parent], level, deriveTarget(parent, level))).toEqual([]);
        },
      ),
    );
  });

  it('is transitive: a commune that satisfies its district, which satisfies its province, satisfies the province', () => {
    fc.assert(
      fc.property(
        direction.chain((d) => fc.tuple(target(d), target(d), target(d))),
        ([province, district, commune]) => {
          fc.pre(inheritedTargetViolations([province], 'district', district).length === 0);
          fc.pre(inheritedTargetViolations([district], 'commune', commune).length === 0);
          expect(isWeaker(province.direction, commune.value, floorFor(province, 'commune'))).toBe(false);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('raising to floors makes any child compliant and never makes it weaker', () => {
    fc.assert(
      fc.property(
        direction.chain((d) => fc.tuple(target(d), target(d))),
        fc.constantFrom<UnitLevel>('district', 'commune'),
        ([parent, child], level) => {
          const raised = raiseToFloors(parent, level, child);
          expect(inheritedTargetViolations([parent], level, raised)).toEqual([]);
          expect(isWeaker(parent.direction, raised.value, child.value)).toBe(false);
          if (inheritedTargetViolations([parent], level, child).length === 0) expect(raised).toEqual(child);
        },
      ),
    );
  });

  it('treats a looser parent as no reason to loosen a child', () => {
    fc.assert(
      fc.property(
        direction.chain((d) => fc.tuple(target(d), target(d))),
        ([parent, child]) => {
          fc.pre(inheritedTargetViolations([parent], 'district', child).length === 0);
          const looser = {
            ...parent,
            value: parent.direction === 'at_least' ? parent.value - 10 : parent.value + 10,
          };
          expect(raiseToFloors(looser, 'district', child).value).toBe(child.value);
        },
      ),
    );
  });

  it('lets a grandparent bind only on the scale of the parent: a mismatched link breaks the chain', () => {
    const district = { measure: 'percent', direction: 'at_least', value: 50 } as const;
    const province = { measure: 'count', direction: 'at_most', value: 51 } as const;
    expect(bindingAncestors([district, province])).toEqual([district]);
    const sameScale = { ...province, measure: 'percent', direction: 'at_least' } as const;
    expect(bindingAncestors([district, sameScale])).toEqual([district, sameScale]);
    expect(bindingAncestors([])).toEqual([]);
  });

  describe('a commune floor stricter than the district floor', () => {
    it('is found in a province plan and in a district plan, in either direction', () => {
      const province: RuleTarget = {
        direction: 'at_least',
        value: 80,
        levelFloors: { district: 70, commune: 75 },
      };
      expect(communeFloorAboveDistrict(province, 'province')).toEqual({ district: 70, commune: 75 });
      // The usual shape: communes at a lower floor than districts.
      expect(
        communeFloorAboveDistrict({ ...province, levelFloors: { district: 70, commune: 60 } }, 'province'),
      ).toBeNull();
      // A district's floor for its communes is compared with its own value.
      expect(
        communeFloorAboveDistrict(
          { direction: 'at_least', value: 70, levelFloors: { commune: 72 } },
          'district',
        ),
      ).toEqual({
        district: 70,
        commune: 72,
      });
      // At most: an earlier (lower) commune deadline is the stricter one.
      expect(
        communeFloorAboveDistrict(
          { direction: 'at_most', value: 30, levelFloors: { commune: 20 } },
          'district',
        ),
      ).toEqual({
        district: 30,
        commune: 20,
      });
      expect(communeFloorAboveDistrict({ direction: 'at_least', value: 98 }, 'province')).toBeNull();
      expect(
        communeFloorAboveDistrict(
          { direction: 'at_least', value: 98, levelFloors: { commune: 99 } },
          'commune',
        ),
      ).toBeNull();
    });

    it('is never a violation: whatever the hint says, a target that passes the rule still passes', () => {
      fc.assert(
        fc.property(
          direction.chain((d) => fc.tuple(target(d), target(d))),
          ([parent, child]) => {
            const hint = communeFloorAboveDistrict(child, 'district');
            // The hint is exactly "the commune floor is stricter than the district's value".
            expect(hint !== null).toBe(isWeaker(child.direction, child.value, floorFor(child, 'commune')));
            // And it changes nothing the rule decides.
            fc.pre(inheritedTargetViolations([parent], 'district', child).length === 0);
            if (hint)
              expect(
                isWeaker(
                  child.direction,
                  hint.commune,
                  effectiveFloor(child.direction, [parent], 'commune') ?? hint.commune,
                ),
              ).toBe(false);
          },
        ),
      );
    });

    it('is never found in what deriveTarget hands a district from a plan that has no such floor', () => {
      fc.assert(
        fc.property(
          direction.chain((d) => target(d)),
          (province) => {
            fc.pre(communeFloorAboveDistrict(province, 'province') === null);
            expect(communeFloorAboveDistrict(deriveTarget(province, 'district'), 'district')).toBeNull();
          },
        ),
      );
    });
  });
});
