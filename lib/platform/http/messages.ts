/**
 * Every message a client can see, in zh-CN (default) and en. Keys are stable; parameters are
 * filled from `{name}` placeholders. Nothing internal (stack, SDK text) ever reaches these strings.
 */
import type { Locale } from '../locale.ts';
import { fillLabels, groupOfCodes, labelList } from '../labels.ts';

type Catalog = Record<string, string>;

const zhCN: Catalog = {
  required: '此项为必填项',
  invalid_type: '类型不正确，应为{expected:valueType}',
  too_long: '长度不能超过 {max} 个字符',
  too_short: '长度不能少于 {min} 个字符',
  too_big: '不能大于 {max}',
  too_small: '不能小于 {min}',
  invalid_option: '取值无效，可选值：{options}',
  unknown_field: '不允许的字段',
  privacy_notice_required: '请阅读个人信息收集告知并勾选同意后再提交',
  invalid_email: '邮箱地址格式不正确',
  invalid_phone: '电话号码格式不正确（中国大陆手机号，或“+国家码”开头的号码）',
  invalid_format: '格式不正确',
  invalid_integer: '必须是整数',
  invalid_cursor: '分页游标无效',
  invalid_json: '请求体不是有效的 JSON',
  body_required: '请求体不能为空',
  body_too_large: '请求体过大（上限 {max} 字节）',
  unsupported_media_type: '请求体必须是 application/json',
  validation_failed: '有些内容需要修改，请检查标注的内容',
  not_found: '没有找到您要的内容',
  route_not_found: '接口不存在',
  method_not_allowed: '该接口不支持此请求方法，可用方法：{allow}',
  malformed_path: '请求路径格式不正确',
  service_unavailable: '系统正在启动，请稍后重试',
  unauthorized: '需要登录',
  forbidden: '无权执行此操作',
  account_deactivated: '账号已停用，请联系经理',
  account_unknown: '没有此账号的员工档案，请联系经理',
  invalid_transition: '工单当前状态为“{current:ticketStatus}”，不能执行此操作',
  concurrent_update: '工单已被他人修改，请刷新后重试',
  idempotency_key_reused: '该 Idempotency-Key 已用于另一份不同的请求',
  idempotency_in_progress: '相同 Idempotency-Key 的请求正在处理中，请稍后重试',
  internal: '系统暂时出了问题，请稍后重试',
  invalid_calendar: '日历无效：{detail}',
  unknown_calendar: '没有编号为 {id} 的日历',
  timer_state: '计时器当前状态为“{state:timerState}”，不能执行此操作',
  exemption_too_late: '豁免必须在时限（{dueAt}）之前登记并告知客户',
  technician_not_eligible: '技术员{name}不符合派工条件：{reasons}',
  safety_check_required: '开工前须先完成并通过工具设备安全检查',
  part_not_designated: '备件 {sku} 不是公司指定的合格备件，不能使用',
  insufficient_stock: '{location}的备件 {sku} 库存不足',
  unknown_part: '备件目录中没有该备件',
  below_reserved: '盘点数量少于已为工单预留的 {reserved} 件：请先取消或改派相关预留',
  supplier_not_approved: '供应商 {supplier} 不是备件 {sku} 的合格供应商（未批准、资质过期或未登记供货），不能采购',
  document_state: '单据当前状态为“{state:documentState}”，不能执行此操作',
  document_changed: '单据已被他人修改，请刷新后重试',
  unknown_supplier: '没有该供应商',
  unknown_order: '没有该采购单',
  offer_not_designated: '只能登记公司指定的合格备件',
  unknown_order_line: '采购单中没有这一行',
  receipt_split: '合格数量与不合格数量之和必须等于到货数量',
  serial_count: '序列号个数必须为 {count}',
  serial_duplicate: '序列号重复',
  serial_not_out: '这些序列号不在该技术员名下：{serials:list}',
  serial_already_out: '这些序列号已领出：{serials:list}',
  same_location: '调入与调出位置不能相同',
  count_missing: '盘点表的每一项都要填写实盘数量',
  duplicate_line: '同一备件重复填写',
  write_off_negative: '报废只能减少库存（数量为负数）',
  unknown_technician: '没有该技术员',
  window_order: '结束时间必须晚于开始时间',
  not_customer_address: '退信地址不是工单的客户邮箱（例如开票联系人），请在相应记录中更正',
  in_the_past: '时间不能早于当前时间',
  nothing_changed: '没有需要修改的内容',
  phone_or_email: '请填写电话或邮箱（至少一项）',
  one_of_day_staff_phone: '请只按一个条件查询：日期、员工或客户电话',
  rights_request_done: '该申请已办理完毕',
  erasure_open_tickets: '该客户仍有未结束的工单（{tickets:list}），结束后才能删除其个人信息',
  rights_request_kind: '该申请不是“{kind:privacyKind}”类申请',
  no_email_to_send: '该客户没有已核实的邮箱，请改为下载',
  too_big_bytes: '不能超过 {max} 字节',
  not_png: '必须是 PNG 图片',
  survey_already_answered: '该回访问卷已经提交过，感谢您的反馈',
  link_expired: '链接已过期，请联系客服',
  statement_state: '结算单当前状态为“{status:statementStatus}”，不能执行此操作',
  rework_not_suspected: '该工单不是疑似保修期内返修',
  rework_already_judged: '返修已判定；如需更改，请由经理更正',
  rework_too_late: '工单已回访或结算，不能再更改返修判定',
  statement_revision_stale: '您操作的是结算单第 {sent} 版，当前有效的是第 {revision} 版，请查看当前版本后再操作',
  invoice_already_requested: '该结算单已申请过发票',
  invoice_not_requested: '该结算单尚未申请发票',
  invoice_already_issued: '该结算单的发票已开具',
  nothing_to_invoice: '结算金额为零，无需开具发票',
  discount_needs_manager: '折扣须经经理批准，请由经理修订结算单',
  payment_exceeds_outstanding: '收款金额超过未付金额（{outstanding}）',
  discount_exceeds_subtotal: '折扣不能超过小计金额（{max} 分）',
  discount_one_of: '请填写折扣比例或折扣金额（二选一）',
  invalid_taxpayer_id: '纳税人识别号格式不正确（应为 18 位统一社会信用代码）',
  special_invoice_personal: '增值税专用发票只能开具给单位',
  unknown_job: '该工单没有这次上门记录',
  in_the_future: '日期不能晚于今天',
  after_now: '时间不能晚于当前时间',
  before_ticket_created: '时间不能早于工单创建时间（{at}）',
  before_previous_event: '时间不能早于上一步骤的时间（{at}）',
  unknown_staff: '没有该员工',
  unknown_tool: '工具台账中没有该工具，或不由本人保管',
  session_not_held: '培训尚未举行，不能登记出勤和考试成绩',
  score_without_exam: '该培训没有考试或此人未出勤，不能登记成绩',
  duplicate: '重复的条目',
  quarter_signed_off: '{quarter}的考核已签认，不能再更改',
  bands_order: '等级分数线须满足：优秀 > 良好 > 合格',
  weights_zero: '至少一项指标的权重须大于 0',
  quarter_not_started: '该季度尚未开始',
};

