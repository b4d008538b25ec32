import { DataSource } from 'typeorm';
import { AppConfig } from '@inspraak/server-config';
import { DevMailboxService } from './dev-mailbox.service';

describe('DevMailboxService', () => {
  it('does not exist in production (answered as not found, without touching the database)', async () => {
    const ds = { getRepository: jest.fn() } as unknown as DataSource;
    const service = new DevMailboxService(ds, { isProduction: true } as AppConfig);
    await expect(service.page(10, undefined)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((ds.getRepository as jest.Mock).mock.calls).toHaveLength(0);
  });
});
