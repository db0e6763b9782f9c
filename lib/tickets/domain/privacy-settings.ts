/** How long personal data is kept and shown (PIPL art. 19: no longer than the purpose needs). The manager edits them. */
import * as z from 'zod';
import { DEFAULT_CONTACT_RETENTION_YEARS } from './privacy-notice.ts';

export const privacySettingsSchema = z
  .strictObject({
    /** Contact data of a closed or cancelled ticket is erased this many days after it ended. */
    contactRetentionDays: z.number().int().min(30).max(3650),
    /** Access-log entries are kept this long (then expire). */
    accessLogRetentionDays: z.number().int().min(180).max(3650),
    /** A technician sees the customer's contact on their own job until this many days after completion. */
    technicianContactDays: z.number().int().min(0).max(90),
  })
  .meta({ id: 'PrivacySettings' });

export type PrivacySettings = z.infer<typeof privacySettingsSchema>;

/** The contact retention is the one the privacy notice states by default (`privacy-notice.ts`). */
export const DEFAULT_PRIVACY_SETTINGS: PrivacySettings = { contactRetentionDays: DEFAULT_CONTACT_RETENTION_YEARS * 365, accessLogRetentionDays: 3 * 365, technicianContactDays: 7 };
