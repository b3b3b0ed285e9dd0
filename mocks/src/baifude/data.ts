import { type Random, randomFor } from "../random.js";

/**
 * Seeded Baifude pay orders, built BY INDEX: pay order i is paid at a time that grows with i, so a
 * payment-time window maps to an index range by arithmetic and the simulator never holds its orders in
 * memory. Shapes follow 4.1 (docs/vendors/baifude.md §4.1), ids follow the formats decoded there:
 * sn = "2" + ms epoch + userId + 5 digits, channelSn = "21" + yyMMddHHmmss + 6 digits.
 */

export interface SimGoods {
  goodsId: number;
  name: string;
  price: number;
  num: number;
  logo: string;
  virtual: null;
}
export interface SimPayFlow {
  payWay: number;
  cardId: string;
  startPayTime: string | null;
  endPayTime: string | null;
  amount: number;
  deduction: number;
  status: 1 | 2;
  dispatchCost: null;
  serviceFee: null;
}
export interface SimRefundFlow {
  refundOrderSn: string;
  payWay: number;
  refundAccount: string;
  refundVal: number;
  deduction: number;
  status: 1 | 2;
  createdAt: string;
  refundTime: string;
}
export interface SimRefund {
  sn: string;
  payOrderSn: string;
  payOrderAmount: number;
  refundAmount: number;
  refundReason: string;
  status: number;
  createdAt: string;
  updatedAt: string;
  refundWayList: SimRefundFlow[];
}
export interface SimPayOrder {
  sn: string;
  channelSn: string;
  channel: number;
  dispatchWay: string;
  dispatchTime: string;
  dispatchCost: number;
  serviceFee: number;
  status: 1 | 3 | 5 | 8;
  amount: number;
  realAmount: number;
  paidAmount: number;
  startPayTime: string;
  endPayTime: string | null;
  expiredAt: string;
  createdAt: string;
  receiver: string;
  userId: number;
  bfdUserId: string;
  bfdAccount: string;
  goodsList: SimGoods[];
  payWayList: SimPayFlow[];
  refundOrderList: SimRefund[];
}

export interface GeneratedPayOrder {
  index: number;
  /** Epoch ms of the final successful payment (whole seconds); for unpaid orders, when it would have been. */
  paidAtMs: number;
  order: SimPayOrder;
}

const CATALOG: readonly { goodsId: number; name: string; price: number; virtual?: boolean }[] = [
  { goodsId: 2244725, name: "【2022必测】普通商品多规格", price: 500 },
  { goodsId: 142012, name: "CP正大食品 盐水鸭500g", price: 5890 },
  { goodsId: 141940, name: "日本 TOFFY 复古单层烤箱", price: 69900 },
  { goodsId: 300118, name: "五常大米 稻花香 5kg", price: 8990 },
  { goodsId: 300245, name: "金龙鱼 花生油 5L", price: 12900 },
  { goodsId: 301002, name: "东方福利 中秋月饼礼盒 8只装", price: 19800 },
  { goodsId: 301377, name: "三只松鼠 坚果大礼包 1.5kg", price: 15900 },
  { goodsId: 302050, name: "小米 米家电动牙刷 T300", price: 9900 },
  { goodsId: 302771, name: "洁柔 抽纸 24包整箱", price: 4590 },
  { goodsId: 303404, name: "星巴克 咖啡豆 250g", price: 9800 },
  { goodsId: 304188, name: "苏泊尔 电饭煲 4L", price: 29900 },
  { goodsId: 305626, name: "伊利 纯牛奶 250ml×24盒", price: 6590 },
  { goodsId: 306911, name: "飞利浦 吹风机 BHD308", price: 21900 },
  { goodsId: 307432, name: "百福得 电影兑换券(2D/3D通兑)", price: 3990 },
  { goodsId: 308003, name: "京东E卡 100元", price: 10000 },
];
const RECEIVERS = ["张伟", "王芳🌸", "李娜", "刘洋😀", "陈静", "杨帆⛵", "赵磊", "黄敏🍀", "周杰", "吴婷✨"];
const DISPATCH_TIMES = ["工作日/周末/假日均可 ", "只工作日送货", "只双休日、假日送货"];
const REFUND_REASONS = ["主动取消", "商品质量问题", "七天无理由退货", "拍错了/多拍了", "物流太慢"];

/** Payment styles: which payWay codes pay what share. Points and company pay 1 point = 1 fen (as in 4.1). */
const PAYMENT_STYLES: readonly { name: string; ways: readonly (readonly number[])[] }[] = [
  { name: "points", ways: [[23]] },
  { name: "pointCard", ways: [[1]] },
  { name: "wechat", ways: [[6, 14, 17, 19]] },
  { name: "alipay", ways: [[3, 18, 7, 16]] },
  { name: "company", ways: [[25]] },
  { name: "points+wechat", ways: [[23], [6, 14]] },
  { name: "company+alipay", ways: [[25], [18, 15]] },
  { name: "pointCard+unionpay", ways: [[1], [5]] },
];
const POINTS_WAYS = new Set([1, 2, 23, 25]);

