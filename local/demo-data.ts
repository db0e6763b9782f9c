/** Demo staff (one per role, two technicians) and a few demo fault reports for `npm start`. */
import type { StaffMember } from '../lib/staff/domain/staff.ts';
import type { CatalogPart } from '../lib/parts/domain/parts.ts';
import type { Supplier } from '../lib/parts/domain/purchasing.ts';
import type { CertificateRecord, Tool, TrainingSession } from '../lib/people/domain/people.ts';

export const DEMO_STAFF: StaffMember[] = [
  { id: 'staff-manager-wang', name: '王经理', email: 'manager@elv-demo.cn', roles: ['manager'], active: true },
  { id: 'staff-cs-li', name: '李客服', email: 'cs@elv-demo.cn', roles: ['customer_service'], active: true },
  { id: 'staff-ts-zhao', name: '赵工（技术支持）', email: 'support@elv-demo.cn', roles: ['tech_support'], active: true },
  {
    id: 'staff-tech-chen',
    name: '陈师傅',
    email: 'chen@elv-demo.cn',
    roles: ['technician'],
    active: true,
    technician: {
      skills: ['cctv', 'access_control', 'intercom', 'network', 'alarm'],
      skillLevel: 'senior',
      stockLocation: 'van-staff-tech-chen',
      lead: true,
    },
  },
  {
    id: 'staff-tech-liu',
    name: '刘师傅',
    email: 'liu@elv-demo.cn',
    roles: ['technician'],
    active: true,
    technician: {
      skills: ['cctv', 'pa_broadcast', 'building_automation', 'parking'],
      skillLevel: 'junior',
      stockLocation: 'van-staff-tech-liu',
      lead: false,
    },
  },
  { id: 'staff-fin-sun', name: '孙会计', email: 'finance@elv-demo.cn', roles: ['finance'], active: true },
];

export const DEMO_REPORTS = [
  {
    customer: { name: '张伟', phone: '138 1234 5678', email: 'zhangwei@customer-demo.cn', organisation: '星河湾物业' },
    site: { address: '上海市浦东新区星河路 88 号', name: '星河湾小区', contactName: '物业值班室', contactPhone: '13900001111' },
    device: { system: 'cctv', model: 'DS-2CD2T47G2', serial: 'CCTV-2024-0931', location: '地下车库 B1 入口' },
    symptom: '地下车库入口摄像机夜间画面全黑，红外灯不亮。',
    urgency: 'general',
  },
  {
    customer: { name: 'Emily Carter', phone: '+44 20 7946 0958', email: 'emily@customer-demo.cn', organisation: 'Harbour Office Tower' },
    site: { address: '上海市黄浦区中山东一路 1 号', name: 'Harbour Office Tower' },
    device: { system: 'access_control', model: 'ZK-C3-400', location: 'Lobby turnstiles' },
    symptom: 'All lobby turnstiles reject valid cards since this morning.',
    urgency: 'urgent',
    locale: 'en',
  },
];

export const DEMO_PARTS: CatalogPart[] = [
  { sku: 'CAM-IR-4MP', name: '红外网络摄像机 4MP', specification: 'DS-2CD2T47G2-L 4mm', unit: '台', unitPriceFen: 68_000, designated: true, valuable: true, reorderPoint: 3, category: '视频监控', bin: 'A-01-01' },
  { sku: 'PSU-12V-2A', name: '12V 2A 电源适配器', specification: 'DC12V 2A 防水', unit: '个', unitPriceFen: 4_500, designated: true, valuable: false, reorderPoint: 10, category: '电源', bin: 'A-02-03' },
  { sku: 'RJ45-CAT6', name: '六类水晶头', specification: 'CAT6 非屏蔽', unit: '个', unitPriceFen: 150, designated: true, valuable: false, reorderPoint: 200, category: '线材辅料', bin: 'C-01-01' },
  { sku: 'RDR-IC-MF', name: 'IC 卡读卡器', specification: 'Mifare 13.56MHz 韦根26', unit: '台', unitPriceFen: 32_000, designated: true, valuable: true, reorderPoint: 2, category: '门禁', bin: 'B-01-02' },
  { sku: 'PSU-GENERIC', name: '杂牌电源（非指定）', specification: '12V 1A', unit: '个', unitPriceFen: 1_200, designated: false, valuable: false, reorderPoint: 0, category: '电源', bin: 'Z-99-01' },
];

/** A qualified supplier of the designated parts (PARTS-1). */
export const DEMO_SUPPLIERS: Supplier[] = [
  {
    id: 'hz-anfang',
    name: '杭州安防器材有限公司',
    contactName: '周经理',
    email: 'orders@hz-anfang.example.cn',
    phone: '0571-8888 0000',
    status: 'approved',
    qualifications: [{ document: '营业执照、CCC 认证', validUntil: '2028-12-31' }],
    offers: [
      { sku: 'CAM-IR-4MP', unitPriceFen: 52_000, leadTimeDays: 7 },
      { sku: 'PSU-12V-2A', unitPriceFen: 3_000, leadTimeDays: 3 },
      { sku: 'RJ45-CAT6', unitPriceFen: 80, leadTimeDays: 3 },
      { sku: 'RDR-IC-MF', unitPriceFen: 24_000, leadTimeDays: 10 },
    ],
  },
];

