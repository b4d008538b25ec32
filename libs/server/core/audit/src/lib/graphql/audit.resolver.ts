import { Args, Query, Resolver } from '@nestjs/graphql';
import { Permission } from '@inspraak/contracts';
import { Authorize } from '@inspraak/server-auth';
import { AuditService } from '../audit.service';
import { AuditEventConnection, AuditEventObject, AuditEventsArgs } from './audit-event.object';

@Resolver(() => AuditEventObject)
export class AuditResolver {
  constructor(private readonly service: AuditService) {}

  @Query(() => AuditEventConnection, { description: 'The audit log, newest first.' })
  @Authorize(Permission.AUDIT_READ)
  async auditEvents(@Args() args: AuditEventsArgs): Promise<AuditEventConnection> {
    const page = await this.service.page(args.first, args.after, args.action);
    return {
      pageInfo: page.pageInfo,
      edges: page.edges.map((e) => ({ cursor: e.cursor, node: AuditEventObject.from(e.node) })),
    };
  }
}
