/**
 * The one label catalogue: what people read for each internal code (systems, ticket statuses,
 * skills, eligibility reasons, certificates, safety checklist items, statement and job statuses,
 * stock terms, tools, roles, channels, urgencies ...), in zh-CN and English. Emails, error messages,
 * CSVs, the web app and the PDFs all read it, so a code never reaches a person raw.
 *
 * Keyed by plain strings (the platform imports no context); `test/unit/labels.test.ts` checks every
 * enum value of every context has a label in both languages. A label may hold `{name}` placeholders
 * (the eligibility reasons); `{name:group}` fills in the label of the parameter's code, `{name:list}`
 * a `, `-separated list as the language lists.
 */
import type { Locale } from './locale.ts';

type Pair = readonly [zhCN: string, en: string];
type Group = Readonly<Record<string, Pair>>;

const system: Group = {
  cctv: ['视频监控', 'CCTV'],
  access_control: ['门禁', 'Access control'],
  intercom: ['楼宇对讲', 'Intercom'],
  network: ['网络布线', 'Network cabling'],
  pa_broadcast: ['公共广播', 'PA / broadcast'],
  building_automation: ['楼宇自控', 'Building automation'],
  parking: ['停车场系统', 'Parking system'],
  alarm: ['防盗报警', 'Intrusion alarm'],
  other: ['其他', 'Other'],
};

