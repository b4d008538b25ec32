import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsBoolean,
  IsEmail,
  IsEnum,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  MinLength,
} from 'class-validator';
import { GlobalRole, Locale } from '@inspraak/contracts';
import { ConnectionArgs } from '@inspraak/server-graphql';

export { IdArgs } from '@inspraak/server-graphql';

@ArgsType()
export class OrgUnitsArgs {
  @Field({ defaultValue: false, description: 'Include archived units.' })
  @IsBoolean()
  includeArchived: boolean = false;
}

@ArgsType()
export class UsersArgs extends ConnectionArgs {
  @Field(() => String, { nullable: true, description: 'Part of a name or e-mail address.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  search?: string;

  @Field({
    defaultValue: false,
    description: 'Only active accounts (not deactivated, not erased), e.g. to pick an owner.',
  })
  @IsBoolean()
  activeOnly: boolean = false;
}

@InputType()
export class SignInInput {
  @Field()
  @IsString()
  @MinLength(3)
  @MaxLength(320)
  email!: string;

  @Field()
  @IsString()
  @MinLength(1)
  @MaxLength(256)
  password!: string;
}

@InputType()
export class CreateOrgUnitInput {
  @Field()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name!: string;

  @Field(() => ID, { nullable: true, description: 'Omit for a top-level unit.' })
  @IsOptional()
  @IsUUID('all')
  parentId?: string | null;
}

@InputType()
export class RenameOrgUnitInput {
  @Field(() => ID)
  @IsUUID('all')
  id!: string;

  @Field()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name!: string;
}

@InputType()
export class MoveOrgUnitInput {
  @Field(() => ID)
  @IsUUID('all')
  id!: string;

  @Field(() => ID, { nullable: true, description: 'The new parent; null moves it to the top.' })
  @IsOptional()
  @IsUUID('all')
  parentId?: string | null;
}

@InputType()
export class CreateUserInput {
  @Field()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name!: string;

  @Field()
  @IsEmail()
  @MaxLength(320)
  email!: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all')
  primaryOrgUnitId?: string | null;

  @Field(() => Locale, { defaultValue: Locale.NL })
  @IsEnum(Locale)
  locale: Locale = Locale.NL;

  @Field(() => GlobalRole, { defaultValue: GlobalRole.EMPLOYEE })
  @IsEnum(GlobalRole)
  role: GlobalRole = GlobalRole.EMPLOYEE;

  @Field(() => [ID], { defaultValue: [], description: 'Org units this person manages.' })
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true })
  managedOrgUnitIds: string[] = [];

  @Field(() => String, {
    nullable: true,
    description: 'Initial password; omit for single sign-on only accounts.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(256)
  password?: string;
}

@InputType({ description: "The signed-in user's own profile fields; omitted fields stay." })
export class UpdateMyProfileInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name?: string;

  @Field(() => Locale, { nullable: true })
  @IsOptional()
  @IsEnum(Locale)
  locale?: Locale;
}

@InputType()
export class UpdateUserInput {
  @Field(() => ID)
  @IsUUID('all')
  id!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsEmail()
  @MaxLength(320)
  email?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all')
  primaryOrgUnitId?: string | null;

  @Field(() => Locale, { nullable: true })
  @IsOptional()
  @IsEnum(Locale)
  locale?: Locale;

  @Field(() => GlobalRole, { nullable: true })
  @IsOptional()
  @IsEnum(GlobalRole)
  role?: GlobalRole;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true })
  managedOrgUnitIds?: string[];
}

@InputType({ description: 'Erase a person (C11); irreversible.' })
export class EraseUserInput {
  @Field(() => ID)
  @IsUUID()
  userId!: string;

  @Field({ description: 'The e-mail address of the person, typed to confirm.' })
  @IsString()
  @MaxLength(320)
  confirmEmail!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Takes over the trajectories the person owns; required when they own any.',
  })
  @IsOptional()
  @IsUUID()
  newOwnerId?: string | null;
}
