import type { ColumnSpec } from '../spreadsheets/header.js';

export type JobColumn =
  | 'employer'
  | 'creditCode'
  | 'site'
  | 'title'
  | 'industry'
  | 'headcount'
  | 'wage'
  | 'certificates'
  | 'age'
  | 'contact'
  | 'contactPhone'
  | 'startDate'
  | 'siteAddress'
  | 'accommodation'
  | 'meals';

// Order = the template's column order (export writes these headers, import reads them).
export const JOB_COLUMNS: readonly ColumnSpec<JobColumn>[] = [
  { key: 'employer', names: ['用人单位', 'employer'], required: true, label: '用人单位' },
  { key: 'creditCode', names: ['统一社会信用代码', 'credit_code'], required: true, label: '统一社会信用代码' },
  { key: 'site', names: ['工作地点', 'site'], required: true, label: '工作地点' },
  { key: 'title', names: ['岗位名称', 'title'], required: true, label: '岗位名称' },
  { key: 'industry', names: ['行业', 'industry'], required: true, label: '行业' },
  { key: 'headcount', names: ['招聘人数', 'headcount'], required: true, label: '招聘人数' },
  { key: 'wage', names: ['月薪', 'wage'], required: true, label: '月薪' },
  { key: 'certificates', names: ['证书要求', 'certificates'], required: false, label: '证书要求' },
  { key: 'age', names: ['年龄要求', 'age'], required: false, label: '年龄要求' },
  { key: 'contact', names: ['联系人', 'contact'], required: false, label: '联系人' },
  { key: 'contactPhone', names: ['联系电话', 'contact_phone'], required: false, label: '联系电话' },
  { key: 'startDate', names: ['到岗日期', 'start_date'], required: false, label: '到岗日期' },
  { key: 'siteAddress', names: ['工作地址', 'site_address', 'address'], required: false, label: '工作地址' },
  { key: 'accommodation', names: ['住宿', 'accommodation'], required: false, label: '住宿' },
  { key: 'meals', names: ['餐饮', 'meals'], required: false, label: '餐饮' },
];
