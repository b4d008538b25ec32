import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsUUID, ValidateBy } from 'class-validator';

/** `(id: ID!)` for queries and mutations of one object; a malformed id is BAD_USER_INPUT. */
@ArgsType()
export class IdArgs {
  @Field(() => ID)
  @IsUUID('all')
  id!: string;
}

/** A moment between the years 2000 and 2999 (PostgreSQL and JavaScript agree on those). */
export const IsPlausibleDate = () =>
  ValidateBy({
    name: 'isPlausibleDate',
    validator: {
      validate: (v: unknown) =>
        v instanceof Date &&
        !Number.isNaN(v.getTime()) &&
        v.getUTCFullYear() >= 2000 &&
        v.getUTCFullYear() <= 2999,
      defaultMessage: () => '$property must be a date between 2000 and 2999',
    },
  });
