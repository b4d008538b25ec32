import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsOptional, IsString } from 'class-validator';
import { ImportKind } from '../import-rules';
import { ImportStatus } from '../user-import.service';
import { UserImportEntity } from '../user-import.entity';

registerEnumType(ImportKind, {
  name: 'ImportKind',
  description: 'What a CSV import brings in.',
  valuesMap: {
    ORG_UNITS: { description: 'Org units: one column `path`, e.g. "Directie > Afdeling > Team".' },
    USERS: {
      description:
        'Users: columns `email`, `name` (required), `unit` (path or unique name), `role`, `locale`.',
    },
  },
});
registerEnumType(ImportStatus, { name: 'ImportStatus', description: 'Where an import stands.' });

@ObjectType('ImportProblem', { description: 'One problem of an import file.' })
export class ImportProblemObject {
  @Field(() => Int, { description: 'Line in the file (1 = the header line; 0 = the whole file).' })
  line!: number;

  @Field(() => String, { nullable: true })
  column!: string | null;

  @Field({ description: 'Stable code, e.g. UNKNOWN_UNIT, DUPLICATE_EMAIL, FORMULA, ENCODING.' })
  code!: string;

  @Field()
  message!: string;
}

@ObjectType('ImportSummary', { description: 'What an import changed (or, as a dry run, would).' })
export class ImportSummaryObject {
  @Field(() => Int)
  created!: number;

  @Field(() => Int)
  updated!: number;

  @Field(() => Int)
  unchanged!: number;
}

@ObjectType('UserImport', { description: 'A CSV import of org units or users and its report.' })
export class UserImportObject {
  @Field(() => ID)
  id!: string;

  @Field(() => ImportKind)
  kind!: ImportKind;

  @Field(() => ImportStatus)
  status!: ImportStatus;

  @Field()
  dryRun!: boolean;

  @Field(() => Int, { description: 'Data rows in the file (known once it has been read).' })
  totalRows!: number;

  @Field(() => Int, { description: 'Rows checked so far (progress).' })
  processedRows!: number;

  @Field(() => [ImportProblemObject], { description: 'By line; nothing is written while any.' })
  problems!: ImportProblemObject[];

  @Field(() => ImportSummaryObject, { nullable: true })
  summary!: ImportSummaryObject | null;

  @Field()
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  finishedAt!: Date | null;

  static from(e: UserImportEntity): UserImportObject {
    return {
      id: e.id,
      kind: e.kind as ImportKind,
      status: e.status as ImportStatus,
      dryRun: e.dryRun,
      totalRows: e.totalRows,
      processedRows: e.processedRows,
      problems: e.problems,
      summary: e.summary,
      createdAt: e.createdAt,
      finishedAt: e.finishedAt,
    };
  }
}

@InputType()
export class StartUserImportInput {
  @Field(() => ImportKind)
  @IsEnum(ImportKind)
  kind!: ImportKind;

  @Field(() => String, {
    nullable: true,
    description: 'The file as text (the browser decoded it as UTF-8). Give this or csvBase64.',
  })
  @IsOptional()
  @IsString()
  csv?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The file's bytes, base64: lets the server detect files that are not UTF-8.",
  })
  @IsOptional()
  @IsString()
  csvBase64?: string | null;

  @Field({ defaultValue: true, description: 'Only check and report; write nothing.' })
  @IsBoolean()
  dryRun: boolean = true;
}
