/**
 * Every key format of the single table, built here and nowhere else.
 * Prefixes are upper-case entity names; values after `#` are ids, dates or ISO instants so that
 * lexical order is time order.
 */
import { createHash } from 'node:crypto';
import { dataKeys } from '../privacy/field-crypto.ts';

/** Status lists are spread over this many partitions so that no status is a hot key. */
export const STATUS_SHARDS = 4;

export const ticketKey = (ticketId: string) => ({ PK: `TICKET#${ticketId}`, SK: 'TICKET' });

/** Marker that the acknowledgement step ran (kept apart from the ticket item and its version). */
export const ticketAckKey = (ticketId: string) => ({ PK: `TICKET#${ticketId}`, SK: 'ACK' });
/** Marker beside a ticket: an email to its customer bounced or was marked as spam (latest one wins). */
export const ticketEmailProblemKey = (ticketId: string) => ({ PK: `TICKET#${ticketId}`, SK: 'EMAILPROBLEM' });

/** Timeline items live beside their ticket: one Query on PK reads the ticket and its whole history. */
export const ticketEventKey = (ticketId: string, at: string, eventId: string) => ({
  PK: `TICKET#${ticketId}`,
  SK: `EVENT#${at}#${eventId}`,
});
export const TICKET_EVENT_PREFIX = 'EVENT#';

/** One counter per local (Asia/Shanghai) day hands out the ticket number's sequence. */
export const ticketNumberCounterKey = (localDay: string) => ({ PK: `COUNTER#TICKETNO#${localDay}`, SK: 'COUNTER' });

/** Reserves a ticket number (unique) and finds a ticket by its number with one GetItem. */
export const ticketNumberKey = (ticketNumber: string) => ({ PK: `TICKETNO#${ticketNumber}`, SK: 'TICKETNO' });

export function statusShard(ticketId: string): number {
  return createHash('sha1').update(ticketId).digest()[0]! % STATUS_SHARDS;
}

export const statusIndexPartition = (status: string, shard: number) => `STATUS#${status}#${shard}`;

export const statusIndexKeys = (status: string, ticketId: string, createdAt: string) => ({
  GSI1PK: statusIndexPartition(status, statusShard(ticketId)),
  GSI1SK: `${createdAt}#${ticketId}`,
});

/** One item per SLA timer, beside its ticket. */
/** The first deadline of a kind keeps the original key; later generations sit beside it (`TIMER#<kind>#<n>`). */
export const timerKey = (ticketId: string, kind: string, generation = 1) => ({ PK: `TICKET#${ticketId}`, SK: generation > 1 ? `TIMER#${kind}#${generation}` : `TIMER#${kind}` });
export const TIMER_PREFIX = 'TIMER#';

/** UTC day of an instant: the bucket of the due-alarm index. */
export const alarmBucket = (at: string) => `ALARM#${at.slice(0, 10)}`;

/**
 * Keys of a running timer in the sparse due-alarm index. The bucket is the day of the alarm, or of
 * `now` when the alarm is already past, so a sweep that reads yesterday's and today's buckets never
 * misses one.
 */
export const alarmIndexKeys = (alarmAt: string, now: string, ticketId: string, kind: string) => ({
  GSI2PK: alarmBucket(alarmAt > now ? alarmAt : now),
  GSI2SK: `${alarmAt}#${ticketId}#${kind}`,
});

/**
 * The manager's SLA board, in the same sparse index (a timer holds at most one of these, never
 * together with an alarm): paused timers (sharded, oldest pause first) and breached or exempt
 * timers, bucketed by the UTC day of the breach or exemption, so the board reads recent days only.
 */
export const pausedTimerPartition = (shard: number) => `SLAPAUSED#${shard}`;
export const pausedTimerIndexKeys = (pausedAt: string, ticketId: string, kind: string) => ({
  GSI2PK: pausedTimerPartition(statusShard(ticketId)),
  GSI2SK: `${pausedAt}#${ticketId}#${kind}`,
});
export const slaOutcomeBucket = (outcome: 'breached' | 'exempt' | 'cancelled', at: string) => `SLAOUTCOME#${outcome}#${at.slice(0, 10)}`;
export const slaOutcomeIndexKeys = (outcome: 'breached' | 'exempt' | 'cancelled', at: string, ticketId: string, kind: string) => ({
  GSI2PK: slaOutcomeBucket(outcome, at),
  GSI2SK: `${at}#${ticketId}#${kind}`,
});

