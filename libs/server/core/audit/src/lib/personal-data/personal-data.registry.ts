import { Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Principal, RequestOrigin } from '@inspraak/server-auth';

/** The person an export or erasure is about. */
export interface PersonalDataSubject {
  userId: string;
  /** The account's e-mail address before erasure (mail records are kept by address). */
  email: string;
}

export interface PersonalDataExportOptions {
  /**
   * The person asks for their own data. Only then may a source include what only the person
   * can find (their anonymous input, found through their key; their pulse participation):
   * nobody else, administrators included, may learn that.
   */
  self: boolean;
}

export interface PersonalDataErasure {
  manager: EntityManager;
  subject: PersonalDataSubject;
  actor: Principal;
  /** Who takes over what the person owned (trajectories); null when none was given. */
  newOwnerId: string | null;
  origin: RequestOrigin;
}

/**
 * One module's share of a person's data (C11). The owning module registers it in its
 * `onModuleInit`; new instruments (consultations, roasts, pilots) add theirs the same way.
 */
export interface PersonalDataSource {
  /** The export's section name, e.g. `ideas` (lowercase, unique). */
  readonly section: string;
  /** Order of erasure (lower first): what refuses (an owner without a successor) goes first. */
  readonly eraseOrder?: number;
  /** What this module holds about the person, as plain JSON values. */
  export(subject: PersonalDataSubject, opts: PersonalDataExportOptions): Promise<unknown>;
  /**
   * Removes the person's data or the link to them, in the erasure's transaction: contributions
   * stay (their author becomes unknown), personal records go. May refuse with a ValidationError
   * (nothing is then erased). Returns what it did, counted by kind (e.g. `{ follows: 3 }`).
   */
  erase(erasure: PersonalDataErasure): Promise<Record<string, number>>;
}

const SECTION = /^[a-z][a-zA-Z0-9]{0,39}$/;

/** The modules that hold personal data; the identity module exports and erases through them. */
@Injectable()
export class PersonalDataRegistry {
  private readonly sources = new Map<string, PersonalDataSource>();

  register(source: PersonalDataSource): void {
    if (!SECTION.test(source.section)) {
      throw new Error(`personal data: invalid section "${source.section}"`);
    }
    if (this.sources.has(source.section)) {
      throw new Error(`personal data: section "${source.section}" registered twice`);
    }
    this.sources.set(source.section, source);
  }

  /** Every source, in section order (the export's order). */
  all(): PersonalDataSource[] {
    return [...this.sources.values()].sort((a, b) => a.section.localeCompare(b.section));
  }

  /** Every source in erasure order. */
  forErasure(): PersonalDataSource[] {
    return this.all().sort((a, b) => (a.eraseOrder ?? 100) - (b.eraseOrder ?? 100));
  }
}

/**
 * A source that registers itself when its module starts and, unless it overrides `erase`, keeps
 * its records on erasure (they stay under the nameless account).
 */
export abstract class RegisteredPersonalDataSource implements PersonalDataSource, OnModuleInit {
  abstract readonly section: string;
  protected abstract readonly registry: PersonalDataRegistry;

  abstract export(subject: PersonalDataSubject, opts: PersonalDataExportOptions): Promise<unknown>;

  onModuleInit() {
    this.registry.register(this);
  }

  erase(_erasure: PersonalDataErasure): Promise<Record<string, number>> {
    return Promise.resolve({});
  }
}

/**
 * Deletes the rows of `table` whose `column` equals `value`, in the erasure's transaction, and
 * returns how many went. `table` and `column` are the caller's constants, never input.
 */
export async function deleteRows(
  m: EntityManager,
  table: string,
  column: string,
  value: string,
): Promise<number> {
  const [row] = await m.query<{ n: number }[]>(
    `WITH gone AS (DELETE FROM "${table}" WHERE "${column}" = $1 RETURNING 1)
     SELECT count(*)::int AS n FROM gone`,
    [value],
  );
  return row?.n ?? 0;
}
