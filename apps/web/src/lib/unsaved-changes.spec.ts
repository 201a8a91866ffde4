import { UnsavedChanges } from './unsaved-changes';

describe('unsaved changes of the forms on a screen', () => {
  it('holds while any form has edits, and tells when that turns', () => {
    const store = new UnsavedChanges();
    const turns: boolean[] = [];
    store.subscribe(() => turns.push(store.any()));
    expect(store.any()).toBe(false);
    store.set('header', true);
    store.set('task-1', true);
    store.set('header', false);
    expect(store.any()).toBe(true);
    store.set('task-1', false);
    expect(store.any()).toBe(false);
    expect(turns).toEqual([true, false]);
  });
});