export const openTimerPartition = (calendarId: string, shard: number) => `OPENTIMER#${calendarId}#${shard}`;
export const openTimerIndexKeys = (calendarId: string, ticketId: string, kind: string) => ({
  GSI1PK: openTimerPartition(calendarId, statusShard(ticketId)),
  GSI1SK: `${ticketId}#${kind}`,
});

/**
 * Settled timers (met, breached, exempt, cancelled: every generation) by the quarter of their
 * deadline, sharded like the status lists: the quarter's SLA figures read them with 4 Queries.
 * GSI1 is free on a settled timer (only open timers sit in OPENTIMER#).
 */
export const settledTimerPartition = (quarter: string, shard: number) => `SLASETTLED#${quarter}#${shard}`;
export const settledTimerIndexKeys = (quarter: string, dueAt: string, ticketId: string, kind: string) => ({
  GSI1PK: settledTimerPartition(quarter, statusShard(ticketId)),
  GSI1SK: `${dueAt}#${ticketId}#${kind}`,
});

/** An event waiting in the transactional outbox (written with the change it reports; delivered from the stream). */
export const outboxKey = (eventId: string) => ({ PK: `OUTBOX#${eventId}`, SK: 'OUTBOX' });

/** Small registries that are listed with one Query: calendars and configuration documents. */
export const calendarKey = (calendarId: string) => ({ PK: 'CALENDARS', SK: `CAL#${calendarId}` });
export const calendarHistoryKey = (calendarId: string, version: number) => ({ PK: 'CALENDARS', SK: `HIST#${calendarId}#${String(version).padStart(6, '0')}` });
export const CALENDAR_PREFIX = 'CAL#';
export const configKey = (name: string) => ({ PK: 'CONFIG', SK: name });
/** A configuration problem met at run time (one item per problem, counted): the manager's board lists them. */
export const configAlertKey = (problem: string) => ({ PK: 'CONFIGALERTS', SK: `ALERT#${problem}` });
export const configHistoryKey = (name: string, version: number) => ({ PK: 'CONFIG', SK: `HIST#${name}#${String(version).padStart(6, '0')}` });

/** Where the SLA sweep remembers its last run (to cover buckets after an outage). */
export const sweepStateKey = (sweep: string) => ({ PK: `SWEEP#${sweep}`, SK: 'STATE' });

/** All staff in one small partition: listed with one Query (dozens of people, not thousands). */
export const staffKey = (staffId: string) => ({ PK: 'STAFF', SK: `MEMBER#${staffId}` });
export const STAFF_PREFIX = 'MEMBER#';

/** A visit (work order), its signature image beside it, and the technician's day list (GSI1). */
export const jobKey = (jobId: string) => ({ PK: `JOB#${jobId}`, SK: 'JOB' });
export const signatureKey = (jobId: string) => ({ PK: `JOB#${jobId}`, SK: 'SIGNATURE' });
export const technicianJobsPartition = (technicianId: string) => `TECHJOBS#${technicianId}`;
export const technicianJobIndexKeys = (technicianId: string, visitDate: string, windowFrom: string, jobId: string) => ({
  GSI1PK: technicianJobsPartition(technicianId),
  GSI1SK: `${visitDate}#${windowFrom}#${jobId}`,
});

/** Parts catalog (one partition, paged Query), stock per location, the issue register per part. */
export const partKey = (sku: string) => ({ PK: 'CATALOG', SK: `PART#${sku}` });
export const PART_PREFIX = 'PART#';
export const stockKey = (location: string, sku: string) => ({ PK: `STOCK#${location}`, SK: `PART#${sku}` });
export const issueRegisterKey = (sku: string, at: string, jobId: string, line: number) => ({ PK: `ISSUEREG#${sku}`, SK: `${at}#${jobId}#${line}` });

/**
 * The stock ledger: every movement of a part is an entry in the part's partition, in time order
 * (a balance is rebuilt from one Query); the entries of a document (purchase order, transfer, job,
 * stocktake) are listed on GSI1.
 */
