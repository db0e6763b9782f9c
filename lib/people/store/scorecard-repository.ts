/**
 * A quarter's grading (TRAIN-2): the scorecard configuration (versioned), and per quarter the
 * sign-off with the scorecards it froze, the manager's adjustments and the ad-hoc assessments, in one
 * partition (one Query reads a quarter). Sign-off is a conditional Put: a quarter is signed off once.
 */
import { GetCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { queryAll, withoutKeys } from '../../platform/store/query.ts';
import { outboxPut } from '../../platform/store/outbox.ts';
import { adHocAssessmentKey, frozenScorecardKey, gradeAdjustmentKey, scorecardSignOffKey, scorecardsKey } from '../../platform/store/keys.ts';
import { guard, transactWrite } from '../../platform/store/transact.ts';
import { versionedDocument, type Versioned } from '../../platform/store/versioned-config.ts';
import { DomainError } from '../../platform/errors.ts';
import type { Locale } from '../../platform/locale.ts';
import { DEFAULT_SCORECARD_CONFIG, type ComputedScore, type Grade, type PersonFacts, type ScorecardConfig } from '../domain/scorecard.ts';
import type { StaffGroup } from '../domain/people.ts';

const SCORECARD_CONFIG = 'scorecard-config';

export class QuarterSignedOffError extends DomainError {
  override name = 'QuarterSignedOffError';
  readonly code = 'quarter_signed_off';
  constructor(readonly quarter: string) {
    super(`Quarter ${quarter} is signed off`);
  }

  override messageParams(locale: Locale) {
    const [year, q] = [this.quarter.slice(0, 4), this.quarter.slice(-1)];
    return { quarter: locale === 'en' ? `Q${q} ${year}` : `${year} 年第 ${q} 季度` };
  }
}

export interface GradeAdjustment {
  staffId: string;
  quarter: string;
  grade: Grade;
  reason: string;
  by: string;
  at: string;
}

export interface AdHocAssessment {
  assessmentId: string;
  staffId: string;
  quarter: string;
  date: string;
  kind: 'incident' | 'efficiency' | 'other';
  note: string;
  grade?: Grade;
  by: string;
  at: string;
}

/** One person's computed scorecard: the facts, the metric scores and the computed grade (never overwritten). */
export interface Scorecard extends ComputedScore {
  staffId: string;
  name: string;
  group: StaffGroup;
  quarter: string;
  facts: PersonFacts;
  configVersion: number;
}

/** The scorecard as the sign-off froze it: the computed one, with the adjustment in force then. */
export interface FrozenScorecard extends Scorecard {
  adjustment?: GradeAdjustment;
  finalGrade: Grade | null;
  signedOffAt: string;
  signedOffBy: string;
}

export interface SignOff {
  quarter: string;
  at: string;
  by: string;
  configVersion: number;
}

export interface QuarterRecords {
  signOff?: SignOff;
  frozen: FrozenScorecard[];
  adjustments: GradeAdjustment[];
  adHoc: AdHocAssessment[];
}

export class ScorecardRepository {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  private get configDocument() {
    return versionedDocument(this.db, this.tableName, SCORECARD_CONFIG, DEFAULT_SCORECARD_CONFIG);
  }

  async config(): Promise<Versioned<ScorecardConfig>> {
    return this.configDocument.get();
  }

  async putConfig(value: ScorecardConfig, expectedVersion: number, by: string, at: Date): Promise<number> {
    return this.configDocument.put(value, expectedVersion, by, at);
  }

  /** Everything recorded for a quarter (sign-off, frozen cards, adjustments oldest first, ad-hoc assessments). */
  async quarter(quarter: string): Promise<QuarterRecords> {
    const items = await queryAll(this.db, { TableName: this.tableName, KeyConditionExpression: 'PK = :pk', ExpressionAttributeValues: { ':pk': scorecardsKey(quarter, '').PK }, ConsistentRead: true });
    const of = <T>(prefix: string) => items.filter((i) => String(i.SK).startsWith(prefix)).map((i) => withoutKeys<T>(i));
    const signOff = items.find((i) => i.SK === 'SIGNOFF');
    return {
      ...(signOff ? { signOff: withoutKeys<SignOff>(signOff) } : {}),
      frozen: of<FrozenScorecard>('CARD#'),
      adjustments: of<GradeAdjustment>('ADJUST#'),
      adHoc: of<AdHocAssessment>('ADHOC#'),
    };
  }

  async frozenCard(quarter: string, staffId: string): Promise<FrozenScorecard | undefined> {
    const result = await this.db.send(new GetCommand({ TableName: this.tableName, Key: frozenScorecardKey(quarter, staffId) }));
    return result.Item ? withoutKeys<FrozenScorecard>(result.Item) : undefined;
  }

  /** Refused once the quarter is signed off (the sign-off must not exist when the adjustment is written). */
  async addAdjustment(adjustment: GradeAdjustment): Promise<void> {
    await transactWrite(this.db, [
      guard(
        { ConditionCheck: { TableName: this.tableName, Key: scorecardSignOffKey(adjustment.quarter), ConditionExpression: 'attribute_not_exists(PK)' } },
        () => new QuarterSignedOffError(adjustment.quarter),
      ),
      { Put: { TableName: this.tableName, Item: { ...gradeAdjustmentKey(adjustment.quarter, adjustment.staffId, adjustment.at), entity: 'GradeAdjustment', ...adjustment } } },
    ]);
  }

  async addAdHoc(assessment: AdHocAssessment): Promise<void> {
    await transactWrite(this.db, [
      { Put: { TableName: this.tableName, Item: { ...adHocAssessmentKey(assessment.quarter, assessment.staffId, assessment.at, assessment.assessmentId), entity: 'AdHocAssessment', ...assessment } } },
    ]);
  }

  /** The quarter signed off once: the sign-off, every scorecard frozen as it stands, and the event that emails each person theirs. */
  async signOff(signOff: SignOff, cards: FrozenScorecard[], now: Date): Promise<void> {
    await transactWrite(this.db, [
      guard(
        { Put: { TableName: this.tableName, Item: { ...scorecardSignOffKey(signOff.quarter), entity: 'ScorecardSignOff', ...signOff }, ConditionExpression: 'attribute_not_exists(PK)' } },
        () => new QuarterSignedOffError(signOff.quarter),
      ),
      ...cards.map((card) => ({ Put: { TableName: this.tableName, Item: { ...frozenScorecardKey(signOff.quarter, card.staffId), entity: 'FrozenScorecard', ...card } } })),
      outboxPut(this.tableName, 'people-mail', { type: 'scorecards.signed-off', quarter: signOff.quarter }, now),
    ]);
  }
}
