import { PersonalDataRegistry, PersonalDataSource } from './personal-data.registry';

const source = (section: string, eraseOrder?: number): PersonalDataSource => ({
  section,
  ...(eraseOrder === undefined ? {} : { eraseOrder }),
  export: () => Promise.resolve([]),
  erase: () => Promise.resolve({}),
});

describe('PersonalDataRegistry', () => {
  it('lists sources by section for the export and by erase order for erasure', () => {
    const registry = new PersonalDataRegistry();
    registry.register(source('inputs'));
    registry.register(source('account', 1000));
    registry.register(source('trajectories', 10));
    registry.register(source('auditLog'));
    expect(registry.all().map((s) => s.section)).toEqual([
      'account',
      'auditLog',
      'inputs',
      'trajectories',
    ]);
    expect(registry.forErasure().map((s) => s.section)).toEqual([
      'trajectories',
      'auditLog',
      'inputs',
      'account',
    ]);
  });

  it('refuses a section registered twice or named outside the export format', () => {
    const registry = new PersonalDataRegistry();
    registry.register(source('inputs'));
    expect(() => registry.register(source('inputs'))).toThrow('registered twice');
    for (const bad of ['', 'Inputs', 'my-inputs', '1inputs', 'x'.repeat(41)]) {
      expect(() => registry.register(source(bad))).toThrow('invalid section');
    }
  });
});
