/** The parts context's repositories, for a handler's composition (lib/composition.ts). */
import type { StoreAccess } from '../platform/store/client.ts';
import { PartsRepository } from './store/parts-repository.ts';
import { PurchasingRepository } from './store/purchasing-repository.ts';

export const partsAdapters = ({ db, tableName }: StoreAccess) => ({ parts: new PartsRepository(db, tableName), purchasing: new PurchasingRepository(db, tableName) });

/** The catalogue and stock alone, for a function that does no purchasing: its bundle leaves out the purchasing store. */
export const partsCatalogAdapters = ({ db, tableName }: StoreAccess) => ({ parts: new PartsRepository(db, tableName) });
