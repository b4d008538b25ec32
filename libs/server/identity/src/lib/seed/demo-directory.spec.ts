import { isEmail } from 'class-validator';
import { DEMO_PEOPLE, demoPeople } from './demo-directory';

describe('demo directory', () => {
  it('has ~300 deterministic colleagues with unique, valid e-mail addresses', () => {
    const units = ['u1', 'u2', 'u3'];
    const people = demoPeople(units);
    expect(people).toHaveLength(DEMO_PEOPLE);
    expect(new Set(people.map((p) => p.email)).size).toBe(DEMO_PEOPLE);
    expect(people.every((p) => isEmail(p.email))).toBe(true);
    expect(demoPeople(units)).toEqual(people);
    expect(new Set(people.map((p) => p.unitId))).toEqual(new Set(units));
  });
});
