import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Permission } from '@inspraak/contracts';
import { Authorize, CurrentUser, Origin, Principal, RequestOrigin } from '@inspraak/server-auth';
import { ModerationItem, ModerationService } from '../moderation.service';
import {
  HideContentInput,
  ModerationDecisionInput,
  ModerationQueueArgs,
  ReportContentInput,
  ReportedByMeArgs,
} from './inputs';
import { ModerationItemConnection, ModerationItemObject, ReportReceiptObject } from './objects';

export function toItem(i: ModerationItem): ModerationItemObject {
  return {
    id: i.state.id,
    kind: i.state.contentKind,
    contentId: i.state.contentId,
    trajectoryId: i.summary.trajectoryId,
    title: i.summary.title,
    excerpt: i.summary.excerpt,
    path: i.summary.path,
    hidden: i.summary.hidden,
    autoHidden: i.summary.hidden && i.state.autoHidden,
    hiddenReason: i.summary.hiddenReason,
    openReportCount: i.state.openReportCount,
    lastReportedAt: i.state.lastReportedAt,
    moderatedAt: i.state.moderatedAt,
    reasonCounts: i.reasonCounts,
    reports: i.reports.map((r) => ({
      reason: r.reason as never,
      text: r.text,
      createdAt: r.createdAt,
    })),
  };
}

@Resolver(() => ModerationItemObject)
export class ModerationResolver {
  constructor(private readonly service: ModerationService) {}

  @Mutation(() => ReportReceiptObject, {
    description:
      'Reports content one can see (NOT_FOUND otherwise); one report per person (CONFLICT on a ' +
      'second). At MODERATION_AUTO_HIDE_REPORTS open reports the content is hidden until a ' +
      'moderator decides.',
  })
  @Authorize(Permission.CONTENT_REPORT)
  reportContent(
    @Args('input') input: ReportContentInput,
    @CurrentUser() principal: Principal,
    @Origin() origin: RequestOrigin,
  ): Promise<ReportReceiptObject> {
    return this.service.report(
      { principal, origin },
      input.kind,
      input.contentId,
      input.reason,
      input.text ?? null,
    );
  }

  @Query(() => [ID], {
    description: 'Which of these contents of one kind the caller has reported already.',
  })
  @Authorize(Permission.CONTENT_REPORT)
  reportedByMe(
    @Args() args: ReportedByMeArgs,
    @CurrentUser() principal: Principal,
  ): Promise<string[]> {
    return this.service.reportedByMe(principal, args.kind, [...new Set(args.contentIds)]);
  }

  @Query(() => ModerationItemConnection, {
    description:
      'The moderator queue, newest first: content with open reports (OPEN) or hidden content ' +
      '(HIDDEN), limited to what the caller may see.',
  })
  @Authorize(Permission.CONTENT_MODERATE)
  async moderationQueue(
    @Args() args: ModerationQueueArgs,
    @CurrentUser() principal: Principal,
  ): Promise<ModerationItemConnection> {
    const page = await this.service.queue(
      principal,
      args.status,
      args.kind ?? null,
      args.first,
      args.after,
    );
    return {
      pageInfo: page.pageInfo,
      edges: page.edges.map((e) => ({ cursor: e.cursor, node: toItem(e.node) })),
    };
  }

  @Mutation(() => ModerationItemObject, {
    description: 'Hides content with a reason its author sees; its open reports are upheld.',
  })
  @Authorize(Permission.CONTENT_MODERATE)
  async hideContent(
    @Args('input') input: HideContentInput,
    @CurrentUser() principal: Principal,
    @Origin() origin: RequestOrigin,
  ): Promise<ModerationItemObject> {
    return toItem(
      await this.service.hide(
        { principal, origin },
        input.kind,
        input.contentId,
        input.reason.trim(),
      ),
    );
  }

  @Mutation(() => ModerationItemObject, {
    description:
      'Shows hidden content again (PRECONDITION_FAILED when it is not hidden); open reports are dismissed.',
  })
  @Authorize(Permission.CONTENT_MODERATE)
  async restoreContent(
    @Args('input') input: ModerationDecisionInput,
    @CurrentUser() principal: Principal,
    @Origin() origin: RequestOrigin,
  ): Promise<ModerationItemObject> {
    return toItem(
      await this.service.restore(
        { principal, origin },
        input.kind,
        input.contentId,
        input.note?.trim() || null,
      ),
    );
  }

  @Mutation(() => ModerationItemObject, {
    description:
      'Closes the open reports without hiding (PRECONDITION_FAILED when there are none); ' +
      'content hidden only by the auto-hide rule is shown again.',
  })
  @Authorize(Permission.CONTENT_MODERATE)
  async dismissReports(
    @Args('input') input: ModerationDecisionInput,
    @CurrentUser() principal: Principal,
    @Origin() origin: RequestOrigin,
  ): Promise<ModerationItemObject> {
    return toItem(
      await this.service.dismiss(
        { principal, origin },
        input.kind,
        input.contentId,
        input.note?.trim() || null,
      ),
    );
  }
}
