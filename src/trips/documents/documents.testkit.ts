// Sample trips for the render tests and the screenshots: real-looking names (rare
// characters included), real identity numbers that must never reach the output, and
// signed tokens.
import { randomBytes, randomUUID } from 'node:crypto';
import { idChecksumChar } from '../../core/id-number.js';
import { maskIdNumber } from '../../core/mask.js';
import { signBoardingToken } from './boarding-token.js';
import type { BoardingPass, TripManifest } from './manifest.types.js';

const NAMES = ['王建国', '李秀英', '张伟', '刘洋', '陈静', '杨帆', '赵磊', '黄丽', '周杰', '吴敏', '闫赟', '郝犇', '贾喆', '薛燊', '武堃', '郭垚', '白玥', '乔彧'];
const EMPLOYERS: [string, string][] = [
  ['苏州富士康精密电子有限公司', '江苏省苏州市吴中区'],
  ['昆山仁宝电脑工业有限公司', '江苏省昆山市'],
  ['北京顺丰速运有限公司（华北分拨中心）', '北京市大兴区'],
  ['杭州海底捞餐饮管理有限公司', '浙江省杭州市西湖区'],
];

export const secret = randomBytes(32);

/** Full identity numbers, as the store holds them before masking. */
export function fullIdNumber(i: number): string {
  const first17 = `1411231990${String(101 + (i % 28)).padStart(4, '0')}${String(100 + i).slice(-3)}`;
  return `${first17}${idChecksumChar(first17)}`;
}

export function sampleManifest(count: number, overrides: Partial<TripManifest> = {}): TripManifest & { fullIds: string[] } {
  const trip = randomUUID();
  const fullIds = Array.from({ length: count }, (_, i) => fullIdNumber(i));
  return {
    campaign: '山西省 2021 年春节点对点劳务输出 Shanxi 2021 New Year labour export',
    date: '2021-01-06',
    tripNumber: '0106-太原-03',
    vehicle: { capacity: 50 },
    escort: { name: '王海燕', phone: '13812345678' },
    stops: [
      { kind: 'pickup', name: '太原滨河体育中心 Taiyuan Binhe Sports Centre', eta: '07:30' },
      { kind: 'pickup', name: '晋中市榆次区汽车站', eta: '08:40' },
      { kind: 'dropoff', name: '苏州富士康（吴中区）', eta: '01-07 06:00' },
    ],
    km: 1236.4,
    passengers: fullIds.map((id, i) => {
      const worker = randomUUID();
      const [employer, destination] = EMPLOYERS[i % EMPLOYERS.length];
      return {
        workerId: worker,
        name: NAMES[i % NAMES.length],
        idMasked: maskIdNumber(id),
        seat: i + 1,
        employer,
        destination,
        token: signBoardingToken(secret, { trip, worker, seat: i + 1, date: '2021-01-06' }),
      };
    }),
    fullIds,
    ...overrides,
  };
}

export function samplePass(overrides: Partial<BoardingPass> = {}): BoardingPass {
  return {
    campaign: '山西省 2021 年春节点对点劳务输出',
    name: '闫赟',
    idMasked: maskIdNumber(fullIdNumber(7)),
    date: '2021-01-06',
    departure: '07:30',
    gatheringPoint: '太原滨河体育中心（东门停车场） Taiyuan Binhe Sports Centre, east gate',
    tripNumber: '0106-太原-03',
    plate: '晋A·D1234',
    seat: 17,
    employer: '苏州富士康精密电子有限公司',
    destination: '江苏省苏州市吴中区',
    token: signBoardingToken(secret, { trip: randomUUID(), worker: randomUUID(), seat: 17, date: '2021-01-06' }),
    escort: { name: '王海燕', phone: '13812345678' },
    ...overrides,
  };
}
