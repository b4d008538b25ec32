import { BadRequestException, ForbiddenException, Logger } from '@nestjs/common';
import { GraphQLError } from 'graphql';
import { NotFoundError, ValidationError } from '@inspraak/server-errors';
import { formatGraphqlError, isDependencyDown } from './format-error';

const base = { message: 'raw', path: ['x'] };

describe('formatGraphqlError', () => {
  beforeAll(() => jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined));

  it('passes typed application errors with their field errors', () => {
    const err = new GraphQLError('x', {
      originalError: new ValidationError([
        { field: 'input.title', code: 'TOO_LONG', message: 'Too long' },
      ]),
    });
    expect(formatGraphqlError(base, err)).toEqual({
      message: 'The input is not valid',
      path: ['x'],
      extensions: {
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'input.title', code: 'TOO_LONG', message: 'Too long' }],
      },
    });
    expect(
      formatGraphqlError(base, new GraphQLError('x', { originalError: new NotFoundError('Idea') }))
        .extensions,
    ).toEqual({
      code: 'NOT_FOUND',
    });
  });

  it('turns validation-pipe errors into field errors', () => {
    const err = new GraphQLError('x', {
      originalError: new BadRequestException({
        validationErrors: [
          { property: 'first', constraints: { max: 'first must not be greater than 100' } },
        ],
      }),
    });
    expect(formatGraphqlError(base, err).extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [
        { field: 'input.first', code: 'MAX', message: 'first must not be greater than 100' },
      ],
    });
  });

  it('maps HTTP exceptions', () => {
    const err = new GraphQLError('x', { originalError: new ForbiddenException() });
    expect(formatGraphqlError(base, err).extensions!['code']).toBe('FORBIDDEN');
  });

  it('hides unexpected errors', () => {
    const err = new GraphQLError('x', {
      originalError: new Error('relation "secret_table" does not exist'),
    });
    const out = formatGraphqlError({ message: 'relation "secret_table" does not exist' }, err);
    expect(out.extensions!['code']).toBe('INTERNAL_SERVER_ERROR');
    expect(JSON.stringify(out)).not.toContain('secret_table');
  });
});

describe('isDependencyDown', () => {
  it('recognises connection failures however they are wrapped', () => {
    const refused = { errno: -111, code: 'ECONNREFUSED' };
    expect(isDependencyDown(refused)).toBe(true);
    expect(isDependencyDown({ name: 'QueryFailedError', driverError: { code: '08006' } })).toBe(
      true,
    );
    expect(isDependencyDown({ name: 'NonErrorThrown', thrownValue: refused })).toBe(true);
    expect(isDependencyDown(new Error('Connection terminated unexpectedly'))).toBe(true);
  });

  it('does not mistake a bug for an outage', () => {
    expect(isDependencyDown(new Error('Cannot read properties of undefined'))).toBe(false);
    expect(isDependencyDown({ driverError: { code: '23505' } })).toBe(false);
  });
});
