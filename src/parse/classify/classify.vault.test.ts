import { describe } from 'vitest';
import { itPlaces, type PlacementCase } from '../../test/placements';

/** Data Vault's hubs and satellites keep history by business key: they are its modelled tables, whatever feeds them. */
const NAMES: readonly PlacementCase[] = [
  ['hub_company', 'model'],
  ['sat_company_client_ext', 'model'],
  ['Raw Vault', 'model'],
  ['Azure Event Hubs', 'ingest'],
];

describe('classify: Data Vault tables', () => {
  itPlaces(NAMES);
});
