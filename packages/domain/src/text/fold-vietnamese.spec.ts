import { foldVietnamese } from './fold-vietnamese';

describe('foldVietnamese', () => {
  it('matches names with or without diacritics and either tone placement', () => {
    expect(foldVietnamese('Ngã Năm')).toBe('nga nam');
    expect(foldVietnamese('Đồng  Nai')).toBe('dong nai');
    expect(foldVietnamese('Hoà')).toBe(foldVietnamese('Hòa'));
  });
});
