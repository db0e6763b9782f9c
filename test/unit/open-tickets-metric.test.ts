/**
 * The open-ticket gauge as CloudWatch receives it: one EMF document per status, in the namespace and
 * with exactly the dimensions (Status, service) the dashboard's widgets read (test/infra/operations.test.ts).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { METRICS_NAMESPACE, OPEN_TICKETS } from '../../lib/platform/observability/metric-names.ts';
import { recordOpenTickets } from '../../lib/platform/observability/metrics.ts';

afterEach(() => vi.restoreAllMocks());

describe('recordOpenTickets', () => {
  it('emits one value per status, zeros included, with the Status and service dimensions', () => {
    const lines: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => (lines.push(String(chunk)), true));
    const counts = [['received', 3], ['triaged', 0], ['awaiting_dispatch', 12]];
    recordOpenTickets(Object.fromEntries(counts));
    const documents = lines.map((line) => JSON.parse(line));
    expect(documents.map((document) => [document.Status, document[OPEN_TICKETS]])).toEqual(counts);
    for (const document of documents) {
      expect(document.service).toBe('elv-after-sales');
      expect(document._aws.CloudWatchMetrics).toEqual([{ Namespace: METRICS_NAMESPACE, Dimensions: [['service', 'Status']], Metrics: [{ Name: OPEN_TICKETS, Unit: 'Count' }] }]);
    }
  });
});
