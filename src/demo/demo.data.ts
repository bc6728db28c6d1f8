// What the demo campaign is modelled on: Shanxi's 2021 New Year / Spring Festival
// point-to-point campaign (27,000 workers expected by the end of January; coaches to
// Beijing, Zhejiang, Jiangsu, Guangdong, Shaanxi, Shandong; catering and express
// logistics short of hands). Weights are illustrative, not statistics.

export const DEMO_CAMPAIGN = {
  name: '2021 元旦春节点对点劳务输出',
  target: 27_000,
  regionCode: '140000',
  startDate: '2021-01-06',
  endDate: '2021-01-31',
} as const;

/** Shanxi's 11 cities with a weight per county: poorer, more rural cities send more. */
export const ORIGIN_CITY_WEIGHTS: readonly (readonly [string, number])[] = [
  ['141100', 3.0], // 吕梁 Lüliang
  ['140900', 2.6], // 忻州 Xinzhou
  ['141000', 2.2], // 临汾 Linfen
  ['140200', 2.0], // 大同 Datong
  ['140800', 1.5], // 运城 Yuncheng
  ['140400', 1.2], // 长治 Changzhi
  ['140700', 1.0], // 晋中 Jinzhong
  ['140600', 1.0], // 朔州 Shuozhou
  ['140500', 0.7], // 晋城 Jincheng
  ['140300', 0.6], // 阳泉 Yangquan
  ['140100', 0.5], // 太原 Taiyuan
];

/** City districts (市辖区) send fewer people than rural counties. */
export const DISTRICT_WEIGHT = 0.3;

/** One gathering point per city; Taiyuan's is the Binhe Sports Centre of the report. */
export const GATHERING_POINTS: readonly { city: string; name: string; lat?: number; lon?: number }[] = [
  { city: '140100', name: '太原市滨河体育中心 Taiyuan Binhe Sports Centre', lat: 37.8706, lon: 112.5489 },
  { city: '140200', name: '大同市体育中心 Datong Sports Centre' },
  { city: '140300', name: '阳泉市人力资源市场 Yangquan Labour Market' },
  { city: '140400', name: '长治市体育中心 Changzhi Sports Centre' },
  { city: '140500', name: '晋城市人力资源市场 Jincheng Labour Market' },
  { city: '140600', name: '朔州市体育场 Shuozhou Stadium' },
  { city: '140700', name: '晋中市体育场 Jinzhong Stadium' },
  { city: '140800', name: '运城市体育中心 Yuncheng Sports Centre' },
  { city: '140900', name: '忻州市体育中心 Xinzhou Sports Centre' },
  { city: '141000', name: '临汾市体育中心 Linfen Sports Centre' },
  { city: '141100', name: '吕梁市体育场 Lüliang Stadium' },
];

/** Destination cities and how many of the ~400 employers sit in each. */
export const DESTINATION_CITIES: readonly (readonly [string, number])[] = [
  ['110000', 40], // 北京
  ['320500', 50], // 苏州
  ['320200', 20], // 无锡
  ['320100', 15], // 南京
  ['330100', 30], // 杭州
  ['330200', 20], // 宁波
  ['330700', 20], // 金华（义乌）
  ['440300', 40], // 深圳
  ['441900', 35], // 东莞
  ['440100', 25], // 广州
  ['610100', 40], // 西安
  ['370200', 35], // 青岛
  ['370100', 30], // 济南
];

export type IndustryProfile = {
  code: string;
  weight: number;
  titles: readonly string[];
  wage: readonly [number, number];
  /** Certificates a vacancy may require, with the chance it does. */
  requires: readonly (readonly [string, number])[];
  age: readonly [number, number] | null;
  nameWords: readonly string[];
};

export const INDUSTRIES: readonly IndustryProfile[] = [
  { code: 'catering', weight: 18, titles: ['厨师', '面点师', '服务员', '传菜员', '后厨帮工'], wage: [4000, 7000],
    requires: [['food-health', 0.7], ['chinese-cook', 0.15]], age: [18, 45], nameWords: ['餐饮管理', '酒楼', '食品'] },
  { code: 'logistics', weight: 18, titles: ['快递分拣员', '快递员', '仓库理货员', '装卸工', '叉车司机'], wage: [5000, 8500],
    requires: [['forklift', 0.15], ['driving-licence', 0.1]], age: [18, 50], nameWords: ['供应链', '速运', '物流'] },
  { code: 'manufacturing', weight: 16, titles: ['普工', '操作工', '质检员', '包装工'], wage: [4500, 7000],
    requires: [['welder', 0.05], ['electrician', 0.05]], age: [18, 45], nameWords: ['制造', '精密机械', '实业'] },
  { code: 'electronics', weight: 14, titles: ['电子装配工', '贴片操作员', '检测员'], wage: [4800, 7500],
    requires: [], age: [18, 40], nameWords: ['电子科技', '光电', '智能科技'] },
  { code: 'domestic-service', weight: 8, titles: ['家政服务员', '育婴员', '保洁员'], wage: [5000, 9000],
    requires: [['domestic-worker', 0.4], ['infant-care', 0.2]], age: [22, 55], nameWords: ['家政服务', '家庭服务'] },
  { code: 'caregiving', weight: 8, titles: ['养老护理员', '护工'], wage: [4500, 7500],
    requires: [['eldercare', 0.6]], age: [20, 55], nameWords: ['养老服务', '康养', '护理院'] },
  { code: 'security', weight: 8, titles: ['保安员', '门岗', '巡逻员'], wage: [4000, 6000],
    requires: [['security-guard', 0.7]], age: [18, 50], nameWords: ['保安服务', '安保'] },
  { code: 'construction', weight: 10, titles: ['钢筋工', '木工', '砌筑工', '普工'], wage: [6000, 9000],
    requires: [['steel-fixer', 0.2], ['carpenter', 0.2], ['height-work', 0.2]], age: [20, 55], nameWords: ['建设工程', '建筑劳务'] },
];

export const SURNAMES = '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文';
export const GIVEN_CHARS = '伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国建军志强海燕红梅春花玉兰凤英晓东晓明亮宇浩然子轩欣怡梓涵文博俊杰鹏飞晨阳佳怡雨婷思远宏伟丽娟小龙小虎二虎金宝满仓';

/** Certificates workers hold, with how common each is among trained workers. */
export const WORKER_CERTIFICATES: readonly (readonly [string, number])[] = [
  ['food-health', 10], ['chinese-cook', 5], ['pastry-cook', 3], ['waiter', 3], ['infant-care', 3], ['eldercare', 4],
  ['domestic-worker', 4], ['security-guard', 4], ['electrician', 3], ['welder', 3], ['forklift', 4], ['driving-licence', 5],
  ['height-work', 2], ['steel-fixer', 2], ['carpenter', 2], ['courier', 2], ['sewing-worker', 2],
];

/** Destinations workers name: provinces or cities. */
export const WISHED_DESTINATIONS: readonly (readonly [string, number])[] = [
  ['110000', 10], ['320000', 12], ['320500', 8], ['330000', 10], ['440000', 10], ['440300', 6], ['441900', 4],
  ['610000', 8], ['370000', 8], ['370200', 4],
];
