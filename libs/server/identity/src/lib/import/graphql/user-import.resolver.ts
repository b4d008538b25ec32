import { Args, ArgsType, Field, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';
import { Permission } from '@inspraak/contracts';
import { Authorize, CurrentUser, Origin, Principal, RequestOrigin } from '@inspraak/server-auth';
import { UserImportService } from '../user-import.service';
import { StartUserImportInput, UserImportObject } from './user-import.object';

@ArgsType()
class ImportIdArgs {
  @Field(() => ID)
  @IsUUID('all')
  id!: string;
}

@Resolver(() => UserImportObject)
export class UserImportResolver {
  constructor(private readonly imports: UserImportService) {}

  @Mutation(() => UserImportObject, {
    description:
      'Starts a CSV import of org units or users (dry run by default); poll userImport for progress and the report.',
  })
  @Authorize(Permission.USER_MANAGE)
  async startUserImport(
    @Args('input') input: StartUserImportInput,
    @CurrentUser() principal: Principal,
    @Origin() origin: RequestOrigin,
  ): Promise<UserImportObject> {
    return UserImportObject.from(await this.imports.start({ principal, origin }, input));
  }

  @Query(() => UserImportObject, { description: 'An import with its progress and report.' })
  @Authorize(Permission.USER_MANAGE)
  async userImport(@Args() { id }: ImportIdArgs): Promise<UserImportObject> {
    return UserImportObject.from(await this.imports.get(id));
  }

  @Mutation(() => String, {
    description:
      'All users as CSV (the import format); cells starting with = + - @ are prefixed with an apostrophe. Audited.',
  })
  @Authorize(Permission.USER_MANAGE)
  exportUsersCsv(
    @CurrentUser() principal: Principal,
    @Origin() origin: RequestOrigin,
  ): Promise<string> {
    return this.imports.exportUsers({ principal, origin });
  }
}
