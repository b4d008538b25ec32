import { Field, ID, InputType } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsEmail,
  IsEnum,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  MinLength,
} from 'class-validator';
import { GlobalRole, Locale } from '@inspraak/contracts';

@InputType()
export class InviteUserInput {
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

  @Field(() => Locale, { defaultValue: Locale.NL, description: 'Also the language of the mail.' })
  @IsEnum(Locale)
  locale: Locale = Locale.NL;

  @Field(() => GlobalRole, { defaultValue: GlobalRole.EMPLOYEE })
  @IsEnum(GlobalRole)
  role: GlobalRole = GlobalRole.EMPLOYEE;

  @Field(() => [ID], { defaultValue: [], description: 'Org units this person manages.' })
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true })
  managedOrgUnitIds: string[] = [];
}

/** A one-time link's token with the new password (invitation or password reset). */
@InputType()
export class TokenPasswordInput {
  @Field({ description: 'The token from the link.' })
  @IsString()
  @MaxLength(100)
  token!: string;

  @Field()
  @IsString()
  @MaxLength(256)
  password!: string;
}

@InputType()
export class RequestPasswordResetInput {
  @Field()
  @IsString()
  @MinLength(3)
  @MaxLength(320)
  email!: string;
}
