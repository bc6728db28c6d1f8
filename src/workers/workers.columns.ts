import type { ColumnSpec } from '../spreadsheets/header.js';

export type WorkerColumn =
  | 'name'
  | 'idNumber'
  | 'phone'
  | 'origin'
  | 'priority'
  | 'certificates'
  | 'industries'
  | 'destinations'
  | 'minWage';

// Order = the template's column order (export writes these headers, import reads them).
export const WORKER_COLUMNS: readonly ColumnSpec<WorkerColumn>[] = [
  { key: 'name', names: ['姓名', 'name'], required: true, label: '姓名' },
  { key: 'idNumber', names: ['身份证号', '公民身份号码', 'id_number'], required: true, label: '身份证号' },
  { key: 'phone', names: ['手机号', '联系电话', 'phone'], required: false, label: '手机号' },
  { key: 'origin', names: ['户籍地', 'origin'], required: true, label: '户籍地' },
  { key: 'priority', names: ['是否脱贫劳动力', '重点人群', 'priority'], required: false, label: '是否脱贫劳动力' },
  { key: 'certificates', names: ['技能证书', 'certificates'], required: false, label: '技能证书' },
  { key: 'industries', names: ['意向行业', 'industries'], required: false, label: '意向行业' },
  { key: 'destinations', names: ['意向地区', 'destinations'], required: false, label: '意向地区' },
  { key: 'minWage', names: ['期望月薪', 'min_wage'], required: false, label: '期望月薪' },
];