export interface PayOrderSpace {
  seed: number;
  orderCount: number;
  startMs: number;
  endMs: number;
}

function stepMs(space: PayOrderSpace): number {
  return (space.endMs - space.startMs) / space.orderCount;
}

/** Pay order `index` of the seeded space. */
export function generatePayOrder(space: PayOrderSpace, index: number): GeneratedPayOrder {
  const random = randomFor(space.seed, index);
  const step = stepMs(space);
  const paidAtMs = space.startMs + Math.floor(((index + random.next()) * step) / 1000) * 1000;
  const createdAtMs = paidAtMs - random.int(5, 1200) * 1000;
  const status = random.chance(0.06) ? random.pick([1, 5, 8] as const) : 3;
  const paid = status === 3;
  const userId = random.int(10_000_000, 99_999_999);
  const sn = `2${createdAtMs - random.int(100, 999)}${userId}${pad(index % 100_000, 5)}`;
  const channelSn = `21${compactLocal(createdAtMs - random.int(1, 3) * 1000)}${pad(random.int(0, 999_999), 6)}`;
  const account = `139${pad(random.int(0, 99_999_999), 8)}`;

  const goodsList = goodsLines(random);
  const amount = goodsList.reduce((sum, line) => sum + line.price * line.num, 0);
  const style = random.pick(PAYMENT_STYLES);
  const payWayList = payFlows(random, style.ways, amount, createdAtMs, paidAtMs, paid);
  const refundOrderList = paid ? refunds(random, sn, userId, amount, goodsList, payWayList, paidAtMs) : [];

  return {
    index,
    paidAtMs,
    order: {
      sn,
      channelSn,
      channel: 0,
      dispatchWay: random.pick(["1", "2", "2", "3"]),
      dispatchTime: random.pick(DISPATCH_TIMES),
      dispatchCost: 0,
      serviceFee: 0,
      status,
      amount,
      realAmount: amount,
      paidAmount: paid ? amount : 0,
      startPayTime: beijingLocal(createdAtMs),
      endPayTime: paid ? beijingLocal(paidAtMs) : null,
      expiredAt: beijingLocal(createdAtMs + 30 * 60_000 - 1000),
      createdAt: beijingLocal(createdAtMs),
      receiver: random.chance(0.5)
        ? `1${random.pick(["37", "39", "58", "76", "86"])}${pad(random.int(0, 99_999_999), 8)}`
        : random.pick(RECEIVERS),
      userId,
      bfdUserId: account,
      bfdAccount: account,
      goodsList,
      payWayList,
      refundOrderList,
    },
  };
}

function goodsLines(random: Random): SimGoods[] {
  const count = random.int(1, 4);
  const lines: SimGoods[] = [];
  const used = new Set<number>();
  while (lines.length < count) {
    const item = random.pick(CATALOG);
    if (used.has(item.goodsId)) continue;
    used.add(item.goodsId);
    lines.push({
      goodsId: item.goodsId,
      name: item.name,
      price: item.price,
      num: random.int(1, 3),
      logo: `https://image.dongfangfuli.com/2024/04/16/${item.goodsId.toString(16)}${pad(item.goodsId, 8)}.jpg`,
      virtual: null,
    });
  }
  return lines;
}

function payFlows(
  random: Random,
  ways: readonly (readonly number[])[],
  amount: number,
  createdAtMs: number,
  paidAtMs: number,
  paid: boolean,
): SimPayFlow[] {
  // The first payWay takes a random share (at least 1 fen), the last one the rest.
  const shares: number[] = [];
  let left = amount;
  ways.forEach((_, i) => {
    const share =
      i === ways.length - 1
        ? left
        : Math.max(1, Math.min(left - 1, Math.floor(amount * (0.5 + random.next() * 0.49))));
    shares.push(share);
    left -= share;
  });
  return ways.map((choices, i) => {
    const payWay = random.pick(choices);
    const flowStart = createdAtMs + (i + 1) * 2000;
    const flowEnd = i === ways.length - 1 ? paidAtMs : Math.min(paidAtMs, flowStart + 1000);
    return {
      payWay,
      cardId: cardIdFor(random, payWay, flowStart),
      startPayTime: beijingLocal(Math.min(flowStart, paidAtMs)),
      endPayTime: paid ? beijingLocal(flowEnd) : null,
      amount: shares[i]!,
      deduction: shares[i]!,
      status: paid ? 2 : 1,
      dispatchCost: null,
      serviceFee: null,
    };
  });
}

/**
 * Refunds of a paid order: 30 % of orders refund one or more goods lines, one refund order per line (as
 * in the 4.1 example); each refund takes cash back first, then points, so a refund of a mixed payment
 * has several refund flows.
 */
