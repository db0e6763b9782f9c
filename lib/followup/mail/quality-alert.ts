/** STD-4a over target: the manager is told once per quarter and level (zh-CN, staff language). */
import { plainLetter } from '../../platform/mail/html.ts';
import type { OutgoingMail } from '../../platform/mail/mailer.ts';

const percent = (share: number) => `${(share * 100).toFixed(1)}%`;
/** '2026-Q4' as people say it: 2026 年第 4 季度. */
const quarterText = (quarter: string) => `${quarter.slice(0, 4)} 年第 ${quarter.slice(-1)} 季度`;

export function qualityAlertMail(
  quarter: string,
  target: number,
  crossing: { key: string; technicianName?: string; repairs: number; failedAgain: number; rate: number },
): Omit<OutgoingMail, 'to'> {
  const who = crossing.technicianName ? `技术员${crossing.technicianName}` : '售后服务部';
  const subject = `【返修率超标】${quarterText(quarter)}，${who}返修率 ${percent(crossing.rate)}，目标不超过 ${percent(target)}`;
  const lines = [
    `${quarterText(quarter)}，${who}完成维修 ${crossing.repairs} 次，其中 ${crossing.failedAgain} 次在保修期内经确认为返修，返修率 ${percent(crossing.rate)}，超过目标 ${percent(target)}。`,
    '请在员工考核与质量分析中关注；返修明细见员工端“质量指标”页面。本季度同一层级只提醒一次。',
  ];
  return plainLetter('zh-CN', subject, lines, crossing.key);
}
