import fc from 'fast-check';
import { documentPlaceVi } from './plan-document';

describe('where a unit dates its documents', () => {
  it('is the unit\'s name, or "Phường 1" for a name that is a number', () => {
    expect(documentPlaceVi({ type: 'Thị xã', name: 'Ngã Năm' })).toBe('Ngã Năm');
    expect(documentPlaceVi({ type: 'Phường', name: '1' })).toBe('Phường 1');
    expect(documentPlaceVi({ type: 'Phường', name: '10' })).toBe('Phường 10');
  });

  it('never leaves a bare number, and keeps any name that starts with a letter as it is', () => {
    fc.assert(
      fc.property(fc.constantFrom('Phường', 'Xã', 'Thị trấn'), fc.string({ minLength: 1 }), (type, name) => {
        const place = documentPlaceVi({ type, name });
        expect(/^\d/.test(place)).toBe(false);
        if (/^\p{L}/u.test(name.trim())) expect(place).toBe(name.trim());
      }),
    );
  });
});