const en: Catalog = {
  required: 'This field is required',
  invalid_type: 'Wrong type, expected {expected:valueType}',
  too_long: 'Must be at most {max} characters',
  too_short: 'Must be at least {min} characters',
  too_big: 'Must be at most {max}',
  too_small: 'Must be at least {min}',
  invalid_option: 'Invalid value, expected one of: {options}',
  unknown_field: 'Unknown field',
  privacy_notice_required: 'Please read the privacy notice and tick the box to send your report',
  invalid_email: 'Not a valid email address',
  invalid_phone: 'Not a valid phone number (a mainland China mobile number or +country code format)',
  invalid_format: 'Invalid format',
  invalid_integer: 'Must be a whole number',
  invalid_cursor: 'Invalid page cursor',
  invalid_json: 'The request body is not valid JSON',
  body_required: 'The request body is required',
  body_too_large: 'The request body is too large (limit {max} bytes)',
  unsupported_media_type: 'The request body must be application/json',
  validation_failed: 'Some entries need attention: please check the marked fields',
  not_found: 'We could not find what you asked for',
  route_not_found: 'No such endpoint',
  method_not_allowed: 'This endpoint does not support this method; allowed: {allow}',
  malformed_path: 'The request path is malformed',
  service_unavailable: 'The system is starting, please retry in a moment',
  unauthorized: 'Sign-in required',
  forbidden: 'You are not allowed to do this',
  account_deactivated: 'This account is deactivated; ask your manager',
  account_unknown: 'There is no staff record for this account; ask your manager',
  invalid_transition: 'The ticket is currently "{current:ticketStatus}"; this action is not possible',
  concurrent_update: 'The ticket was changed by someone else; reload and try again',
  idempotency_key_reused: 'This Idempotency-Key was already used for a different request',
  idempotency_in_progress: 'A request with this Idempotency-Key is still being processed; retry shortly',
  internal: 'Something went wrong on our side; please try again later',
  invalid_calendar: 'Invalid calendar: {detail}',
  unknown_calendar: 'No calendar with id {id}',
  timer_state: 'The timer is currently "{state:timerState}"; this action is not possible',
  exemption_too_late: 'An exemption must be recorded, and the customer told, before the deadline ({dueAt})',
  technician_not_eligible: 'Technician {name} cannot be assigned: {reasons}',
  safety_check_required: 'The pre-job safety check of tools and equipment must be passed before the job starts',
  part_not_designated: 'Part {sku} is not a company-designated qualified part and cannot be used',
  insufficient_stock: 'Not enough {sku} in stock at {location}',
  unknown_part: 'No such part in the catalog',
  below_reserved: 'Counted fewer than the {reserved} reserved for jobs: cancel or move those reservations first',
  supplier_not_approved: 'Supplier {supplier} is not a qualified supplier of part {sku} (not approved, qualification expired, or not listed for it)',
  document_state: 'The document is "{state:documentState}"; this action is not possible',
  document_changed: 'The document was changed by someone else; reload and try again',
  unknown_supplier: 'No such supplier',
  unknown_order: 'No such purchase order',
  offer_not_designated: 'Only company-designated qualified parts may be listed',
  unknown_order_line: 'No such line on the purchase order',
  receipt_split: 'Accepted and rejected must add up to the quantity received',
  serial_count: 'Exactly {count} serial numbers are needed',
  serial_duplicate: 'Serial numbers repeat',
  serial_not_out: 'Not out with this technician: {serials:list}',
  serial_already_out: 'Already issued: {serials:list}',
  same_location: 'From and to must be different locations',
  count_missing: 'Every line of the count sheet needs a counted quantity',
  duplicate_line: 'The same part appears twice',
  write_off_negative: 'A write-off only takes stock out (a negative quantity)',
  unknown_technician: 'No such technician',
  window_order: 'The end must be after the start',
  not_customer_address: 'The bounced address is not the ticket\'s customer email (an invoice contact, say): correct it where it is kept',
  in_the_past: 'Must not be in the past',
  nothing_changed: 'Nothing to change',
  phone_or_email: 'Give a phone or an email (at least one)',
  one_of_day_staff_phone: 'Query by exactly one of: day, staff member or customer phone',
  rights_request_done: 'This request has already been carried out',
  erasure_open_tickets: 'The customer still has tickets in progress ({tickets:list}); their personal data can be erased once these end',
  rights_request_kind: 'This request is not of the kind "{kind:privacyKind}"',
  no_email_to_send: 'The customer has no verified email address; download the export instead',
  too_big_bytes: 'Must be at most {max} bytes',
  not_png: 'Must be a PNG image',
  survey_already_answered: 'This survey was already answered. Thank you for your feedback',
  link_expired: 'This link has expired; please contact customer service',
  statement_state: 'The statement is currently "{status:statementStatus}"; this action is not possible',
  rework_not_suspected: 'This ticket is not a suspected rework within the warranty',
  rework_already_judged: 'The rework has been judged; only the manager can change the decision',
  rework_too_late: 'The ticket has been followed up or settled; the rework decision can no longer change',
  statement_revision_stale: 'You acted on revision {sent} of the statement, but the revision in force is {revision}; please review it first',
  invoice_already_requested: 'An invoice was already requested for this statement',
  invoice_not_requested: 'No invoice was requested for this statement',
  invoice_already_issued: 'The invoice of this statement was already issued',
  nothing_to_invoice: 'The statement total is zero: there is nothing to invoice',
  discount_needs_manager: "A discount needs the manager's approval: the manager revises the statement",
  payment_exceeds_outstanding: 'The payment is more than the outstanding amount ({outstanding})',
  discount_exceeds_subtotal: 'The discount must not exceed the subtotal ({max} fen)',
  discount_one_of: 'Give either a discount percentage or a discount amount',
  invalid_taxpayer_id: 'Not a valid taxpayer ID (an 18-character unified social credit code)',
  special_invoice_personal: 'A VAT special invoice can only be issued to an organisation',
  unknown_job: 'This ticket has no such visit',
  in_the_future: 'Must not be after today',
  after_now: 'Must not be later than now',
  before_ticket_created: 'Must not be before the ticket was created ({at})',
  before_previous_event: 'Must not be before the previous step ({at})',
  unknown_staff: 'No such staff member',
  unknown_tool: 'No such tool on the register, or not held by you',
  session_not_held: 'The session has not taken place yet: attendance and scores cannot be recorded',
  score_without_exam: 'The session has no exam, or the person did not attend: no score can be recorded',
  duplicate: 'Listed twice',
  quarter_signed_off: 'The assessment of {quarter} is signed off and can no longer change',
  bands_order: 'Grade bands must satisfy: excellent > good > pass',
  weights_zero: 'At least one metric must have a weight above 0',
  quarter_not_started: 'This quarter has not begun yet',
};