export const ledgerEntryKey = (sku: string, at: string, entryId: string) => ({ PK: `PARTLEDGER#${sku}`, SK: `${at}#${entryId}` });
export const ledgerPartition = (sku: string) => `PARTLEDGER#${sku}`;
export const ledgerDocumentPartition = (type: string, id: string) => `PARTDOC#${type}#${id}`;
export const ledgerDocumentIndexKeys = (type: string, id: string, at: string, entryId: string) => ({ GSI1PK: ledgerDocumentPartition(type, id), GSI1SK: `${at}#${entryId}` });

/** Suppliers (PARTS-1): a small registry in one partition, listed with one Query. */
export const supplierKey = (supplierId: string) => ({ PK: 'SUPPLIERS', SK: `SUPPLIER#${supplierId}` });
export const SUPPLIER_PREFIX = 'SUPPLIER#';

/** Purchase orders with their receipts beside them; listed per year of creation (GSI1); numbered from a per-year counter. */
export const purchaseOrderKey = (orderId: string) => ({ PK: `PO#${orderId}`, SK: 'PO' });
export const purchaseOrderReceiptKey = (orderId: string, receipt: number) => ({ PK: `PO#${orderId}`, SK: `RECEIPT#${String(receipt).padStart(4, '0')}` });
export const PURCHASE_ORDER_RECEIPT_PREFIX = 'RECEIPT#';
export const purchaseOrderYearPartition = (year: string) => `PURCHASEORDERS#${year}`;
export const purchaseOrderIndexKeys = (year: string, createdAt: string, orderId: string) => ({ GSI1PK: purchaseOrderYearPartition(year), GSI1SK: `${createdAt}#${orderId}` });
export const purchaseOrderNumberCounterKey = (year: string) => ({ PK: `COUNTER#PONO#${year}`, SK: 'COUNTER' });

/** Nonconforming goods back to the supplier; open ones (a handful) listed from one sparse GSI1 partition. */
export const supplierReturnKey = (returnId: string) => ({ PK: `SUPPLIERRETURN#${returnId}`, SK: 'RETURN' });
export const OPEN_SUPPLIER_RETURNS_PARTITION = 'SUPPLIERRETURNS#open';
export const openSupplierReturnIndexKeys = (openedAt: string, returnId: string) => ({ GSI1PK: OPEN_SUPPLIER_RETURNS_PARTITION, GSI1SK: `${openedAt}#${returnId}` });

/** Transfers between locations and stocktake sessions, each listed per local month of its creation (GSI1). */
export const transferKey = (transferId: string) => ({ PK: `TRANSFER#${transferId}`, SK: 'TRANSFER' });
/** A correction of stock by hand (adjusted, written off): the document its ledger entry belongs to. */
export const stockAdjustmentKey = (adjustmentId: string) => ({ PK: `ADJUSTMENT#${adjustmentId}`, SK: 'ADJUSTMENT' });
export const transferMonthPartition = (month: string) => `TRANSFERS#${month}`;
export const transferIndexKeys = (month: string, at: string, transferId: string) => ({ GSI1PK: transferMonthPartition(month), GSI1SK: `${at}#${transferId}` });
export const stocktakeKey = (stocktakeId: string) => ({ PK: `STOCKTAKE#${stocktakeId}`, SK: 'STOCKTAKE' });
export const stocktakeMonthPartition = (month: string) => `STOCKTAKES#${month}`;
export const stocktakeIndexKeys = (month: string, at: string, stocktakeId: string) => ({ GSI1PK: stocktakeMonthPartition(month), GSI1SK: `${at}#${stocktakeId}` });

/** Whether a part was below its reorder point at the last daily check, and how often it crossed (one email per crossing). */
export const reorderStateKey = (sku: string) => ({ PK: 'REORDERSTATE', SK: `PART#${sku}` });

