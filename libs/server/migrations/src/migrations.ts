// Generated list: `npm run migration:generate -- <Name>` appends here. Never edit a landed migration.
import { Initial1795888690372 } from './lib/1795888690372-initial';
import { Identity1795889627004 } from './lib/1795889627004-identity';

export const MIGRATIONS = [Initial1795888690372, Identity1795889627004];
