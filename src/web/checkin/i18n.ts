// The check-in page's own small catalogue (not the console's: this bundle stays small).
// Chinese first; English on a switch kept in localStorage.
import { createContext, useContext } from 'react';

export type Lang = 'zh' | 'en';
type Entry = Record<Lang, string>;

const TEXT = {
  appTitle: { zh: '门口 · 签到', en: 'Menkou · check-in' },
  switchLang: { zh: 'English', en: '中文' },
  switchLangLabel: { zh: '切换到英文', en: 'Switch to Chinese' },
  // Sign-in
  signInTitle: { zh: '集合点检录登录', en: 'Gathering point check-in: sign in' },
  login: { zh: '账号', en: 'Account' },
  password: { zh: '密码', en: 'Password' },
  signIn: { zh: '登录', en: 'Sign in' },
  signingIn: { zh: '正在登录…', en: 'Signing in…' },
  offlineSignIn: { zh: '没有网络，无法登录。已下载的名单和未上传的记录都保存在本机。', en: 'No network: signing in needs one. Downloaded manifests and unsent records stay on this phone.' },
  wrongRole: { zh: '该账号不能检录，请使用集合点检录账号。', en: 'This account cannot check people in: use a gathering point check-in account.' },
  // Setup
  setupTitle: { zh: '选择日期和车次', en: 'Pick the day and the coach' },
  date: { zh: '发车日期', en: 'Departure day' },
  download: { zh: '下载名单', en: 'Download the manifest' },
  refresh: { zh: '更新名单', en: 'Update the manifest' },
  downloading: { zh: '正在下载…', en: 'Downloading…' },
  downloaded: { zh: '名单下载于 {time}：{trips} 个车次，{people} 人', en: 'Manifest of {time}: {trips} coaches, {people} people' },
  noManifest: { zh: '本机还没有这一天的名单。请在有网络时下载。', en: 'No manifest of this day on the phone yet: download it while online.' },
  noTrips: { zh: '这一天本集合点没有车次。', en: 'No coaches leave this point on that day.' },
  allTrips: { zh: '本集合点全部车次', en: 'All coaches of this point' },
  tripLine: { zh: '{number} · {time} 发车 · 往 {dest} · {n} 人', en: '{number} · leaves {time} · to {dest} · {n} people' },
  start: { zh: '开始检录', en: 'Start checking in' },
  chooseTrip: { zh: '车次', en: 'Coach' },
  // Status bar
  waiting: { zh: '待上传 {n} 条', en: '{n} waiting to send' },
  allSent: { zh: '已全部上传', en: 'All sent' },
  lastSync: { zh: '上次同步 {time}', en: 'Last sync {time}' },
  neverSynced: { zh: '尚未同步', en: 'Not synced yet' },
  online: { zh: '在线', en: 'Online' },
  offline: { zh: '离线', en: 'Offline' },
  syncing: { zh: '正在上传…', en: 'Sending…' },
  syncNow: { zh: '立即上传', en: 'Send now' },
  clockOff: { zh: '本机时钟与服务器相差 {n} 秒，记录时间已按服务器校正。', en: 'This phone\'s clock is {n} s off the server\'s; record times are corrected to the server.' },
  needSignIn: { zh: '登录已失效，记录暂存本机。请重新登录后上传。', en: 'The session has ended; records wait on the phone. Sign in again to send them.' },
  rejectedCount: { zh: '{n} 条被服务器退回，已转人社部门处理', en: '{n} refused by the server, passed to the officers' },
  signOut: { zh: '退出登录', en: 'Sign out' },
  signOutWarn: { zh: '还有 {n} 条记录没有上传。它们会保存在本机，下次用本账号登录后继续上传。确定退出？', en: '{n} records are not sent yet. They stay on this phone and are sent when this account signs in again. Sign out?' },
  confirmSignOut: { zh: '确定退出', en: 'Sign out' },
  cancel: { zh: '取消', en: 'Cancel' },
  changeTrip: { zh: '换车次', en: 'Change coach' },
  closeCoach: { zh: '发车', en: 'Close coach' },
  // Desk
  scan: { zh: '扫描乘车码', en: 'Scan the boarding code' },
  stopScan: { zh: '停止扫描', en: 'Stop scanning' },
  cameraUnavailable: { zh: '无法打开摄像头，请输入身份证号。', en: 'The camera is not available: type the identity number.' },
  cameraHint: { zh: '把乘车码放在框内', en: 'Hold the boarding code inside the frame' },
  idNumber: { zh: '身份证号', en: 'Identity number' },
  find: { zh: '查找', en: 'Find' },
  idIncomplete: { zh: '请输入完整的 18 位身份证号。', en: 'Type the whole 18-character identity number.' },
  notFound: { zh: '名单上没有此人。请核对证件，或请其到服务台。', en: 'Not on this point\'s manifest. Check the card, or send them to the help desk.' },
  unknownCode: { zh: '无法识别的二维码。', en: 'This code is not a boarding code.' },
  seat: { zh: '座位 {n}', en: 'Seat {n}' },
  coach: { zh: '车次', en: 'Coach' },
  destination: { zh: '目的地', en: 'Destination' },
  travelGroup: { zh: '同行组', en: 'Travel group' },
  none: { zh: '无', en: 'none' },
  identity: { zh: '人证核验', en: 'Identity' },
  verified: { zh: '一致', en: 'Matches' },
  mismatch: { zh: '不一致', en: 'Mismatch' },
  security: { zh: '安检', en: 'Security' },
  passed: { zh: '通过', en: 'Passed' },
  failed: { zh: '未通过', en: 'Failed' },
  temperature: { zh: '体温 °C', en: 'Temperature °C' },
  keypad: { zh: '体温键盘', en: 'Temperature keypad' },
  backspace: { zh: '删除', en: 'Delete' },
  tempRange: { zh: '体温应在 34.0–43.0 °C 之间', en: 'Temperature must be 34.0–43.0 °C' },
  record: { zh: '记录', en: 'Record' },
  next: { zh: '下一位', en: 'Next person' },
  board: { zh: '可以上车', en: 'May board' },
  boardWhere: { zh: '请上 {number} 号车，座位 {seat}', en: 'Coach {number}, seat {seat}' },
  refused: { zh: '不能上车', en: 'Refused' },
  reason_fever: { zh: '发热 {t} °C（≥ {limit} °C）', en: 'Fever {t} °C (≥ {limit} °C)' },
  reason_identity: { zh: '人证不一致', en: 'Identity does not match' },
  reason_security: { zh: '安检未通过', en: 'Failed the security check' },
  refusedNext: { zh: '已登记并通知人社部门。请引导其到医护点或服务台。', en: 'Recorded and flagged for the officers. Take them to the medical or help desk.' },
  goTo: { zh: '请到 {number} 号车', en: 'Go to coach {number}' },
  goToDetail: { zh: '此人不在本车，座位 {seat}。', en: 'Not on this coach: seat {seat} there.' },
  already: { zh: '已经签到', en: 'Already checked in' },
  alreadyDetail: { zh: '此人已签到，无需重复登记。', en: 'This person is checked in already: nothing to record.' },
  gone: { zh: '该车已发车', en: 'This coach has left' },
  offManifest: { zh: '已改签或取消，不在本车名单', en: 'Rebooked or cancelled: not on this coach' },
  saved: { zh: '已保存在本机', en: 'Saved on this phone' },
  // Close coach
  closeTitle: { zh: '{number} 号车发车', en: 'Coach {number} leaves' },
  missing: { zh: '未到 {n} 人', en: '{n} not here' },
  noneMissing: { zh: '全部到齐。', en: 'Everyone is here.' },
  refusedList: { zh: '不能上车 {n} 人', en: '{n} refused' },
  onBoard: { zh: '车上人数', en: 'Head count on board' },
  confirmDepart: { zh: '确认发车', en: 'Confirm departure' },
  departNeedsNetwork: { zh: '发车需要网络。请连上网络后再点确认（不会重复登记）。', en: 'Departure needs the network: confirm again once online (it will not be recorded twice).' },
  departed: { zh: '已发车：{n} 人在车上', en: 'Left with {n} on board' },
  departMismatch: { zh: '人数不符：清点 {count}，系统签到 {departed}，请核对。', en: 'Head count {count} but {departed} checked in: please check.' },
  back: { zh: '返回', en: 'Back' },
  pickOneTrip: { zh: '请先选择一个车次。', en: 'Pick one coach first.' },
  loading: { zh: '正在加载…', en: 'Loading…' },
  networkError: { zh: '网络中断，请稍后重试。', en: 'The network dropped: try again shortly.' },
  state_expected: { zh: '待签到', en: 'expected' },
  state_checked_in: { zh: '已签到', en: 'checked in' },
  state_refused: { zh: '拒绝登车', en: 'refused' },
  state_departed: { zh: '已发车', en: 'departed' },
  state_no_show: { zh: '未到', en: 'no-show' },
  state_arrived: { zh: '已交接', en: 'arrived' },
  state_absent_at_arrival: { zh: '抵达未见', en: 'absent at arrival' },
  state_rebooked: { zh: '已改签', en: 'rebooked' },
  state_cancelled: { zh: '已取消', en: 'cancelled' },
} satisfies Record<string, Entry>;

export type TextKey = keyof typeof TEXT;
export type T = (key: TextKey, values?: Record<string, string | number>) => string;

const LANG_KEY = 'menkou.checkin.lang';

export function initialLang(): Lang {
  try { return localStorage.getItem(LANG_KEY) === 'en' ? 'en' : 'zh'; } catch { return 'zh'; }
}

export function saveLang(lang: Lang): void {
  try { localStorage.setItem(LANG_KEY, lang); } catch { /* private mode: the switch still works for this visit */ }
}

export function translator(lang: Lang): T {
  return (key, values) => {
    let text: string = TEXT[key][lang];
    for (const [name, value] of Object.entries(values ?? {})) text = text.replaceAll(`{${name}}`, String(value));
    return text;
  };
}

export function hasText(key: string): key is TextKey {
  return key in TEXT;
}

export const LangContext = createContext<{ lang: Lang; t: T }>({ lang: 'zh', t: translator('zh') });
export const useText = () => useContext(LangContext);
