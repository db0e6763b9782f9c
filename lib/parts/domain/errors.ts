/** The parts context's refusals, each with its code (mapped to a status by the one error middleware). */
import { DomainError } from '../../platform/errors.ts';
import type { SupplierRefusal } from './purchasing.ts';

/** PARTS-1: buying a part from a supplier that is not approved and qualified for it. */
export class SupplierNotApprovedError extends DomainError {
  override name = 'SupplierNotApprovedError';
  readonly code = 'supplier_not_approved';
  constructor(readonly supplierId: string, readonly sku: string, readonly reason: SupplierRefusal, options?: { cause?: unknown }) {
    super(`Supplier ${supplierId} may not supply ${sku}: ${reason}`, options);
  }

  override messageParams() {
    return { supplier: this.supplierId, sku: this.sku };
  }

  override publicDetails() {
    return { supplierId: this.supplierId, sku: this.sku, reason: this.reason };
  }
}

/** A purchase order, supplier return or stocktake is not in the state the action needs. */
export class DocumentStateError extends DomainError {
  override name = 'DocumentStateError';
  readonly code = 'document_state';
  constructor(readonly state: string, readonly action: string, options?: { cause?: unknown }) {
    super(`Cannot ${action} in state ${state}`, options);
  }

  override messageParams() {
    return { state: this.state };
  }

  override publicDetails() {
    return { state: this.state };
  }
}

/** The purchase order, return or stocktake changed between read and write (another request won). */
export class DocumentChangedError extends DomainError {
  override name = 'DocumentChangedError';
  readonly code = 'document_changed';
}

/** What a failed version condition on a document means. */
export const documentChanged = (cause: unknown) => new DocumentChangedError('The document changed meanwhile', { cause });
