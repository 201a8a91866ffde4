import fc from 'fast-check';
import { unitFullName, unitTypedName } from './unit-name';

const TYPES = ['Tỉnh', 'Thành phố', 'Huyện', 'Thị xã', 'Quận', 'Xã', 'Phường', 'Thị trấn', 'Đặc khu'];
const type = fc.constantFrom(...TYPES);
const name = fc.stringMatching(
  /^[A-ZĐ][a-zàáảãạâầấẩẫậăằắẳẵặđèéẻẽẹêềếểễệ]{1,8}( [A-ZĐ0-9][a-zàáạđ]{0,6}){0,2}$/,
);

describe('unit names', () => {
  it('writes the type word before the name, as documents do', () => {
    expect(unitTypedName({ type: 'Phường', name: '1' })).toBe('Phường 1');
    expect(unitTypedName({ type: 'Xã', name: 'Tân Long' })).toBe('Xã Tân Long');
    expect(unitFullName({ type: 'Xã', name: 'Tân Long' }, { type: 'Thị xã', name: 'Ngã Năm' })).toBe(
      'Xã Tân Long, Thị xã Ngã Năm',
    );
    expect(unitFullName({ type: 'Thị xã', name: 'Ngã Năm' })).toBe('Thị xã Ngã Năm');
    expect(unitFullName({ type: 'Phường', name: 'Sài Gòn' }, null)).toBe('Phường Sài Gòn');
  });

  it('does not double a type word the name already carries', () => {
    expect(unitTypedName({ type: 'Xã', name: 'Xã Tân Long' })).toBe('Xã Tân Long');
    // "Thị xã" is not "Xã" followed by a name.
    expect(unitTypedName({ type: 'Xã', name: 'Thị Xuân' })).toBe('Xã Thị Xuân');
  });

  it('always holds the name and its type word, and the district after a comma', () => {
    fc.assert(
      fc.property(type, name, fc.option(fc.tuple(type, name), { nil: null }), (ty, n, d) => {
        // A name that starts with its type word is the case above, not this one.
        fc.pre(!`${n} `.startsWith(`${ty} `) && (!d || !`${d[1]} `.startsWith(`${d[0]} `)));
        const district = d && { type: d[0], name: d[1] };
        const full = unitFullName({ type: ty, name: n }, district);
        expect(full.startsWith(`${ty} ${n}`)).toBe(true);
        expect(full).toBe(district ? `${ty} ${n}, ${district.type} ${district.name}` : `${ty} ${n}`);
        // Typing the typed name again changes nothing.
        expect(unitTypedName({ type: ty, name: unitTypedName({ type: ty, name: n }) })).toBe(`${ty} ${n}`);
      }),
    );
  });
});
