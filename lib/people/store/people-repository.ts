/**
 * Certificates, training records and sessions, the tool register. A person's certificates and
 * training records share the person's partition; certificates and tools are also listed by the date
 * they fall due (GSI1), tools by holder (GSI2). Writes that change several items are one transaction.
 */
import { DeleteCommand, GetCommand, PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { queryAll, withoutKeys } from '../../platform/store/query.ts';
import {
  CERTIFICATE_EXPIRY_PARTITION,
  PERSON_CERT_PREFIX,
  PERSON_TRAINING_PREFIX,
  TOOL_DUE_PARTITION,
  TRAINING_SESSION_PREFIX,
  certificateExpiryIndexKeys,
  personCertificateKey,
  personKey,
  personTrainingKey,
  toolDueIndexKeys,
  toolHolderIndexKeys,
  toolHolderPartition,
  toolInspectionKey,
  toolKey,
  trainingSessionKey,
} from '../../platform/store/keys.ts';
import { TABLE_INDEXES } from '../../platform/store/table-definition.ts';
import { transactWrite, type TransactItem } from '../../platform/store/transact.ts';
import { versionedDocument, type Versioned } from '../../platform/store/versioned-config.ts';
import {
  DEFAULT_PEOPLE_SETTINGS,
  trainingRecord,
  type CertificateRecord,
  type PeopleSettings,
  type ReadinessRecords,
  type SessionResult,
  type Tool,
  type ToolInspection,
  type TrainingRecord,
  type TrainingSession,
} from '../domain/people.ts';

const PEOPLE_SETTINGS = 'people-settings';
const upTo = (date: string) => `${date}#\uffff`;

export class PeopleRepository {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  private get settingsDocument() {
    return versionedDocument(this.db, this.tableName, PEOPLE_SETTINGS, DEFAULT_PEOPLE_SETTINGS);
  }

  async settings(): Promise<Versioned<PeopleSettings>> {
    return this.settingsDocument.get();
  }

  async putSettings(value: PeopleSettings, expectedVersion: number, by: string, at: Date): Promise<number> {
    return this.settingsDocument.put(value, expectedVersion, by, at);
  }

  async putCertificate(cert: CertificateRecord): Promise<void> {
    await this.db.send(
      new PutCommand({
        TableName: this.tableName,
        Item: { ...personCertificateKey(cert.staffId, cert.certId), entity: 'Certificate', ...cert, ...certificateExpiryIndexKeys(cert.validUntil, cert.staffId, cert.certId) },
      }),
    );
  }

  async deleteCertificate(staffId: string, certId: string): Promise<void> {
    await this.db.send(new DeleteCommand({ TableName: this.tableName, Key: personCertificateKey(staffId, certId) }));
  }

  /** A person's certificates and training records: one Query of the person's partition. */
  async person(staffId: string): Promise<{ certificates: CertificateRecord[]; training: TrainingRecord[] }> {
    const items = await queryAll(this.db, { TableName: this.tableName, KeyConditionExpression: 'PK = :pk', ExpressionAttributeValues: { ':pk': personKey(staffId, '').PK } });
    return {
      certificates: items.filter((i) => String(i.SK).startsWith(PERSON_CERT_PREFIX)).map((i) => withoutKeys<CertificateRecord>(i)),
      training: items.filter((i) => String(i.SK).startsWith(PERSON_TRAINING_PREFIX)).map((i) => withoutKeys<TrainingRecord>(i)),
    };
  }

  /** Every certificate that expires by `date` (and not before `from`, when given), soonest first. */
  async certificatesExpiring(from: string | undefined, date: string): Promise<CertificateRecord[]> {
    const items = await queryAll(this.db, {
      TableName: this.tableName,
      IndexName: TABLE_INDEXES.lists.name,
      KeyConditionExpression: 'GSI1PK = :pk AND GSI1SK BETWEEN :from AND :to',
      ExpressionAttributeValues: { ':pk': CERTIFICATE_EXPIRY_PARTITION, ':from': from ?? '0', ':to': upTo(date) },
    });
    return items.map((i) => withoutKeys<CertificateRecord>(i));
  }

  /** A session planned (its id is new: the Put is conditional on it not existing). */
  async addSession(session: TrainingSession): Promise<void> {
    await transactWrite(this.db, [
      { Put: { TableName: this.tableName, Item: { ...trainingSessionKey(session.year, session.sessionId), entity: 'TrainingSession', ...session }, ConditionExpression: 'attribute_not_exists(PK)' } },
    ]);
  }

  async session(sessionId: string): Promise<TrainingSession | undefined> {
    const result = await this.db.send(new GetCommand({ TableName: this.tableName, Key: trainingSessionKey(sessionId.slice(0, 4), sessionId), ConsistentRead: true }));
    return result.Item ? withoutKeys<TrainingSession>(result.Item) : undefined;
  }

  /** The year's plan: every session of every group, in date order. */
  async sessions(year: string): Promise<TrainingSession[]> {
    const items = await queryAll(this.db, {
      TableName: this.tableName,
      KeyConditionExpression: 'PK = :pk AND begins_with(SK, :prefix)',
      ExpressionAttributeValues: { ':pk': trainingSessionKey(year, '').PK, ':prefix': TRAINING_SESSION_PREFIX },
    });
    return items.map((i) => withoutKeys<TrainingSession>(i));
  }

  /**
   * Attendance and exam results of a session, replacing the earlier ones: the session and every
   * person's record change together (a person dropped from the list loses the record).
   */
  async recordResults(session: TrainingSession, results: SessionResult[]): Promise<TrainingSession> {
    const updated: TrainingSession = { ...session, results };
    const dropped = (session.results ?? []).filter((r) => !results.some((n) => n.staffId === r.staffId));
    await transactWrite(this.db, [
      { Put: { TableName: this.tableName, Item: { ...trainingSessionKey(session.year, session.sessionId), entity: 'TrainingSession', ...updated } } },
      ...results.map((result) => ({
        Put: { TableName: this.tableName, Item: { ...personTrainingKey(result.staffId, session.sessionId), entity: 'TrainingRecord', ...trainingRecord(session, result) } },
      })),
      ...dropped.map((r) => ({ Delete: { TableName: this.tableName, Key: personTrainingKey(r.staffId, session.sessionId) } })),
    ]);
    return updated;
  }

  toolPut(tool: Tool, readVersion: number | undefined): TransactItem {
    const next = { ...tool, version: (readVersion ?? 0) + 1 };
    return {
      Put: {
        TableName: this.tableName,
        Item: { ...toolKey(tool.assetNo), entity: 'Tool', ...next, ...toolDueIndexKeys(tool.nextDueOn, tool.assetNo), ...toolHolderIndexKeys(tool.holder, tool.assetNo) },
        ...(readVersion === undefined
          ? { ConditionExpression: 'attribute_not_exists(PK)' }
          : { ConditionExpression: '#version = :read', ExpressionAttributeNames: { '#version': 'version' }, ExpressionAttributeValues: { ':read': readVersion } }),
      },
    };
  }

  async saveTool(tool: Tool, readVersion: number | undefined, withItems: TransactItem[] = []): Promise<Tool> {
    await transactWrite(this.db, [this.toolPut(tool, readVersion), ...withItems]);
    return { ...tool, version: (readVersion ?? 0) + 1 };
  }

  inspectionPut(inspection: ToolInspection): TransactItem {
    return { Put: { TableName: this.tableName, Item: { ...toolInspectionKey(inspection.assetNo, inspection.date, inspection.inspectionId), entity: 'ToolInspection', ...inspection } } };
  }

  /** A tool with its inspections (newest first). */
  async tool(assetNo: string): Promise<{ tool: Tool; inspections: ToolInspection[] } | undefined> {
    const items = await queryAll(this.db, { TableName: this.tableName, KeyConditionExpression: 'PK = :pk', ExpressionAttributeValues: { ':pk': toolKey(assetNo).PK }, ConsistentRead: true });
    const head = items.find((i) => i.SK === 'TOOL');
    if (!head) return undefined;
    return {
      tool: withoutKeys<Tool>(head),
      inspections: items
        .filter((i) => i.SK !== 'TOOL')
        .map((i) => withoutKeys<ToolInspection>(i))
        .reverse(),
    };
  }

  /** The register, soonest due first; with `by`, only the tools due by that date. */
  async tools(by?: string): Promise<Tool[]> {
    const items = await queryAll(this.db, {
      TableName: this.tableName,
      IndexName: TABLE_INDEXES.lists.name,
      KeyConditionExpression: by ? 'GSI1PK = :pk AND GSI1SK <= :to' : 'GSI1PK = :pk',
      ExpressionAttributeValues: { ':pk': TOOL_DUE_PARTITION, ...(by ? { ':to': upTo(by) } : {}) },
    });
    return items.map((i) => withoutKeys<Tool>(i));
  }

  async toolsHeldBy(holder: string): Promise<Tool[]> {
    const items = await queryAll(this.db, {
      TableName: this.tableName,
      IndexName: TABLE_INDEXES.dueAlarms.name,
      KeyConditionExpression: 'GSI2PK = :pk',
      ExpressionAttributeValues: { ':pk': toolHolderPartition(holder) },
    });
    return items.map((i) => withoutKeys<Tool>(i));
  }

  /** What dispatch reads of a technician: certificate and training records, tools held (two Queries, together). */
  async readinessRecords(staffId: string): Promise<ReadinessRecords> {
    const [{ certificates, training }, tools] = await Promise.all([this.person(staffId), this.toolsHeldBy(staffId)]);
    return { certificates, training, tools };
  }
}