/** The follow-up of a completed ticket: due actions in GSI2 (sparse, by day), call tasks in GSI1 (sharded). */
export const followUpKey = (ticketId: string) => ({ PK: `TICKET#${ticketId}`, SK: 'FOLLOWUP' });
export const followUpDueBucket = (at: string) => `FOLLOWUP#${at.slice(0, 10)}`;
export const followUpDueIndexKeys = (actionAt: string, now: string, ticketId: string) => ({
  GSI2PK: followUpDueBucket(actionAt > now ? actionAt : now),
  GSI2SK: `${actionAt}#${ticketId}`,
});
export const callTaskPartition = (shard: number) => `CALLTASKS#${shard}`;
export const callTaskIndexKeys = (ticketId: string, openedAt: string) => ({
  GSI1PK: callTaskPartition(statusShard(ticketId)),
  GSI1SK: `${openedAt}#${ticketId}`,
});

/** Investigations (corrective action); open ones listed for the manager through GSI1 (sharded). */
export const investigationKey = (investigationId: string) => ({ PK: `INVESTIGATION#${investigationId}`, SK: 'INVESTIGATION' });
export const openInvestigationsPartition = (shard: number) => `INVESTIGATIONS#open#${shard}`;
export const openInvestigationIndexKeys = (investigationId: string, openedAt: string) => ({
  GSI1PK: openInvestigationsPartition(statusShard(investigationId)),
  GSI1SK: `${openedAt}#${investigationId}`,
});

/** Quality facts per quarter (STD-4a, satisfaction, investigations, arrivals): one Query reads a quarter. */
export type QualityFactKind = 'REPAIR' | 'SATISFACTION' | 'INVESTIGATION' | 'ARRIVAL';
export const qualityKey = (quarter: string, kind: QualityFactKind, id: string) => ({ PK: `QUALITY#${quarter}`, SK: `${kind}#${id}` });

/** A device at a customer site, found by system and serial (rework within the repair warranty). */
export const deviceKey = (system: string, serial: string) => ({ PK: `DEVICE#${system}#${serial.trim().toUpperCase()}`, SK: 'DEVICE' });

const placeText = (text: string | undefined) => (text ?? '').normalize('NFKC').toLowerCase().replace(/[\s\p{P}]/gu, '');

/**
 * A device's identity: its serial when it has one, else where it is (site address + system +
 * location on site, compared without spaces, punctuation or case), so a device without a serial is
 * recognised when it fails again too.
 */
export const deviceIdentityKey = (device: { system: string; serial?: string | undefined; location?: string | undefined }, siteAddress: string) =>
  device.serial?.trim()
    ? deviceKey(device.system, device.serial)
    : { PK: `DEVICE#${device.system}#AT#${createHash('sha256').update(`${placeText(siteAddress)}|${placeText(device.location)}`).digest('base64url').slice(0, 22)}`, SK: 'DEVICE' };

/**
 * Settlement (FLOW-5): a statement's head, its revisions and its facts in one partition; the ticket
 * points at its statement (one per ticket, reserved by a conditional Put); numbers come from a
 * per-year counter. Facts are listed per local month on GSI1 (the finance digest), open disputes on
 * GSI1 while a statement is disputed (sparse).
 */
export const statementKey = (statementId: string) => ({ PK: `STATEMENT#${statementId}`, SK: 'STATEMENT' });
export const statementRevisionKey = (statementId: string, revision: number) => ({ PK: `STATEMENT#${statementId}`, SK: `REVISION#${String(revision).padStart(4, '0')}` });
export const statementFactKey = (statementId: string, at: string, factId: string) => ({ PK: `STATEMENT#${statementId}`, SK: `FACT#${at}#${factId}` });
export const STATEMENT_REVISION_PREFIX = 'REVISION#';
export const STATEMENT_FACT_PREFIX = 'FACT#';
export const ticketStatementKey = (ticketId: string) => ({ PK: `TICKET#${ticketId}`, SK: 'STATEMENT' });
export const statementNumberCounterKey = (year: string) => ({ PK: `COUNTER#STATEMENTNO#${year}`, SK: 'COUNTER' });
export const settlementMonthPartition = (month: string) => `SETTLEMENT#${month}`;
export const settlementFactIndexKeys = (month: string, at: string, statementId: string, factId: string) => ({
  GSI1PK: settlementMonthPartition(month),
  GSI1SK: `${at}#${statementId}#${factId}`,
});
export const OPEN_DISPUTES_PARTITION = 'DISPUTES#open';
export const openDisputeIndexKeys = (disputedAt: string, statementId: string) => ({ GSI1PK: OPEN_DISPUTES_PARTITION, GSI1SK: `${disputedAt}#${statementId}` });

