/**
 * SQS consumers: Powertools batch processing with partial batch responses, so one failing message
 * is retried (and after maxReceiveCount parked in the DLQ) without redoing the others.
 */
import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import middy from '@middy/core';
import type { Context, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import type * as z from 'zod/mini';
import { parseWith } from '../http/validation.ts';
import { logger, logContext } from '../observability/logger.ts';

export function createQueueHandler<S extends z.core.$ZodType>(
  schema: S,
  processMessage: (message: z.output<S>, record: SQSRecord, context: Context) => Promise<void>,
) {
  const processor = new BatchProcessor(EventType.SQS);
  const recordHandler = async (record: SQSRecord, context: Context) => {
    logger.appendKeys({ messageId: record.messageId });
    let body: unknown;
    try {
      body = JSON.parse(record.body);
    } catch (error) {
      throw new Error(`Message ${record.messageId} is not JSON`, { cause: error });
    }
    await processMessage(parseWith(schema, body), record, context);
  };
  return middy(
    async (event: SQSEvent, context: Context): Promise<SQSBatchResponse> =>
      processPartialResponse(event, (record: SQSRecord) => recordHandler(record, context), processor, {
        context,
        // A batch where every record failed is reported record by record too, like any other.
        throwOnFullBatchFailure: false,
      }),
  ).use(logContext());
}
