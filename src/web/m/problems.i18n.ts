// Strings of the "report a problem" pages, kept with their lazily loaded chunk so the
// first screen of /m/ does not carry them. Chinese first, English second.
import type { Entry, Lang } from '../shared/small-i18n';

const TEXT = {
  title: { zh: '反映问题', en: 'Report a problem' },
  note: {
    zh: '工资、工时、住宿、安全或合同和招聘时说的不一样？在这里告诉我们。县里的工作人员和用人单位会收到并处理，每一步都会在这里显示。',
    en: 'Wages, hours, housing, safety or the contract not as advertised? Tell us here. Your county officers and the employer receive it, and every step shows here.',
  },
  new: { zh: '反映新问题', en: 'Report a new problem' },
  none: { zh: '您还没有反映过问题。', en: 'You have not reported any problem.' },
  due: { zh: '处理期限', en: 'Due by' },
  overdue: { zh: '已超过处理期限，县里会督办', en: 'Past its deadline: the county follows it up' },
  latest: { zh: '最新进展', en: 'Latest' },
  isNew: { zh: '新', en: 'New' },
  history: { zh: '处理记录', en: 'What has happened' },
  routedTo: { zh: '已转给', en: 'Sent to' },
  countyOfficers: { zh: '{county}工作人员', en: 'officers of {county}' },
  by_worker: { zh: '您', en: 'you' },
  by_officer: { zh: '县里工作人员', en: 'county officer' },
  by_employer: { zh: '用人单位', en: 'the employer' },
  photos: { zh: '照片 {n} 张', en: '{n} photo(s)' },
  resolvedAsk: { zh: '对方说问题已解决。真的解决了吗？', en: 'They say it is resolved. Is it?' },
  notYetNote: { zh: '如果没有解决，请说明还差什么', en: 'If not, say what is still wrong' },
  close: { zh: '已解决，结案', en: 'Yes, resolved: close it' },
  reopen: { zh: '没有解决，继续处理', en: 'Not resolved: reopen' },
  reopenNeedsNote: { zh: '请说明还有什么没解决', en: 'Say what is still not resolved' },
  category: { zh: '什么问题', en: 'What is the problem' },
  description: { zh: '发生了什么（时间、金额、人员等）', en: 'What happened (when, how much, who)' },
  photoLabel: { zh: '照片（可不传，最多 4 张，每张 5 MB 以内）', en: 'Photos (optional, up to 4, 5 MB each)' },
  photoHint: { zh: '可拍工资条、合同、住宿情况等。只收 JPEG、PNG、WebP、HEIC 图片。', en: 'Payslips, the contract, the housing… Only JPEG, PNG, WebP and HEIC images.' },
  photoRemove: { zh: '去掉', en: 'remove' },
  photoTooBig: { zh: '“{name}”有 {size} MB，超过 5 MB，请压缩或换一张', en: '“{name}” is {size} MB, over 5 MB: make it smaller or pick another' },
  photoType: { zh: '“{name}”不是照片，只收 JPEG、PNG、WebP、HEIC 图片', en: '“{name}” is not a photo: only JPEG, PNG, WebP and HEIC images' },
  photoMax: { zh: '最多 4 张照片，“{name}”没有加上', en: 'At most 4 photos: “{name}” was not added' },
  photoRefused: { zh: '照片没有传上：', en: 'A photo was not sent: ' },
  send: { zh: '提交', en: 'Send' },
  sendPhotos: { zh: '继续上传照片', en: 'Send the photos' },
  filed: { zh: '问题已提交，县里工作人员会在 2 天内受理。', en: 'Your report is in; the county will take it up within 2 days.' },
  filedPhotosLeft: { zh: '问题已提交，但有照片没传上。可以换一张再传，或直接完成。', en: 'Your report is in, but a photo was not sent. Pick another and send again, or finish.' },
  finish: { zh: '完成', en: 'Finish' },
  cancel: { zh: '取消', en: 'Cancel' },
  required: { zh: '请填写此项', en: 'Please fill this in' },
  chooseOne: { zh: '请选择一项', en: 'Choose one' },
  sending: { zh: '正在提交…', en: 'Sending…' },
} satisfies Record<string, Entry>;

export type ProblemKey = keyof typeof TEXT;

export function problemText(lang: Lang) {
  return (key: ProblemKey, values: Record<string, string | number> = {}): string => {
    let shown: string = TEXT[key][lang];
    for (const [name, value] of Object.entries(values)) shown = shown.replaceAll(`{${name}}`, String(value));
    return shown;
  };
}
