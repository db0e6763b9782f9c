/**
 * A device's installation warranty or maintenance contract: which parts of a repair it makes free
 * ("per their contract flag"), and for which local dates. Recorded by customer service or the
 * manager; the statement applies it when the repair was completed inside its validity.
 */
import type { CoverageFlags } from './fees.ts';
import type { SystemType } from '../../tickets/index.ts';

export interface DeviceCoverage {
  system: SystemType;
  serial: string;
  kind: CoverageFlags['kind'];
  /** Contract or warranty reference, shown on the statement. */
  reference: string;
  /** Local dates 'YYYY-MM-DD', both inclusive. */
  validFrom: string;
  validUntil: string;
  covers: { labour: boolean; parts: boolean; callOut: boolean };
  updatedAt: string;
  updatedBy: string;
}

/** The flags in force on a local date, or undefined outside the validity. */
export function coverageOn(coverage: DeviceCoverage | undefined, localDay: string): CoverageFlags | undefined {
  if (!coverage || localDay < coverage.validFrom || localDay > coverage.validUntil) return undefined;
  return { kind: coverage.kind, ...coverage.covers };
}
