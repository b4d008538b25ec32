import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { GlobalRole, Locale } from '@inspraak/contracts';
import { ConnectionType } from '@inspraak/server-graphql';
import { OrgUnitEntity } from '../org-units/org-unit.entity';
import { UserEntity } from '../users/user.entity';

registerEnumType(GlobalRole, { name: 'GlobalRole', description: "A user's global role." });
registerEnumType(Locale, { name: 'Locale', description: 'Language of the interface and mail.' });

@ObjectType('OrgUnit', { description: 'A unit of the organisation tree.' })
export class OrgUnitObject {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => ID, { nullable: true, description: 'Null for a top-level unit.' })
  parentId!: string | null;

  @Field(() => Int, { description: '0 for a top-level unit.' })
  depth!: number;

  @Field(() => Date, { nullable: true })
  archivedAt!: Date | null;

  static from(e: OrgUnitEntity): OrgUnitObject {
    return {
      id: e.id,
      name: e.name,
      parentId: e.parentId,
      depth: e.depth,
      archivedAt: e.archivedAt,
    };
  }
}

@ObjectType('User', { description: 'A person with an account.' })
export class UserObject {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field()
  email!: string;

  @Field(() => GlobalRole)
  role!: GlobalRole;

  @Field(() => Locale)
  locale!: Locale;

  @Field(() => ID, { nullable: true })
  primaryOrgUnitId!: string | null;

  @Field(() => Date, { nullable: true, description: 'Set when the account was deactivated.' })
  deactivatedAt!: Date | null;

  @Field(() => Date, {
    nullable: true,
    description:
      'Set when the person was erased: the account keeps no name, e-mail address or sign-in; ' +
      'their contributions stay without an author. Erased accounts are also deactivated.',
  })
  erasedAt!: Date | null;

  @Field()
  createdAt!: Date;

  static from(e: UserEntity): UserObject {
    return {
      id: e.id,
      name: e.name,
      email: e.email,
      role: e.role as GlobalRole,
      locale: e.locale as Locale,
      primaryOrgUnitId: e.primaryOrgUnitId,
      deactivatedAt: e.deactivatedAt,
      erasedAt: e.erasedAt,
      createdAt: e.createdAt,
    };
  }
}

@ObjectType()
export class UserConnection extends ConnectionType(UserObject, 'User') {}
