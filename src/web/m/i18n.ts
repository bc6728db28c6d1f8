// The phone pages' own tiny catalogue: Chinese first, English on a switch kept in localStorage.
import { createContext, useContext } from 'react';

export type Lang = 'zh' | 'en';
type Entry = Record<Lang, string>;

const TEXT = {
  title: { zh: '外出务工报名', en: 'Sign up for work away from home' },
  free: { zh: '报名、匹配和乘车全部免费，不收任何费用。', en: 'Registration, matching and transport are free of charge.' },
  phone: { zh: '手机号码', en: 'Mobile phone number' },
  sendCode: { zh: '获取验证码', en: 'Send me a code' },
  code: { zh: '短信验证码（6 位数字）', en: 'Code from the SMS (6 digits)' },
  verify: { zh: '确认', en: 'Confirm' },
  otherPhone: { zh: '换一个手机号', en: 'Use another phone number' },
  sending: { zh: '正在发送…', en: 'Sending…' },
  sentTo: { zh: '验证码已发送，请查看短信。', en: 'The code is on its way: check your messages.' },
  offline: { zh: '网络中断，您填写的内容已保存。请检查网络后点“重试”。', en: 'The network dropped; what you typed is kept. Check the connection and tap “Retry”.' },
  retry: { zh: '重试', en: 'Retry' },
  switchLang: { zh: 'English', en: '中文' },
  switchLangLabel: { zh: '切换到英文', en: 'Switch to Chinese' },
  loading: { zh: '正在加载…', en: 'Loading…' },
  saving: { zh: '正在提交…', en: 'Sending…' },
  saved: { zh: '已保存。', en: 'Saved.' },
  back: { zh: '返回', en: 'Back' },
  nav: { zh: '主菜单', en: 'Main menu' },
  navStatus: { zh: '我的进度', en: 'My status' },
  navVacancies: { zh: '招工岗位', en: 'Jobs' },
  navWishes: { zh: '我的意向', en: 'My wishes' },
  signOut: { zh: '退出登录', en: 'Sign out' },
  signedOut: { zh: '您已退出登录。', en: 'You are signed out.' },
  assisted: { zh: '代办', en: 'Assisted by' },
  assistedNote: { zh: '工作人员正在代为办理，操作将记录为代办。', en: 'An officer is filling this in for the worker; it is recorded as assisted.' },
  assistedNoWorker: { zh: '请从工作台的劳动力页面打开“代办”，或新建报名。', en: 'Open “assist” from a worker’s page in the console, or register a new worker.' },
  assistedRegister: { zh: '代为新建报名', en: 'Register a new worker' },
  // Registration
  registerTitle: { zh: '填写报名信息', en: 'Your registration' },
  phoneConfirmed: { zh: '手机号已确认。', en: 'Your phone is confirmed.' },
  name: { zh: '姓名', en: 'Full name' },
  idNumber: { zh: '身份证号（18 位）', en: 'Identity card number (18 characters)' },
  idOk: { zh: '号码校验通过。', en: 'The number checks out.' },
  county: { zh: '户籍所在县（区）', en: 'Home county (district)' },
  province: { zh: '省', en: 'Province' },
  city: { zh: '市', en: 'City' },
  countyLevel: { zh: '县（区）', en: 'County' },
  choose: { zh: '请选择', en: 'Choose' },
  industries: { zh: '想做的行业（最多 3 个）', en: 'Industries you want (up to 3)' },
  destinations: { zh: '想去的省份（最多 3 个）', en: 'Provinces you would go to (up to 3)' },
  addDestination: { zh: '添加省份', en: 'Add a province' },
  remove: { zh: '去掉', en: 'remove' },
  minWage: { zh: '最低月工资（元）', en: 'Lowest monthly wage (yuan)' },
  certificates: { zh: '持有的证书（可不选）', en: 'Certificates you hold (optional)' },
  companions: { zh: '同行人员的身份证号（家人或同伴，可不填）', en: 'Identity numbers of people travelling with you (family or friends, optional)' },
  companionsHint: { zh: '同行的人会尽量安排在一起。', en: 'People travelling together are kept together where possible.' },
  addCompanion: { zh: '添加同行人员', en: 'Add a companion' },
  companion: { zh: '同行人员', en: 'Companion' },
  privacyTitle: { zh: '个人信息如何使用', en: 'How your data is used' },
  privacy: {
    zh: '您的姓名、身份证号、手机号和意向只用于本次就业帮扶：为您匹配岗位、安排免费乘车，并由人社部门工作人员和录用您的用人单位查看。身份证号和手机号对外只显示部分数字。活动结束后按规定保存和删除。您可以随时修改意向或退出。',
    en: 'Your name, identity number, phone and wishes are used only for this employment campaign: to match you to jobs and arrange free transport. Labour bureau officers and the employer who hires you see them. Identity and phone numbers are shown only in part. They are kept and deleted as the rules require when the campaign ends. You can change your wishes or withdraw at any time.',
  },
  consent: { zh: '我已阅读并同意按上述方式使用我的个人信息', en: 'I have read this and agree to my data being used this way' },
  consentNeeded: { zh: '请先勾选同意，才能提交报名', en: 'Tick the consent box before sending' },
  submit: { zh: '提交报名', en: 'Send my registration' },
  registered: { zh: '报名成功！', en: 'You are registered!' },
  linked: { zh: '已找到您在县里登记的信息，并已关联。', en: 'We found the record your county made for you and linked it.' },
  noTicket: { zh: '请先确认手机号。', en: 'Confirm your phone number first.' },
  ticketExpired: { zh: '手机验证已过期，请重新获取验证码（已填内容会保留）。', en: 'The phone check has expired: ask for a new code (what you typed is kept).' },
  required: { zh: '请填写此项', en: 'Please fill this in' },
  // Status
  statusTitle: { zh: '我的进度', en: 'My status' },
  hello: { zh: '您好，', en: 'Hello, ' },
  journey: { zh: '办理进度', en: 'Where you are' },
  step_registered: { zh: '已报名', en: 'Registered' },
  step_matched: { zh: '已匹配岗位', en: 'Matched to a job' },
  step_confirmed: { zh: '已确认录用', en: 'Hiring confirmed' },
  step_trip_assigned: { zh: '已安排车辆', en: 'Seat on a coach' },
  step_departed: { zh: '已出发', en: 'Departed' },
  step_arrived: { zh: '已到达', en: 'Arrived' },
  step_withdrawn: { zh: '已退出', en: 'Withdrawn' },
  stepPending: { zh: '未到', en: 'not yet' },
  offerTitle: { zh: '为您推荐的岗位', en: 'The job offered to you' },
  noOffer: { zh: '暂时还没有为您匹配到岗位，匹配后会在这里显示。', en: 'No job has been matched to you yet; it will show here.' },
  employer: { zh: '用人单位', en: 'Employer' },
  site: { zh: '工作地点', en: 'Where' },
  wage: { zh: '月工资', en: 'Monthly wage' },
  startDate: { zh: '上岗日期', en: 'Start date' },
  accommodation: { zh: '住宿', en: 'Housing' },
  meals: { zh: '吃饭', en: 'Meals' },
  address: { zh: '详细地址', en: 'Address' },
  age: { zh: '年龄要求（岁）', en: 'Age (years)' },
  contact: { zh: '联系人', en: 'Contact' },
  certificatesAsked: { zh: '要求的证书', en: 'Certificates asked' },
  none: { zh: '无', en: 'none' },
  accept: { zh: '接受这个岗位', en: 'Accept this job' },
  decline: { zh: '不接受', en: 'Decline' },
  declineReason: { zh: '不接受的原因', en: 'Why you decline' },
  declineSend: { zh: '确认不接受', en: 'Confirm: decline' },
  cancel: { zh: '取消', en: 'Cancel' },
  accepted: { zh: '您已接受这个岗位，等待确认录用。', en: 'You accepted this job; waiting for the hiring to be confirmed.' },
  declined: { zh: '您已谢绝这个岗位，我们会再为您匹配。', en: 'You declined this job; we will match you again.' },
  tripTitle: { zh: '乘车信息', en: 'Your coach' },
  gathering: { zh: '集合地点', en: 'Meeting point' },
  departAt: { zh: '出发时间', en: 'Departure' },
  coach: { zh: '车次', en: 'Coach' },
  plate: { zh: '车牌', en: 'Plate' },
  seat: { zh: '座位', en: 'Seat' },
  destination: { zh: '目的地', en: 'Destination' },
  qr: { zh: '上车二维码：上车时出示给工作人员', en: 'Boarding QR code: show it to the staff when you board' },
  qrAlt: { zh: '上车二维码', en: 'Boarding QR code' },
  pass: { zh: '下载乘车凭证（PDF）', en: 'Download the boarding pass (PDF)' },
  changes: { zh: '变更通知', en: 'Changes' },
  withdrawLink: { zh: '不想去了？退出本次活动', en: 'Not going? Withdraw from the campaign' },
  group: { zh: '同行人员', en: 'Travelling with you' },
  // Vacancies
  vacanciesTitle: { zh: '招工岗位', en: 'Jobs on offer' },
  industry: { zh: '行业', en: 'Industry' },
  anyIndustry: { zh: '全部行业', en: 'All industries' },
  anyProvince: { zh: '全部省份', en: 'All provinces' },
  wageAtLeast: { zh: '月工资不低于（元）', en: 'Monthly wage at least (yuan)' },
  filter: { zh: '筛选', en: 'Filter' },
  noVacancies: { zh: '没有符合条件的岗位，试试放宽条件。', en: 'No job matches; try fewer filters.' },
  found: { zh: '共 {n} 个岗位', en: '{n} jobs' },
  headcount: { zh: '招 {n} 人', en: '{n} wanted' },
  headcountLabel: { zh: '招聘人数', en: 'Workers wanted' },
  more: { zh: '加载更多', en: 'Show more' },
  interested: { zh: '我感兴趣', en: "I'm interested" },
  interestedOn: { zh: '已标记感兴趣（点击取消）', en: 'Marked as interested (tap to undo)' },
  interestedNote: { zh: '工作人员和用人单位会看到您的意向。', en: 'Officers and the employer see that you are interested.' },
  notFound: { zh: '没有找到这个页面。', en: 'This page does not exist.' },
  toStart: { zh: '回到首页', en: 'Back to the start' },
  // Wishes and withdrawal
  wishesTitle: { zh: '修改我的意向', en: 'Change my wishes' },
  save: { zh: '保存', en: 'Save' },
  withdrawTitle: { zh: '退出本次活动', en: 'Withdraw from the campaign' },
  withdrawWarn: { zh: '退出后不再为您匹配岗位和安排乘车。如需重新参加，请联系村或县里的工作人员。', en: 'After withdrawing you get no more jobs or coach seats. To come back, ask your village or county officer.' },
  withdrawReason: { zh: '退出原因', en: 'Why you withdraw' },
  withdrawConfirm: { zh: '我确认要退出', en: 'Yes, I want to withdraw' },
  withdrawSend: { zh: '确认退出', en: 'Withdraw' },
  withdrawn: { zh: '您已退出本次活动。', en: 'You have withdrawn from the campaign.' },
  yuan: { zh: '{n} 元', en: '¥{n}' },
} satisfies Record<string, Entry>;

export type TextKey = keyof typeof TEXT;
export type T = (key: TextKey, values?: Record<string, string | number>) => string;

export function initialLang(): Lang {
  try { return localStorage.getItem('menkou.m.lang') === 'en' ? 'en' : 'zh'; } catch { return 'zh'; }
}

export function saveLang(lang: Lang): void {
  try { localStorage.setItem('menkou.m.lang', lang); } catch { /* private mode: the switch still works for this visit */ }
}

export function translator(lang: Lang): T {
  return (key, values) => {
    let text: string = TEXT[key][lang];
    for (const [name, value] of Object.entries(values ?? {})) text = text.replace(`{${name}}`, String(value));
    return text;
  };
}

export function hasText(key: string): key is TextKey {
  return key in TEXT;
}

export const LangContext = createContext<{ lang: Lang; t: T }>({ lang: 'zh', t: translator('zh') });
export const useLang = () => useContext(LangContext);