function refunds(
  random: Random,
  paySn: string,
  userId: number,
  amount: number,
  goods: SimGoods[],
  pays: SimPayFlow[],
  paidAtMs: number,
): SimRefund[] {
  if (!random.chance(0.3)) return [];
  const lines = random.int(1, goods.length);
  const capacity = pays.map((flow) => flow.deduction);
  // Cash flows (non-points) are refunded first.
  const order = pays.map((_, i) => i).sort((a, b) => Number(isPoints(pays[a]!)) - Number(isPoints(pays[b]!)));
  let at = paidAtMs + random.int(60, 3 * 86_400) * 1000;
  const out: SimRefund[] = [];
  for (let line = 0; line < lines; line++) {
    const refundAmount = goods[line]!.price * goods[line]!.num;
    const sn = `3${at - random.int(100, 999)}${userId}${pad(random.int(0, 99_999), 5)}`;
    const createdAt = beijingLocal(at);
    const flows: SimRefundFlow[] = [];
    let left = refundAmount;
    for (const i of order) {
      if (left === 0) break;
      const take = Math.min(left, capacity[i]!);
      if (take === 0) continue;
      capacity[i]! -= take;
      left -= take;
      flows.push({
        refundOrderSn: sn,
        payWay: pays[i]!.payWay,
        refundAccount: pays[i]!.cardId,
        refundVal: take,
        deduction: take,
        status: 2,
        createdAt,
        refundTime: beijingLocal(at + random.int(0, 20) * 1000),
      });
    }
    out.push({
      sn,
      payOrderSn: paySn,
      payOrderAmount: amount,
      refundAmount,
      refundReason: random.pick(REFUND_REASONS),
      status: 5,
      createdAt,
      updatedAt: beijingLocal(at + random.int(0, 30) * 1000),
      refundWayList: flows,
    });
    at += random.int(2, 600) * 1000;
  }
  return out;
}

function isPoints(flow: SimPayFlow): boolean {
  return POINTS_WAYS.has(flow.payWay);
}

function cardIdFor(random: Random, payWay: number, atMs: number): string {
  if (payWay === 23 || payWay === 25) return `bfd${atMs}${pad(random.int(0, 9_999_999_999), 10)}`;
  if (payWay === 1 || payWay === 2) return `DF${pad(random.int(0, 999_999_999_999), 12)}`;
  if ([4, 6, 8, 14, 17, 19].includes(payWay))
    return `42000${pad(random.int(0, 99_999), 5)}${compactLocal(atMs).slice(0, 6)}${pad(random.int(0, 9_999_999_999), 10)}`;
  if ([3, 7, 15, 16, 18].includes(payWay))
    return `20${compactLocal(atMs).slice(0, 6)}22001${pad(random.int(0, 999_999_999_999), 15)}`;
  return `${pad(random.int(0, 999_999_999), 9)}${pad(random.int(0, 999_999_999_999), 12)}`;
}

/** Indices whose payment time may fall in [fromMs, toMs] (a superset; callers filter). */
export function indexRange(space: PayOrderSpace, fromMs: number, toMs: number): [number, number] {
  const step = stepMs(space);
  // Payment times are floored to whole seconds, which moves an order by up to 1000/step indices.
  const slack = Math.ceil(1000 / step) + 1;
  const lo = Math.max(0, Math.floor((fromMs - space.startMs) / step) - slack);
  const hi = Math.min(space.orderCount - 1, Math.ceil((toMs - space.startMs) / step) + slack);
  return [lo, hi];
}

/** Finds the index of a generated pay-order number, or undefined: decodes its epoch to bound the search. */
export function findPayOrderIndex(space: PayOrderSpace, sn: string): number | undefined {
  const match = /^2(\d{13})\d{8}(\d{5})$/.exec(sn);
  if (!match) return undefined;
  const snEpoch = Number(match[1]);
  const tail = Number(match[2]);
  // createdAt is 0.1–1 s after the sn epoch; paidAt is 5–1200 s after createdAt.
  const [lo, hi] = indexRange(space, snEpoch + 5_000, snEpoch + 1_000 + 1_200_000);
  const first = lo + ((((tail - lo) % 100_000) + 100_000) % 100_000);
  for (let i = first; i <= hi; i += 100_000) {
    if (generatePayOrder(space, i).order.sn === sn) return i;
  }
  return undefined;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}

const SHANGHAI_MS = 8 * 3_600_000;

/** `yyyy-MM-dd HH:mm:ss` in Beijing time. */
export function beijingLocal(ms: number): string {
  const d = new Date(ms + SHANGHAI_MS);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1, 2)}-${pad(d.getUTCDate(), 2)} ${pad(d.getUTCHours(), 2)}:${pad(d.getUTCMinutes(), 2)}:${pad(d.getUTCSeconds(), 2)}`;
}

/** Parses `yyyy-MM-dd HH:mm:ss` Beijing time; undefined when malformed. */
export function parseBeijingLocal(text: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/.exec(text);
  if (!m) return undefined;
  const [y, mo, d, h, mi, s] = m.slice(1).map(Number) as [number, number, number, number, number, number];
  return Date.UTC(y, mo - 1, d, h, mi, s) - SHANGHAI_MS;
}

/** `yyMMddHHmmss` in Beijing time (the middle of a channelSn). */
function compactLocal(ms: number): string {
  return beijingLocal(ms).replace(/[- :]/g, "").slice(2);
}
