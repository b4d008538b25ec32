import { Injectable } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { JOB_NAMES, JobName, JobPayloads } from '@inspraak/contracts';
import { JobContext } from './job-queue';
import { PROCESS_JOB } from './process-job.decorator';

type AnyHandler = (payload: JobPayloads[JobName], ctx: JobContext) => Promise<void>;

export class JobRegistryError extends Error {}

/** Finds every @ProcessJob method and checks that each job has exactly one handler. */
@Injectable()
export class JobRegistry {
  private handlers?: Map<JobName, AnyHandler>;

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
  ) {}

  /** Throws a JobRegistryError naming every missing, doubled or unknown handler. */
  resolve(): Map<JobName, AnyHandler> {
    if (this.handlers) return this.handlers;
    const found = new Map<JobName, { fn: AnyHandler; where: string }[]>();
    for (const wrapper of this.discovery.getProviders()) {
      const instance = wrapper.instance as Record<string, unknown> | undefined;
      if (!instance || typeof instance !== 'object') continue;
      const proto = Object.getPrototypeOf(instance) as object;
      for (const method of this.scanner.getAllMethodNames(proto)) {
        const fn = instance[method];
        if (typeof fn !== 'function') continue;
        const name = this.reflector.get<JobName | undefined>(PROCESS_JOB, fn as () => void);
        if (!name) continue;
        const list = found.get(name) ?? [];
        list.push({
          fn: (fn as AnyHandler).bind(instance),
          where: `${proto.constructor.name}.${method}`,
        });
        found.set(name, list);
      }
    }
    const problems: string[] = [];
    for (const name of JOB_NAMES) {
      const list = found.get(name) ?? [];
      if (list.length === 0) problems.push(`job "${name}" has no handler`);
      if (list.length > 1)
        problems.push(
          `job "${name}" has ${list.length} handlers: ${list.map((h) => h.where).join(', ')}`,
        );
    }
    for (const name of found.keys()) {
      if (!JOB_NAMES.includes(name)) problems.push(`handler for unknown job "${name}"`);
    }
    if (problems.length)
      throw new JobRegistryError(
        `Job handlers do not match the job registry: ${problems.join('; ')}`,
      );
    this.handlers = new Map([...found].map(([name, list]) => [name, list[0].fn]));
    return this.handlers;
  }
}
