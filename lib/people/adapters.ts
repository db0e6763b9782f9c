/** The people context's repositories, for a handler's composition (lib/composition.ts). */
import type { StoreAccess } from '../platform/store/client.ts';
import { PeopleRepository } from './store/people-repository.ts';
import { ScorecardRepository } from './store/scorecard-repository.ts';

export const peopleAdapters = ({ db, tableName }: StoreAccess) => ({ people: new PeopleRepository(db, tableName), scorecards: new ScorecardRepository(db, tableName) });

/** The scorecards alone, for the step that mails signed ones: its bundle leaves out the people store. */
export const scorecardAdapters = ({ db, tableName }: StoreAccess) => ({ scorecards: new ScorecardRepository(db, tableName) });