export const LABELS = {
  /** SYSTEM_TYPES: the device's system. */
  system,
  /** A technician's skill is a system they can service (SYSTEM_TYPES). */
  skill: system,
  /** SKILL_LEVELS. */
  skillLevel: {
    junior: ['初级', 'Junior'],
    senior: ['高级', 'Senior'],
    expert: ['专家', 'Expert'],
  },
  /** TICKET_STATUSES, as the customer and staff read them. */
  ticketStatus: {
    received: ['已受理', 'Received'],
    triaged: ['客服已联系', 'Contacted by customer service'],
    remote_resolution: ['远程指导处理中', 'Being resolved remotely'],
    in_assessment: ['技术评估中', 'Under technical assessment'],
    awaiting_dispatch: ['待派工', 'Waiting for a technician'],
    scheduled: ['已安排上门', 'Visit scheduled'],
    on_site: ['技术员在现场', 'Technician on site'],
    completed: ['维修完成', 'Repair completed'],
    followed_up: ['已回访', 'Followed up'],
    settled: ['费用已结算', 'Settled'],
    closed: ['已关闭', 'Closed'],
    cancelled: ['已取消', 'Cancelled'],
  },
  urgency: {
    urgent: ['紧急', 'Urgent'],
    general: ['一般', 'General'],
  },
  channel: {
    web: ['网页', 'Web'],
    api: ['在线报修', 'Online'],
    phone: ['电话', 'Phone'],
    email: ['邮件', 'Email'],
    chat: ['在线客服', 'Chat'],
    follow_up: ['回访发现', 'Found at follow-up'],
  },
  /** Why a technician may not be sent (lib/dispatch eligibility), with the reason's facts. */
  eligibility: {
    not_a_technician: ['不是技术员', 'Not a technician'],
    inactive: ['账号已停用', 'Account deactivated'],
    missing_skill: ['不具备{skill:skill}技能', 'Not skilled in {skill:skill}'],
    missing_certificate: ['没有{certificate:cert}', '{certificate:cert}: none on record'],
    certificate_expired: ['{certificate:cert}已于 {expiresOn} 过期', '{certificate:cert} expired on {expiresOn}'],
    safety_training_expired: ['安全培训已于 {validUntil} 过期', 'Safety training expired on {validUntil}'],
    safety_training_missing: ['没有通过的安全培训考试', 'No passed safety exam'],
    tool_missing: ['没有{tool:tool}', '{tool:tool}: none held'],
    tool_overdue: ['{tool:tool} {assetNo} 应于 {dueOn} 前检验，已逾期', '{tool:tool} {assetNo} was due for inspection by {dueOn}'],
    tool_failed: ['{tool:tool} {assetNo} 检验不合格', '{tool:tool} {assetNo} failed its inspection'],
  },
  /** CERTIFICATE_RECORD_TYPES. */
  cert: {
    electrician: ['电工证', 'Electrician certificate'],
    work_at_height: ['登高作业证', 'Work-at-height certificate'],
    fire_alarm: ['消防设施操作证', 'Fire-alarm certificate'],
    confined_space: ['有限空间作业证', 'Confined-space certificate'],
    other: ['其他证书', 'Other certificate'],
  },
  /** STANDARD_SAFETY_CHECKLIST (SAFE-3). */
  safety: {
    insulated_tools: ['绝缘工具完好', 'Insulated tools intact'],
    multimeter_calibrated: ['万用表已校准', 'Multimeter calibrated'],
    ladder_or_platform: ['梯子/登高平台完好', 'Ladder or platform sound'],
    ppe_helmet_gloves: ['安全帽、手套等防护用品', 'Helmet, gloves and other PPE'],
    cable_tester: ['网线测试仪正常', 'Cable tester working'],
    spare_parts_checked: ['备件已核对', 'Spare parts checked'],
  },
  /** TOOL_KINDS. */
  tool: {
    multimeter: ['万用表', 'Multimeter'],
    insulation_tester: ['绝缘电阻测试仪', 'Insulation tester'],
    ladder: ['梯子', 'Ladder'],
    fusion_splicer: ['光纤熔接机', 'Fusion splicer'],
    network_tester: ['网络测试仪', 'Network tester'],
    harness: ['安全带', 'Safety harness'],
  },
  /** JOB_STATUSES. */
  jobStatus: {
    scheduled: ['待上门', 'Scheduled'],
    on_site: ['在现场', 'On site'],
    completed: ['已完成', 'Completed'],
    cancelled: ['已取消', 'Cancelled'],
  },
  /** STATEMENT_STATUSES. */
  statementStatus: {
    issued: ['待确认', 'Awaiting confirmation'],
    disputed: ['有异议', 'Disputed'],
    confirmed: ['已确认', 'Confirmed'],
    settled: ['已结清', 'Settled'],
  },
  /** PAYMENT_METHODS. */
  payment: {
    bank_transfer: ['银行转账', 'Bank transfer'],
    wechat: ['微信支付', 'WeChat Pay'],
    alipay: ['支付宝', 'Alipay'],
    cash: ['现金', 'Cash'],
    card: ['刷卡', 'Card'],
    cheque: ['支票', 'Cheque'],
  },
  /** INVOICE_TYPES. */
  invoiceType: {
    normal: ['增值税普通发票', 'VAT general invoice'],
    special: ['增值税专用发票', 'VAT special invoice'],
  },
  /** Stock terms: MOVEMENT_KINDS. */
  movement: {
    received: ['采购入库', 'Received'],
    issued: ['领用出库', 'Issued'],
    returned: ['退库', 'Returned unused'],
    used: ['维修使用', 'Used on a job'],
    transferred: ['调拨', 'Transferred'],
    returned_to_supplier: ['退回供应商', 'Returned to supplier'],
    written_off: ['报废', 'Written off'],
    stocktake: ['盘点调整', 'Stocktake correction'],
    adjusted: ['库存调整', 'Adjusted'],
  },
  /** DOCUMENT_TYPES: what a ledger entry belongs to. */
  documentType: {
    purchase_order: ['采购单', 'Purchase order'],
    transfer: ['调拨单', 'Transfer'],
    job: ['上门维修', 'Job'],
    stocktake: ['盘点', 'Stocktake'],
    adjustment: ['库存调整', 'Adjustment'],
    supplier_return: ['退货单', 'Supplier return'],
  },
  /** PURCHASE_ORDER_STATUSES. */
  orderStatus: {
    draft: ['草稿', 'Draft'],
    pending_approval: ['待经理审批', 'Awaiting approval'],
    ordered: ['已下单', 'Ordered'],
    partly_received: ['部分到货', 'Partly received'],
    received: ['已到齐', 'Received'],
    closed: ['已关闭', 'Closed'],
    cancelled: ['已作废', 'Cancelled'],
  },
  /** A supplier return's status. */
  returnStatus: {
    open: ['待退回', 'To send back'],
    shipped: ['已退回', 'Sent back'],
    closed: ['已办结', 'Closed'],
  },
  /** A stocktake's status. */
  stocktakeStatus: {
    counting: ['盘点中', 'Counting'],
    submitted: ['待审批', 'Awaiting approval'],
    approving: ['调整中（未完成）', 'Corrections being written'],
    approved: ['已审批', 'Approved'],
  },
  /** Where an issued serial is. */
  serialState: {
    out: ['在技术员处', 'Out with a technician'],
    used: ['已用于维修', 'Used on a job'],
    returned: ['已退库', 'Back in the store'],
  },
  supplierStatus: {
    approved: ['合格', 'Approved'],
    suspended: ['暂停', 'Suspended'],
  },
  /** A document's state, whichever document (purchase order, supplier return, stocktake). */
  documentState: {
    draft: ['草稿', 'Draft'],
    pending_approval: ['待经理审批', 'Awaiting approval'],
    ordered: ['已下单', 'Ordered'],
    partly_received: ['部分到货', 'Partly received'],
    received: ['已到齐', 'Received'],
    closed: ['已关闭', 'Closed'],
    cancelled: ['已作废', 'Cancelled'],
    open: ['待退回', 'To send back'],
    shipped: ['已退回', 'Sent back'],
    counting: ['盘点中', 'Counting'],
    submitted: ['待审批', 'Awaiting approval'],
    approving: ['调整中（未完成）', 'Corrections being written'],
    approved: ['已审批', 'Approved'],
  },
  /** LOCALES: the languages a customer may choose. */
  locale: {
    'zh-CN': ['简体中文', 'Simplified Chinese'],
    en: ['英文', 'English'],
  },
  /** What a field of a request should have been (validation's `invalid_type`). */
  valueType: {
    string: ['文本', 'text'],
    number: ['数字', 'a number'],
    int: ['整数', 'a whole number'],
    boolean: ['是或否', 'yes or no'],
    object: ['一组字段', 'a group of fields'],
    array: ['列表', 'a list'],
    date: ['日期', 'a date'],
  },
  /** Stock locations that are not a van. */
  location: {
    warehouse: ['仓库', 'Warehouse'],
  },
  /** STAFF_ROLES. */
  role: {
    manager: ['经理', 'Manager'],
    customer_service: ['客服', 'Customer service'],
    tech_support: ['技术支持', 'Technical support'],
    technician: ['技术员', 'Technician'],
    finance: ['财务', 'Finance'],
  },
  /** RESPONSIBLE_GROUPS and STAFF_GROUPS. */
  group: {
    customer_service: ['客户服务组', 'Customer service'],
    tech_support: ['技术支持组', 'Technical support'],
    repair_service: ['维修服务组', 'Repair service'],
    manager: ['经理', 'Manager'],
  },
  /** TIMER_KINDS. */
  timerKind: {
    first_contact: ['首次联系客户', 'First contact'],
    visit_agreement: ['约定上门时间', 'Visit time agreed'],
    on_site: ['到达现场', 'On site'],
    simple_repair: ['简单故障修复', 'Simple repair'],
    agreed_completion: ['约定完成', 'Agreed completion'],
    follow_up: ['回访', 'Follow-up'],
  },
  /** TIMER_STATES. */
  timerState: {
    running: ['计时中', 'Running'],
    paused: ['已暂停', 'Paused'],
    met: ['已达成', 'Met'],
    breached: ['已超时', 'Breached'],
    exempt: ['已豁免', 'Exempt'],
    cancelled: ['已取消（不计）', 'Cancelled (not counted)'],
  },
  /** PAUSE_CATEGORIES. */
  pauseCategory: {
    customer_unavailable: ['客户不在/联系不上', 'Customer not available'],
    waiting_site_access: ['等待进场许可', 'Waiting for site access'],
    waiting_parts: ['等待备件', 'Waiting for parts'],
    customer_asked_delay: ['客户要求延后', 'Customer asked to delay'],
    other: ['其他', 'Other'],
  },
  /** TOLD_VIA. */
  toldVia: {
    phone: ['电话', 'Phone'],
    sms: ['短信', 'SMS'],
    wechat: ['微信', 'WeChat'],
    email: ['电子邮件', 'Email'],
    in_person: ['当面', 'In person'],
  },
  /** CANCELLATION_CAUSES. */
  cancelCause: {
    visit_cancelled: ['上门已取消', 'Visit called off'],
    replaced: ['已重新约定时间', 'Replaced by a new agreed time'],
    no_visit_needed: ['远程解决，无需上门', 'Fixed remotely, no visit needed'],
  },
  /** GRADES. */
  grade: {
    excellent: ['优秀', 'Excellent'],
    good: ['良好', 'Good'],
    pass: ['合格', 'Pass'],
    fail: ['不合格', 'Fail'],
  },
  /** METRICS of the scorecard. */
  metric: {
    slaKept: ['时限达成', 'SLA kept'],
    punctuality: ['准时到场', 'Punctuality'],
    repeatFailure: ['无返修', 'No repeat failure'],
    satisfaction: ['满意度', 'Satisfaction'],
    complaints: ['投诉', 'Complaints'],
    trainingAttendance: ['培训出勤', 'Training attendance'],
    examsPassed: ['考试通过', 'Exams passed'],
  },
  /** TRAINING_TOPICS. */
  topic: {
    product_technology: ['产品技术', 'Product technology'],
    maintenance_skills: ['维修技能', 'Maintenance skills'],
    service_etiquette: ['服务礼仪', 'Service etiquette'],
    communication: ['沟通技巧', 'Communication'],
    safety: ['安全', 'Safety'],
  },
  /** TRAINING_METHODS. */
  method: {
    classroom: ['课堂', 'Classroom'],
    on_the_job: ['岗位实操', 'On the job'],
    online: ['线上', 'Online'],
  },
  /** RIGHTS_KINDS. */
  privacyKind: {
    export: ['获取副本', 'Copy (export)'],
    correct: ['更正', 'Correction'],
    erase: ['删除', 'Erasure'],
  },
  /** VERIFICATION_METHODS. */
  verification: {
    callback_registered_phone: ['回拨登记电话核实', 'Called back the phone on file'],
    email_from_registered_address: ['来自登记邮箱的书面申请', 'Written request from the email on file'],
    id_document_in_person: ['现场查验身份证件', 'ID document checked in person'],
    written_request_with_seal: ['加盖公章的书面申请', 'Written request with the company seal'],
  },
} as const satisfies Record<string, Group>;

