import { Injectable } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { Test } from '@nestjs/testing';
import { JOB_NAMES } from '@inspraak/contracts';
import { JobRegistry, JobRegistryError } from './job-registry';
import { ProcessJob } from './process-job.decorator';

@Injectable()
class AllHandlers {
  @ProcessJob('system.hello') async a() {}
  @ProcessJob('system.heartbeat') async b() {}
  @ProcessJob('system.selftest') async c() {}
  @ProcessJob('identity.user-import') async d() {}
  @ProcessJob('identity.cleanup') async e() {}
  @ProcessJob('mail.send') async f() {}
  @ProcessJob('mail.sweep') async g() {}
  @ProcessJob('storage.cleanup') async h() {}
  @ProcessJob('feedback.bulk-respond') async fb1() {}
  @ProcessJob('feedback.overdue-reminders') async fb2() {}
  @ProcessJob('notifications.fanout') async i() {}
  @ProcessJob('notifications.sweep') async j() {}
  @ProcessJob('notifications.digest') async k() {}
  @ProcessJob('notifications.digest-page') async l() {}
  @ProcessJob('notifications.retention') async m() {}
  @ProcessJob('pulse.tick') async p1() {}
  @ProcessJob('pulse.move') async p2() {}
}

@Injectable()
class DoubleHello {
  @ProcessJob('system.hello') async again() {}
}

@Injectable()
class OnlyHello {
  @ProcessJob('system.hello') async a() {}
}

async function registryWith(...providers: (new () => object)[]) {
  const ref = await Test.createTestingModule({
    imports: [DiscoveryModule],
    providers: [JobRegistry, ...providers],
  }).compile();
  return ref.get(JobRegistry);
}

describe('JobRegistry', () => {
  it('covers the job registry in contracts (test fixture must list every job)', () => {
    expect(JOB_NAMES.sort()).toEqual([
      'feedback.bulk-respond',
      'feedback.overdue-reminders',
      'identity.cleanup',
      'identity.user-import',
      'mail.send',
      'mail.sweep',
      'notifications.digest',
      'notifications.digest-page',
      'notifications.fanout',
      'notifications.retention',
      'notifications.sweep',
      'pulse.move',
      'pulse.tick',
      'storage.cleanup',
      'system.heartbeat',
      'system.hello',
      'system.selftest',
    ]);
  });

  it('accepts exactly one handler per job', async () => {
    const handlers = (await registryWith(AllHandlers)).resolve();
    expect([...handlers.keys()].sort()).toEqual([...JOB_NAMES].sort());
  });

  it('refuses a job without a handler', async () => {
    const registry = await registryWith(OnlyHello);
    expect(() => registry.resolve()).toThrow(JobRegistryError);
    expect(() => registry.resolve()).toThrow(/"system.heartbeat" has no handler/);
  });

  it('refuses a job with two handlers, naming both', async () => {
    const registry = await registryWith(AllHandlers, DoubleHello);
    expect(() => registry.resolve()).toThrow(
      /"system.hello" has 2 handlers: AllHandlers.a, DoubleHello.again/,
    );
  });
});
