import { ruleOf } from './rules';
import { searchQuery } from './search';

describe('search contract', () => {
  it('takes 2 to 100 characters, with or without diacritics, and trims them', () => {
    expect(searchQuery.parse({ q: '  ngã năm ' })).toEqual({ q: 'ngã năm', limit: 20 });
    expect(searchQuery.parse({ q: 'nga nam', limit: '5' })).toEqual({ q: 'nga nam', limit: 5 });
    for (const q of ['', ' x ', 'a'.repeat(101)]) expect(searchQuery.safeParse({ q }).success).toBe(false);
  });

  it('refuses marks alone, which fold to nothing, naming the rule for translation', () => {
    const result = searchQuery.safeParse({ q: '\u0300\u0301\u0303' });
    expect(result.success).toBe(false);
    const issue = result.error?.issues.find((i) => i.code === 'custom');
    expect(issue && ruleOf(issue)).toEqual({ rule: 'searchText', params: { min: 2 } });
  });
});