/** Opening stock: location, sku, quantity. */
export const DEMO_STOCK: Array<[string, string, number]> = [
  ['warehouse', 'CAM-IR-4MP', 8],
  ['warehouse', 'PSU-12V-2A', 40],
  ['warehouse', 'RJ45-CAT6', 500],
  ['warehouse', 'RDR-IC-MF', 5],
  ['van-staff-tech-chen', 'PSU-12V-2A', 4],
  ['van-staff-tech-chen', 'RJ45-CAT6', 50],
  ['van-staff-tech-chen', 'CAM-IR-4MP', 1],
  ['van-staff-tech-liu', 'PSU-12V-2A', 2],
];

const SEEDED = { updatedAt: '2026-01-05T02:00:00.000Z', updatedBy: 'staff-manager-wang' };

/** Certificate records (SAFE-2, ORG-4). Liu's work-at-height certificate has lapsed: dispatch shows why Liu cannot take such a job. */
export const DEMO_CERTIFICATES: CertificateRecord[] = [
  { certId: 'demo-chen-electrician', staffId: 'staff-tech-chen', type: 'electrician', number: 'T3101-2023-0088', issuer: '上海市应急管理局', validFrom: '2023-07-01', validUntil: '2029-06-30', ...SEEDED },
  { certId: 'demo-chen-height', staffId: 'staff-tech-chen', type: 'work_at_height', number: 'G3101-2024-0312', issuer: '上海市应急管理局', validFrom: '2024-04-01', validUntil: '2028-03-31', ...SEEDED },
  { certId: 'demo-liu-electrician', staffId: 'staff-tech-liu', type: 'electrician', number: 'T3101-2022-0410', issuer: '上海市应急管理局', validFrom: '2022-10-01', validUntil: '2028-09-30', ...SEEDED },
  { certId: 'demo-liu-height', staffId: 'staff-tech-liu', type: 'work_at_height', number: 'G3101-2021-0077', issuer: '上海市应急管理局', validFrom: '2021-07-01', validUntil: '2025-06-30', ...SEEDED },
];

/** The spring safety training with its exam: both technicians passed (safety training valid for 12 months from it). */
export const DEMO_SAFETY_SESSION: TrainingSession = {
  sessionId: '2026-03-12-demosafe',
  year: '2026',
  groups: ['repair_service'],
  topic: 'safety',
  title: '高处作业与带电作业安全',
  date: '2026-03-12',
  trainer: '王经理',
  method: 'classroom',
  exam: { passMark: 60 },
  createdAt: SEEDED.updatedAt,
  createdBy: SEEDED.updatedBy,
};
export const DEMO_SAFETY_RESULTS = [
  { staffId: 'staff-tech-chen', attended: true, score: 92 },
  { staffId: 'staff-tech-liu', attended: true, score: 81 },
];

/** The tool register (SAFE-3): each technician's van kit, and a spare in the warehouse. */
export const DEMO_TOOLS: Tool[] = [
  { assetNo: 'MM-0001', kind: 'multimeter', name: 'Fluke 17B+ 万用表', holder: 'staff-tech-chen', inspectionIntervalDays: 365, condition: 'ok', lastInspectedOn: '2026-06-01', nextDueOn: '2027-06-01', updatedAt: SEEDED.updatedAt, version: 0 },
  { assetNo: 'LAD-0001', kind: 'ladder', name: '3 米绝缘人字梯', holder: 'staff-tech-chen', inspectionIntervalDays: 180, condition: 'ok', lastInspectedOn: '2026-09-01', nextDueOn: '2027-02-28', updatedAt: SEEDED.updatedAt, version: 0 },
  { assetNo: 'MM-0002', kind: 'multimeter', name: 'Victor 86E 万用表', holder: 'staff-tech-liu', inspectionIntervalDays: 365, condition: 'ok', lastInspectedOn: '2026-02-01', nextDueOn: '2027-02-01', updatedAt: SEEDED.updatedAt, version: 0 },
  { assetNo: 'NT-0001', kind: 'network_tester', name: 'Fluke MS2-100 网络测试仪', holder: 'warehouse', inspectionIntervalDays: 365, condition: 'ok', lastInspectedOn: '2026-01-10', nextDueOn: '2027-01-10', updatedAt: SEEDED.updatedAt, version: 0 },
];

/** A 1x1 PNG: the customer's signature at a sign-off the tests and the benchmark make. */
export const SIGNATURE_PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';