/** A device's warranty or maintenance contract, beside the device's repair record. */
export const deviceCoverageKey = (system: string, serial: string) => ({ PK: deviceKey(system, serial).PK, SK: 'COVERAGE' });

/**
 * Deliverability of one email address (bounced or complained), read before every send: one GetItem
 * per recipient. Keyed by the blind index of the lower-cased address (never the address itself), so
 * `A@x.cn` and `a@x.cn` are the same mailbox for this purpose.
 */
export const emailAddressKey = (address: string) => ({ PK: `EMAILADDR#${dataKeys.blindIndex('email', address.trim().toLowerCase())}`, SK: 'DELIVERABILITY' });
/** The key before the address became a blind index (read by the migration only, scripts/encrypt-existing.ts). */
export const LEGACY_EMAILADDR_PREFIX = 'EMAILADDR#';

/**
 * The customer index (blind index, lib/platform/privacy/field-crypto.ts): one item per ticket and
 * contact (the HMAC of the normalised phone, and of the email when there is one), written with the
 * ticket. A Query on the partition finds a customer's tickets, newest first, without the phone
 * number or address being in any key.
 */
export const customerIndexPartition = (blindIndex: string) => `CUSTOMER#${blindIndex}`;
export const customerIndexKey = (blindIndex: string, createdAt: string, ticketId: string) => ({ PK: customerIndexPartition(blindIndex), SK: `TICKET#${createdAt}#${ticketId}` });

/** Data keys, wrapped by AWS KMS (lib/platform/privacy/data-keys.ts): one partition, read at a cold start. */
export const DATA_KEYS_PARTITION = 'DATAKEYS';
export const dataKeyKey = (keyId: string) => ({ PK: DATA_KEYS_PARTITION, SK: `KEY#${keyId}` });
export const dataIndexKeyKey = () => ({ PK: DATA_KEYS_PARTITION, SK: 'INDEX' });
/**
 * Customer service's "call the customer" task after an email bounced or was marked as spam. The id
 * is derived from the SES message id and the address, so a redelivered event finds the task already there.
 * Open tasks are listed from one sparse GSI1 partition (a handful a month, not thousands).
 */
export const mailTaskKey = (taskId: string) => ({ PK: `MAILTASK#${taskId}`, SK: 'MAILTASK' });
export const OPEN_MAIL_TASKS_PARTITION = 'MAILTASKS#open';
export const openMailTaskIndexKeys = (openedAt: string, taskId: string) => ({ GSI1PK: OPEN_MAIL_TASKS_PARTITION, GSI1SK: `${openedAt}#${taskId}` });

/**
 * Emails sent once per fact (lib/platform/mail/send-once.ts) share one partition; the sort key is the
 * layout Powertools idempotency used (`mail.send-once#<md5 of the JSON fact key, base64>`), so the
 * records written before keep their effect.
 */
export const IDEMPOTENCY_PARTITION = 'IDEMPOTENCY';
export const sentMailKey = (factKeyHash: string) => ({ PK: IDEMPOTENCY_PARTITION, SK: `mail.send-once#${factKeyHash}` });

/**
 * A request made once under a client's `Idempotency-Key` (lib/platform/store/request-record.ts):
 * written in the transaction of the change it made, one partition per key (no hot partition).
 */
export const requestRecordKey = (scope: string, keyHash: string) => ({ PK: `REQUEST#${scope}#${keyHash}`, SK: 'REQUEST' });

/**
 * People (ORG-2, TRAIN-1, SAFE-2): a person's certificates and training records in the person's own
 * partition (one Query reads them all). Every certificate is also in one GSI1 list sorted by its
 * expiry date, so the reminder run and the manager's "due" list read only what expires by a date
 * (dozens of people, a few certificates each: one small partition).
 */
