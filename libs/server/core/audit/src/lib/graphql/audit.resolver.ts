import { Args, Query, Resolver } from '@nestjs/graphql';
import { Permission } from '@inspraak/contracts';
import { Authorize, CurrentUser, Origin, Principal, RequestOrigin } from '@inspraak/server-auth';
import { AuditService } from '../audit.service';
import {
  AuditEventConnection,
  AuditEventObject,
  AuditEventsArgs,
  AuditExportArgs,
} from './audit-event.object';

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

  @Query(() => String, {
    description:
      'The newest audit events (up to 50,000) as CSV for a spreadsheet; formula-like cells are neutralised. The export is itself audited.',
  })
  @Authorize(Permission.AUDIT_READ)
  exportAuditEventsCsv(
    @Args() args: AuditExportArgs,
    @CurrentUser() principal: Principal,
    @Origin() origin: RequestOrigin,
  ): Promise<string> {
    return this.service.exportCsv(principal.userId, origin.ip, args.action);
  }
}
