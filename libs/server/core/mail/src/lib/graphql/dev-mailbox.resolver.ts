import { Args, Field, ID, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { Permission } from '@inspraak/contracts';
import { Authorize } from '@inspraak/server-auth';
import { ConnectionArgs, ConnectionType } from '@inspraak/server-graphql';
import { DevMailboxService } from '../dev-mailbox.service';
import { DevMailEntity } from '../mail.entities';

@ObjectType('DevMail', { description: 'A mail caught by the dev mailbox (no SMTP configured).' })
export class DevMailObject {
  @Field(() => ID)
  id!: string;

  @Field()
  to!: string;

  @Field()
  subject!: string;

  @Field()
  text!: string;

  @Field({ description: 'The HTML version; show it sandboxed, never inline.' })
  html!: string;

  @Field()
  createdAt!: Date;

  static from(e: DevMailEntity): DevMailObject {
    return {
      id: e.id,
      to: e.to,
      subject: e.subject,
      text: e.text,
      html: e.html,
      createdAt: e.createdAt,
    };
  }
}

@ObjectType()
export class DevMailConnection extends ConnectionType(DevMailObject, 'DevMail') {}

@Resolver(() => DevMailObject)
export class DevMailboxResolver {
  constructor(private readonly service: DevMailboxService) {}

  @Query(() => DevMailConnection, {
    description:
      'Mail written to the dev mailbox, newest first (development and embedded mode; NOT_FOUND in production).',
  })
  @Authorize(Permission.USER_MANAGE)
  async devMailbox(@Args() args: ConnectionArgs): Promise<DevMailConnection> {
    const page = await this.service.page(args.first, args.after);
    return {
      pageInfo: page.pageInfo,
      edges: page.edges.map((e) => ({ cursor: e.cursor, node: DevMailObject.from(e.node) })),
    };
  }
}