export const personKey = (staffId: string, sk: string) => ({ PK: `PERSON#${staffId}`, SK: sk });
export const personCertificateKey = (staffId: string, certId: string) => personKey(staffId, `CERT#${certId}`);
export const personTrainingKey = (staffId: string, sessionId: string) => personKey(staffId, `TRAINING#${sessionId}`);
export const PERSON_CERT_PREFIX = 'CERT#';
export const PERSON_TRAINING_PREFIX = 'TRAINING#';
export const CERTIFICATE_EXPIRY_PARTITION = 'CERTEXPIRY';
export const certificateExpiryIndexKeys = (validUntil: string, staffId: string, certId: string) => ({
  GSI1PK: CERTIFICATE_EXPIRY_PARTITION,
  GSI1SK: `${validUntil}#${staffId}#${certId}`,
});

/** TRAIN-1: a year's training sessions (the plan of every group), one partition per year; ids start with the date. */
export const trainingSessionKey = (year: string, sessionId: string) => ({ PK: `TRAINING#${year}`, SK: `SESSION#${sessionId}` });
export const TRAINING_SESSION_PREFIX = 'SESSION#';

/**
 * SAFE-3: a tool with its inspections in its own partition; every tool in one GSI1 list sorted by its
 * next due date (the register, and "what is due" read as a range), and its holder's tools in GSI2.
 */
export const toolKey = (assetNo: string) => ({ PK: `TOOL#${assetNo}`, SK: 'TOOL' });
export const toolInspectionKey = (assetNo: string, date: string, inspectionId: string) => ({ PK: `TOOL#${assetNo}`, SK: `INSPECTION#${date}#${inspectionId}` });
export const TOOL_DUE_PARTITION = 'TOOLDUE';
export const toolDueIndexKeys = (nextDueOn: string, assetNo: string) => ({ GSI1PK: TOOL_DUE_PARTITION, GSI1SK: `${nextDueOn}#${assetNo}` });
export const toolHolderPartition = (holder: string) => `TOOLHOLDER#${holder}`;
export const toolHolderIndexKeys = (holder: string, assetNo: string) => ({ GSI2PK: toolHolderPartition(holder), GSI2SK: assetNo });

/**
 * TRAIN-2: a quarter's grading in one partition: the sign-off (once), the scorecards frozen by it,
 * the manager's grade adjustments (each a new record beside the computed grade) and ad-hoc assessments.
 */
export const scorecardsKey = (quarter: string, sk: string) => ({ PK: `SCORECARDS#${quarter}`, SK: sk });
export const scorecardSignOffKey = (quarter: string) => scorecardsKey(quarter, 'SIGNOFF');
export const frozenScorecardKey = (quarter: string, staffId: string) => scorecardsKey(quarter, `CARD#${staffId}`);
export const gradeAdjustmentKey = (quarter: string, staffId: string, at: string) => scorecardsKey(quarter, `ADJUST#${staffId}#${at}`);
export const adHocAssessmentKey = (quarter: string, staffId: string, at: string, id: string) => scorecardsKey(quarter, `ADHOC#${staffId}#${at}#${id}`);

/**
 * The access log of customers' personal data (CONF-2, PIPL art. 51): one item per read, filed by its
 * Shanghai day; by staff member on GSI1 and by customer (the blind index of the phone) on GSI2.
 */
export const accessLogKey = (localDay: string, at: string, entryId: string) => ({ PK: `ACCESSLOG#${localDay}`, SK: `${at}#${entryId}` });
export const accessLogStaffPartition = (staffId: string) => `ACCESSLOG#STAFF#${staffId}`;
export const accessLogCustomerPartition = (customerRef: string) => `ACCESSLOG#CUSTOMER#${customerRef}`;

/** Rights requests of customers (PIPL arts. 45-47): one partition per request, listed by month on GSI1. */
export const privacyRequestKey = (requestId: string) => ({ PK: `PRIVACYREQ#${requestId}`, SK: 'REQUEST' });
export const privacyRequestMonthPartition = (month: string) => `PRIVACYREQS#${month}`;

/** Contact data of a closed or cancelled ticket falls due for erasure on a day: a sparse GSI2 bucket. */
export const retentionBucket = (dueAt: string) => `RETENTION#${dueAt.slice(0, 10)}`;
export const retentionKey = (ticketId: string) => ({ PK: `TICKET#${ticketId}`, SK: 'RETENTION' });
