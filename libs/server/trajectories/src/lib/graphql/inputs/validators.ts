import { applyDecorators } from '@nestjs/common';
import {
  IsNumber,
  IsOptional,
  IsString,
  Max,
  Min,
  MaxLength,
  MinLength,
  ValidateBy,
  ValidationOptions,
} from 'class-validator';

/** PostgreSQL text cannot hold U+0000; refusing it here keeps it a field error, not a 500. */
const NoNullCharacter = (options?: ValidationOptions) =>
  ValidateBy(
    {
      name: 'noNullCharacter',
      validator: {
        validate: (v: unknown) => typeof v !== 'string' || !v.includes('\u0000'),
        defaultMessage: () => '$property may not contain a NUL character',
      },
    },
    options,
  );

/** Must contain something besides white space (the service trims). */
const NotBlank = () =>
  ValidateBy({
    name: 'notBlank',
    validator: {
      validate: (v: unknown) => typeof v === 'string' && v.trim().length > 0,
      defaultMessage: () => '$property may not be empty',
    },
  });

/** A required text of 1..max characters (not only white space). */
export const RequiredText = (max: number) =>
  applyDecorators(IsString(), MinLength(1), NotBlank(), MaxLength(max), NoNullCharacter());

/** An optional text of 0..max characters. */
export const OptionalText = (max: number) =>
  applyDecorators(IsOptional(), IsString(), MaxLength(max), NoNullCharacter());

/** A calendar date `YYYY-MM-DD` between 1900 and 2999 that exists (no 31 February). */
export const IsCalendarDate = () =>
  ValidateBy({
    name: 'isCalendarDate',
    validator: {
      validate: (v: unknown) => {
        if (typeof v !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(v)) return false;
        const year = Number(v.slice(0, 4));
        const d = new Date(`${v}T00:00:00Z`);
        return (
          year >= 1900 &&
          year <= 2999 &&
          !Number.isNaN(d.getTime()) &&
          d.toISOString().startsWith(v)
        );
      },
      defaultMessage: () => '$property must be a date as YYYY-MM-DD',
    },
  });

/**
 * Euros with at most two decimals within ±max. (class-validator's `maxDecimalPlaces` throws on
 * numbers written with an exponent, such as 6e-323, which would surface as a 500.)
 */
export const IsAmount = (min: number, max: number) =>
  applyDecorators(
    IsNumber({ allowNaN: false, allowInfinity: false }),
    Min(min),
    Max(max),
    ValidateBy({
      name: 'maxTwoDecimals',
      validator: {
        validate: (v: unknown) =>
          typeof v === 'number' && Math.abs(Math.round(v * 100) - v * 100) < 1e-6,
        defaultMessage: () => '$property may have at most two decimals',
      },
    }),
  );