export type LabelGroup = keyof typeof LABELS;

const catalogue: Readonly<Record<string, Group>> = LABELS;

export function hasLabel(group: string, code: string): boolean {
  return Object.hasOwn(catalogue, group) && Object.hasOwn(catalogue[group]!, code);
}

/** The codes a group labels (for the tests and for selects). */
export function labelCodes(group: LabelGroup): string[] {
  return Object.keys(LABELS[group]);
}

/**
 * Fills `{name}` from `params` and `{name:group}` with the label of the parameter's code in that
 * group (a code the group lacks is shown as it is: the catalogue test keeps that from happening).
 */
export function fillLabels(template: string, locale: Locale, params: Readonly<Record<string, string | number | undefined>> = {}): string {
  return template.replace(/\{(\w+)(?::(\w+))?\}/g, (_, name: string, group: string | undefined) => {
    const value = params[name];
    if (value === undefined) return '';
    if (group === 'list') return String(value).split(', ').join(locale === 'en' ? ', ' : '、');
    return group ? labelOf(group, String(value), locale) : String(value);
  });
}

/**
 * The label of `code` in `group` for `locale`, placeholders filled from `params`; the code itself
 * when the catalogue has no label for it.
 */
export function labelOf(group: string, code: string, locale: Locale, params?: Readonly<Record<string, string | number | undefined>>): string {
  if (!hasLabel(group, code)) return code;
  const pair = catalogue[group]![code]!;
  const text = locale === 'en' ? pair[1] : pair[0];
  return text.includes('{') ? fillLabels(text, locale, params) : text;
}

/** A list of labels joined as each language lists things: `视频监控、门禁` / `CCTV, Access control`. */
export function labelList(group: string, codes: readonly string[], locale: Locale): string {
  return codes.map((code) => labelOf(group, code, locale)).join(locale === 'en' ? ', ' : '、');
}

/**
 * The group whose codes include every one of `codes` (the choices of a refused enum field), if any
 * single group does; the smallest such group wins.
 */
export function groupOfCodes(codes: readonly string[]): string | undefined {
  let best: string | undefined;
  for (const [group, entries] of Object.entries(catalogue)) {
    if (!codes.length || !codes.every((code) => Object.hasOwn(entries, code))) continue;
    if (best === undefined || Object.keys(entries).length < Object.keys(catalogue[best]!).length) best = group;
  }
  return best;
}

/** A stock location as people say it: the warehouse by name, a van as the technician's van. */
export function locationLabel(location: string, locale: Locale): string {
  if (hasLabel('location', location)) return labelOf('location', location, locale);
  const van = /^van-(.+)$/.exec(location);
  if (van) return locale === 'en' ? `van of ${van[1]}` : `${van[1]}的车载库存`;
  return location;
}