const catalogs: Record<Locale, Catalog> = { 'zh-CN': zhCN, en };

/**
 * The message of `key`, placeholders filled: `{name}` with the parameter, `{name:group}` with the
 * label of the parameter's code (lib/platform/labels.ts), `{name:list}` with a `, `-separated list
 * listed as the language lists. The choices of a refused enum field are shown as their labels.
 */
export function message(locale: Locale, key: string, params: Record<string, string | number> = {}): string {
  const template = catalogs[locale][key] ?? catalogs[locale].invalid_format!;
  const filled: Record<string, string | number> = { ...params };
  if (key === 'invalid_option' && typeof params.options === 'string') {
    const codes = params.options.split(', ');
    const group = groupOfCodes(codes);
    filled.options = group ? labelList(group, codes, locale) : codes.join(locale === 'en' ? ', ' : '、');
  }
  return fillLabels(template, locale, filled);
}

/** Every message key (the same in both languages: a test renders each). */
export const MESSAGE_KEYS: readonly string[] = Object.keys(zhCN);

export function hasMessage(key: string): boolean {
  return key in zhCN && key in en;
}

/** zh-CN unless the client asks for English (body locale first, then Accept-Language). */
export function pickLocale(bodyLocale: unknown, acceptLanguage: string | undefined): Locale {
  if (bodyLocale === 'en' || bodyLocale === 'zh-CN') return bodyLocale;
  const first = acceptLanguage?.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'zh-CN';
}

/**
 * The language a client explicitly asked for (body locale, or an Accept-Language starting with en
 * or zh), else undefined: a customer page then speaks the language the customer reported in.
 */
export function explicitLocale(bodyLocale: Locale | undefined, acceptLanguage: string | undefined): Locale | undefined {
  if (bodyLocale) return bodyLocale;
  return /^(en|zh)/i.test(acceptLanguage ?? '') ? pickLocale(undefined, acceptLanguage) : undefined;
}
