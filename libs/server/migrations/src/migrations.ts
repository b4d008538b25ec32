// Generated list: `npm run migration:generate -- <Name>` appends here. Never edit a landed migration.
import { Initial1795888690372 } from './lib/1795888690372-initial';

export const MIGRATIONS = [Initial1795888690372];
