/**
 * Visits (work orders). A job item is keyed by its id (the technician's links carry only that) and
 * listed per technician and day through GSI1; the signature image is a separate item beside it.
 * Changes are Puts conditional on the version read, usually inside a transaction with the ticket.
 */
import { GetCommand, QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Job } from '../domain/job.ts';
import { jobKey, signatureKey, technicianJobIndexKeys, technicianJobsPartition } from '../../platform/store/keys.ts';
import { TABLE_INDEXES } from '../../platform/store/table-definition.ts';
import type { TransactItem } from '../../platform/store/transact.ts';
import { withoutKeys } from '../../platform/store/query.ts';

import { dataKeys } from '../../platform/privacy/field-crypto.ts';
import { ensureKeysFor } from '../../platform/privacy/data-keys.ts';

const SIGNER = 'job.signOff.signerName';

/** The customer's signer name is personal data: sealed in the table (lib/platform/privacy/field-crypto.ts). */
async function toJob(item: Record<string, unknown>): Promise<Job> {
  await ensureKeysFor(item);
  const job = withoutKeys<Job>(item);
  return job.signOff ? { ...job, signOff: { ...job.signOff, signerName: dataKeys.open(job.signOff.signerName, SIGNER) } } : job;
}

export class JobRepository {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    readonly tableName: string,
  ) {}

  private item(job: Job) {
    const sealed = job.signOff ? { ...job, signOff: { ...job.signOff, signerName: dataKeys.seal(job.signOff.signerName, SIGNER) } } : job;
    return { ...jobKey(job.jobId), ...technicianJobIndexKeys(job.technicianId, job.visitDate, job.window.from, job.jobId), entity: 'Job', ...sealed };
  }

  newJobPut(job: Job): TransactItem {
    return { Put: { TableName: this.tableName, Item: this.item(job), ConditionExpression: 'attribute_not_exists(PK)' } };
  }

  /** The changed job, conditional on the version it was read at (version is bumped here). */
  changedJobPut(job: Job, readVersion: number): TransactItem {
    return {
      Put: {
        TableName: this.tableName,
        Item: this.item({ ...job, version: readVersion + 1 }),
        ConditionExpression: '#version = :read',
        ExpressionAttributeNames: { '#version': 'version' },
        ExpressionAttributeValues: { ':read': readVersion },
      },
    };
  }

  signaturePut(jobId: string, png: Buffer): TransactItem {
    return { Put: { TableName: this.tableName, Item: { ...signatureKey(jobId), entity: 'Signature', contentType: 'image/png', data: png } } };
  }

  async get(jobId: string): Promise<Job | undefined> {
    const result = await this.db.send(new GetCommand({ TableName: this.tableName, Key: jobKey(jobId), ConsistentRead: true }));
    return result.Item ? toJob(result.Item) : undefined;
  }

  async signature(jobId: string): Promise<Buffer | undefined> {
    const result = await this.db.send(new GetCommand({ TableName: this.tableName, Key: signatureKey(jobId) }));
    const data = result.Item?.data as Uint8Array | undefined;
    return data ? Buffer.from(data) : undefined;
  }

  /** A technician's jobs of one local day, in visit order. */
  async forTechnicianOn(technicianId: string, visitDate: string): Promise<Job[]> {
    const page = await this.db.send(
      new QueryCommand({
        TableName: this.tableName,
        IndexName: TABLE_INDEXES.lists.name,
        KeyConditionExpression: 'GSI1PK = :pk AND begins_with(GSI1SK, :day)',
        ExpressionAttributeValues: { ':pk': technicianJobsPartition(technicianId), ':day': `${visitDate}#` },
      }),
    );
    return Promise.all((page.Items ?? []).map(toJob));
  }
}
