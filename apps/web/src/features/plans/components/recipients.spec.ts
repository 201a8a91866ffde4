import { defaultRecipientsVi } from '@cchc/domain';
import { defaultRecipients, recipientsOf, unitTypeWord } from './recipients';

const ngaNam = { unitName: 'Ngã Năm', unitFullName: 'Thị xã Ngã Năm', unitLevel: 'district' } as const;

describe('Nơi nhận', () => {
  it('reads the unit’s type word from its full name', () => {
    expect(unitTypeWord(ngaNam)).toBe('Thị xã');
    expect(
      unitTypeWord({ unitName: 'Sóc Trăng', unitFullName: 'Tỉnh Sóc Trăng', unitLevel: 'province' }),
    ).toBe('Tỉnh');
    expect(
      unitTypeWord({
        unitName: 'Tân Long',
        unitFullName: 'Xã Tân Long, Thị xã Ngã Năm',
        unitLevel: 'commune',
      }),
    ).toBe('Xã');
    expect(
      unitTypeWord({ unitName: '1', unitFullName: 'Phường 1, Thị xã Ngã Năm', unitLevel: 'commune' }),
    ).toBe('Phường');
  });

  it('falls back on the level’s usual type word when the name shows none apart', () => {
    expect(
      unitTypeWord({ unitName: 'Phường 1', unitFullName: 'Phường 1, Thị xã Ngã Năm', unitLevel: 'commune' }),
    ).toBe('Xã');
    expect(unitTypeWord({ unitName: 'Mỹ Tú', unitFullName: 'Mỹ Tú', unitLevel: 'district' })).toBe('Huyện');
  });

  it('lists the level’s usual recipients when the plan has set none, its own otherwise', () => {
    expect(defaultRecipients(ngaNam)).toEqual(defaultRecipientsVi('district', 'Thị xã'));
    expect(defaultRecipients(ngaNam)).toContain('TT. Thị ủy;');
    expect(recipientsOf({ ...ngaNam, recipients: [] })).toEqual(defaultRecipients(ngaNam));
    expect(recipientsOf({ ...ngaNam, recipients: ['Sở Nội vụ tỉnh;', 'Lưu: VT.'] })).toEqual([
      'Sở Nội vụ tỉnh;',
      'Lưu: VT.',
    ]);
  });
});
