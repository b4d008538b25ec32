import { Args, Field, Int, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { Permission } from '@inspraak/contracts';
import { Authorize, CurrentUser, Origin, Principal, RequestOrigin } from '@inspraak/server-auth';
import { PersonalDataDocument, PersonalDataService } from '../personal-data/personal-data.service';
import { UserObject } from './identity.objects';
import { EraseUserInput, IdArgs } from './inputs/identity.inputs';

@ObjectType('PersonalDataExport', {
  description:
    'Everything Inspraak holds about a person, as one JSON document to download (C11). Its ' +
    '`format` names the shape; sections are keyed by module (account, ideas, comments, …).',
})
export class PersonalDataExportObject {
  @Field({
    description:
      'A file name for the download, e.g. `inspraak-gegevens-2026-11-29.json` (an admin’s export adds the start of the account id).',
  })
  fileName!: string;

  @Field({ description: 'The document (JSON, UTF-8).' })
  json!: string;

  @Field()
  generatedAt!: Date;
}

@ObjectType('ErasureCount', { description: 'What an erasure removed or unlinked, by kind.' })
export class ErasureCountObject {
  @Field({ description: 'The module, e.g. `inputs`.' }) section!: string;
  @Field({ description: 'What, e.g. `follows` or `unlinkedInputs`.' }) kind!: string;
  @Field(() => Int) count!: number;
}

@ObjectType('EraseUserPayload')
export class EraseUserPayload {
  @Field(() => UserObject, { description: 'The erased account (no name or address any more).' })
  user!: UserObject;

  @Field(() => [ErasureCountObject])
  counts!: ErasureCountObject[];
}

@Resolver()
export class PersonalDataResolver {
  constructor(private readonly service: PersonalDataService) {}

  @Query(() => PersonalDataExportObject, {
    description:
      'Your own personal data, including what only you can find (your anonymous input, your ' +
      'pulse participation). Audited.',
  })
  @Authorize(Permission.PROFILE_EDIT)
  async myPersonalData(
    @CurrentUser() principal: Principal,
    @Origin() origin: RequestOrigin,
  ): Promise<PersonalDataExportObject> {
    return this.document(await this.service.export({ principal, origin }, principal.userId));
  }

  @Query(() => PersonalDataExportObject, {
    description:
      "A person's data for an access request; admins only. Leaves out what only the person " +
      'may know (their anonymous input and pulse participation). Audited.',
  })
  @Authorize(Permission.USER_MANAGE)
  async personalData(
    @Args() args: IdArgs,
    @CurrentUser() principal: Principal,
    @Origin() origin: RequestOrigin,
  ): Promise<PersonalDataExportObject> {
    return this.document(await this.service.export({ principal, origin }, args.id));
  }

  @Mutation(() => EraseUserPayload, {
    description:
      'Erases a person; admins only, irreversible. Their ideas, comments and support stay ' +
      'without an author; notifications, follows, team roles, sessions and preferences go; the ' +
      'account keeps no name, address or sign-in. Audited with counts only.',
  })
  @Authorize(Permission.USER_MANAGE)
  async eraseUser(
    @Args('input') input: EraseUserInput,
    @CurrentUser() principal: Principal,
    @Origin() origin: RequestOrigin,
  ): Promise<EraseUserPayload> {
    const result = await this.service.erase({ principal, origin }, input.userId, {
      confirmEmail: input.confirmEmail,
      newOwnerId: input.newOwnerId ?? null,
    });
    return { user: UserObject.from(result.user), counts: result.counts };
  }

  /** Your own file is `inspraak-gegevens-<date>.json`; an admin's names the account too. */
  private document(doc: PersonalDataDocument): PersonalDataExportObject {
    const who = doc.requestedBy === 'self' ? '' : `${doc.userId.slice(0, 8)}-`;
    return {
      fileName: `inspraak-gegevens-${who}${doc.generatedAt.slice(0, 10)}.json`,
      json: JSON.stringify(doc, null, 2),
      generatedAt: new Date(doc.generatedAt),
    };
  }
}
