/** embedded: PGlite + in-process jobs; services: PostgreSQL + BullMQ on Redis. */
export enum RuntimeMode {
  EMBEDDED = 'EMBEDDED',
  SERVICES = 'SERVICES',
}
