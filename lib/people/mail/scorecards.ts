/**
 * Scorecard letters (zh-CN, staff language): the manager's drafts of the quarter just ended (an HTML
 * table and the same rows as CSV, UTF-8 with BOM), and each person's own scorecard after sign-off.
 */
import { csvBuffer, type CsvCell } from '../../platform/mail/csv.ts';
import { escapeHtml, htmlDocument, plainLetter } from '../../platform/mail/html.ts';
import type { OutgoingMail } from '../../platform/mail/mailer.ts';
import { labelOf } from '../../platform/labels.ts';
import { GRADES, METRICS, type Grade, type Metric } from '../domain/scorecard.ts';
import type { FrozenScorecard, Scorecard } from '../store/scorecard-repository.ts';

export const GRADE_NAMES = Object.fromEntries(GRADES.map((grade) => [grade, labelOf('grade', grade, 'zh-CN')])) as Record<Grade, string>;
const METRIC_NAMES = Object.fromEntries(METRICS.map((metric) => [metric, labelOf('metric', metric, 'zh-CN')])) as Record<Metric, string>;
const quarterText = (quarter: string) => `${quarter.slice(0, 4)} 年第 ${quarter.slice(-1)} 季度`;
const gradeText = (card: Pick<Scorecard, 'grade' | 'smallSample'>) => (card.grade ? GRADE_NAMES[card.grade] : card.smallSample ? '样本不足' : '数据不足');

function rows(cards: Scorecard[]): CsvCell[][] {
  const metrics = Object.keys(METRIC_NAMES) as Metric[];
  return [
    ['员工', '组别', '时限达成', '时限超时', '豁免', '到场次数', '迟到', '维修', '确认返修', '回访答复', '平均满意度', '成立投诉', '培训场次', '出勤', '考试', '通过', ...metrics.map((m) => `${METRIC_NAMES[m]}得分`), '总分', '等级', '小样本'],
    ...cards.map((c) => [
      c.name,
      labelOf('group', c.group, 'zh-CN'),
      c.facts.sla.met,
      c.facts.sla.breached,
      c.facts.sla.exempt,
      c.facts.arrivals.total,
      c.facts.arrivals.late,
      c.facts.repairs.total,
      c.facts.repairs.failedAgain,
      c.facts.satisfaction.answers,
      c.facts.satisfaction.answers ? (c.facts.satisfaction.sum / c.facts.satisfaction.answers).toFixed(2) : '',
      c.facts.complaintsUpheld,
      c.facts.training.sessions,
      c.facts.training.attended,
      c.facts.exams.sat,
      c.facts.exams.passed,
      ...metrics.map((m) => c.metrics.find((x) => x.metric === m)?.score ?? ''),
      c.score ?? '',
      gradeText(c),
      c.smallSample ? '是' : '',
    ]),
  ];
}

function htmlTable(table: CsvCell[][]): string {
  const [head, ...body] = table;
  const cell = (tag: string) => (value: CsvCell) => `<${tag} style="border:1px solid #ccc;padding:4px 6px">${escapeHtml(String(value ?? ''))}</${tag}>`;
  return `<table style="border-collapse:collapse;font-size:13px"><thead><tr>${head!.map(cell('th')).join('')}</tr></thead><tbody>${body.map((r) => `<tr>${r.map(cell('td')).join('')}</tr>`).join('')}</tbody></table>`;
}

export function draftScorecardsMail(quarter: string, cards: Scorecard[], reference: string): Omit<OutgoingMail, 'to'> {
  const subject = `【季度考核草稿】${quarterText(quarter)}员工考核评分表（待审核签认）`;
  const intro = `${quarterText(quarter)}已结束。以下为按事实数据计算的考核草稿，共 ${cards.length} 人；请在员工端“团队”页面审核，如需调整等级请填写理由，然后签认本季度。`;
  const note = '回访答复少于设定数量的为小样本，只显示不评分；没有可计量工作数据的不评等级。附件为同一表格的 CSV 文件。';
  const table = rows(cards);
  return {
    subject,
    text: [intro, note, ...table.map((r) => r.join('\t'))].join('\n\n'),
    html: htmlDocument('zh-CN', subject, [escapeHtml(intro), escapeHtml(note), htmlTable(table)]),
    attachments: [{ filename: `scorecards-${quarter}.csv`, content: csvBuffer(table), contentType: 'text/csv; charset=utf-8' }],
    reference,
  };
}

export function ownScorecardMail(card: FrozenScorecard, reference: string): Omit<OutgoingMail, 'to'> {
  const final = card.finalGrade ? GRADE_NAMES[card.finalGrade] : gradeText(card);
  const subject = `【季度考核结果】${card.name}，${quarterText(card.quarter)}：${final}`;
  const lines = [
    `${card.name}，您${quarterText(card.quarter)}的考核已由经理签认，等级：${final}${card.score !== null ? `（总分 ${card.score}）` : ''}。`,
    ...card.metrics.filter((m) => m.score !== null).map((m) => `${METRIC_NAMES[m.metric]}：${m.score}${m.smallSample ? '（样本不足，不计分）' : ''}`),
    ...(card.adjustment ? [`计算等级：${gradeText(card)}；经理调整为${GRADE_NAMES[card.adjustment.grade]}，理由：${card.adjustment.reason}`] : []),
    '明细见员工端“个人页面”。',
  ];
  return plainLetter('zh-CN', subject, lines, reference);
}
