import { ArgsType, Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { AuditResult } from '@inspraak/contracts';
import { ConnectionArgs, ConnectionType } from '@inspraak/server-graphql';
import { AuditEventEntity } from '../audit-event.entity';

registerEnumType(AuditResult, { name: 'AuditResult' });

@ObjectType('AuditEvent', {
  description: 'A security-relevant action: who, what, result, origin, when.',
})
export class AuditEventObject {
  @Field(() => ID)
  id!: string;

  @Field()
  createdAt!: Date;

  @Field(() => ID, {
    nullable: true,
    description: 'The user who acted; null for the system or a failed sign-in.',
  })
  actorId!: string | null;

  @Field({ description: 'For example `auth.sign_in` or `user.role_change`.' })
  action!: string;

  @Field(() => String, { nullable: true })
  objectType!: string | null;

  @Field(() => String, { nullable: true })
  objectId!: string | null;

  @Field(() => AuditResult)
  result!: AuditResult;

  @Field(() => String, { nullable: true })
  originIp!: string | null;

  @Field({ description: 'Further facts as a JSON object (never secrets).' })
  details!: string;

  static from(e: AuditEventEntity): AuditEventObject {
    return {
      id: e.id,
      createdAt: e.createdAt,
      actorId: e.actorId,
      action: e.action,
      objectType: e.objectType,
      objectId: e.objectId,
      result: e.result as AuditResult,
      originIp: e.originIp,
      details: JSON.stringify(e.details ?? {}),
    };
  }
}

@ObjectType()
export class AuditEventConnection extends ConnectionType(AuditEventObject, 'AuditEvent') {}

@ArgsType()
export class AuditEventsArgs extends ConnectionArgs {
  @Field(() => String, { nullable: true, description: 'Only events of this action.' })
  @IsOptional()
  @MaxLength(64)
  action?: string;
}

@ArgsType()
export class AuditExportArgs {
  @Field(() => String, { nullable: true, description: 'Only events of this action.' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  action?: string;
}
