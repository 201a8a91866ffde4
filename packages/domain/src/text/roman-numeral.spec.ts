import { toRoman } from './roman-numeral';

describe('toRoman', () => {
  it('numbers sections and quarters as plans do', () => {
    expect([1, 2, 3, 4, 7, 9, 12].map(toRoman)).toEqual(['I', 'II', 'III', 'IV', 'VII', 'IX', 'XII']);
    expect(toRoman(0)).toBe('0');
  });
});
