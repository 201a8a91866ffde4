import type { TargetResponse } from '@cchc/contracts';
import { weakerFields } from './target-check';

const inherited = (over: Partial<TargetResponse>): TargetResponse => ({
  code: 'TTHC-05',
  name: 'Tỷ lệ số hóa hồ sơ',
  area: 'administrative_procedures',
  measure: 'percent',
  direction: 'at_least',
  value: 70,
  levelFloors: { district: null, commune: 60 },
  parentTargetId: '01a208f7-87a3-7c2b-b24e-5ec70a265632',
  floor: 70,
  reporting: 'cumulative',
  ...over,
});

const parent = inherited({
  value: 80,
  levelFloors: { district: 70, commune: 60 },
  parentTargetId: null,
  floor: null,
});

describe('the no-weaker-than-parent rule before a write is sent', () => {
  it('refuses a value below the floor, and accepts the floor or more', () => {
    const target = inherited({});
    expect(weakerFields(target, 'district', { value: 65 })).toEqual([{ field: 'value', floor: 70 }]);
    expect(weakerFields(target, 'district', { value: 70 })).toEqual([]);
    expect(weakerFields(target, 'district', { value: 75 })).toEqual([]);
  });

  it('reads "at most" and deadlines the other way round', () => {
    const deadline = inherited({
      measure: 'date',
      direction: 'at_most',
      value: '2025-01-31',
      floor: '2025-01-31',
    });
    expect(weakerFields(deadline, 'district', { value: '2025-02-01' })).toEqual([
      { field: 'value', floor: '2025-01-31' },
    ]);
    expect(weakerFields(deadline, 'district', { value: '2025-01-15' })).toEqual([]);
  });

  it('checks the floors set for the levels below against the parent’s', () => {
    const target = inherited({});
    expect(weakerFields(target, 'district', { value: 75, levelFloors: { commune: 55 } }, parent)).toEqual([
      { field: 'commune', floor: 60 },
    ]);
    expect(weakerFields(target, 'district', { value: 75, levelFloors: { commune: 65 } }, parent)).toEqual([]);
  });

  it('leaves a target of the plan’s own alone', () => {
    expect(weakerFields(inherited({ parentTargetId: null, floor: null }), 'district', { value: 1 })).toEqual(
      [],
    );
  });

  it('leaves values the measure does not allow to the contract', () => {
    expect(weakerFields(inherited({}), 'district', { value: 'abc' })).toEqual([]);
  });
});
