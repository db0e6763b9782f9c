/** Demo staff (one per role, two technicians) and a few demo fault reports for `npm start`. */
import type { StaffMember } from '../lib/domain/staff.ts';

export const DEMO_STAFF: StaffMember[] = [
  { id: 'staff-manager-wang', name: '王经理', email: 'manager@elv-demo.cn', roles: ['manager'], active: true },
  { id: 'staff-cs-li', name: '李客服', email: 'cs@elv-demo.cn', roles: ['customer_service'], active: true },
  { id: 'staff-ts-zhao', name: '赵工（技术支持）', email: 'support@elv-demo.cn', roles: ['tech_support'], active: true },
  { id: 'staff-tech-chen', name: '陈师傅', email: 'chen@elv-demo.cn', roles: ['technician'], active: true },
  { id: 'staff-tech-liu', name: '刘师傅', email: 'liu@elv-demo.cn', roles: ['technician'], active: true },
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
