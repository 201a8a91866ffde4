import { createTargetRequest, createTaskRequest } from './plans';

describe('plan contracts', () => {
  it('names the field whose value does not suit the measure', () => {
    const result = createTargetRequest.safeParse({
      code: 'T1',
      name: 'Tỷ lệ hồ sơ đúng hạn',
      area: 'administrative_procedures',
      measure: 'percent',
      direction: 'at_least',
      value: 120,
      levelFloors: { commune: 'soon' },
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['value', 'levelFloors.commune']);
  });

  it('accepts the three ways a plan writes when a task is due, and nothing else', () => {
    const base = { title: 'Ban hành kế hoạch', area: 'direction' };
    for (const due of ['2024-03-15', '2024-Q1', '2024']) {
      expect(createTaskRequest.safeParse({ ...base, due }).success).toBe(true);
    }
    for (const due of ['Quý I', '2024-13-01', '2024-Q5']) {
      expect(createTaskRequest.safeParse({ ...base, due }).success).toBe(false);
    }
  });
});
