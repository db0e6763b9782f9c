/** The QR encoder lives in lib/platform/qr.ts (pure; the statement PDF draws the same codes). */
export * from '../../../lib/platform/qr.ts';
