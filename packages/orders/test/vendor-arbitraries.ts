import { LosslessNumber } from "@orderbridge/core";
import fc from "fast-check";

/** Beijing-local `yyyy-MM-dd HH:mm:ss`, including times that cross midnight in UTC. */
const localTime = fc.integer({ min: Date.UTC(2015, 0, 1), max: Date.UTC(2030, 0, 1) }).map((ms) => {
  const d = new Date(ms);
  const p = (n: number) => String(n).padStart(2, "0");
  return `${d.getUTCFullYear()}-${p(d.getUTCMonth() + 1)}-${p(d.getUTCDate())} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}`;
});
const fen = fc.integer({ min: 0, max: 5_000_000 });
const digits = (min: number, max: number) => fc.stringMatching(new RegExp(`^[0-9]{${min},${max}}$`));
/** A yuan amount as the vendor writes it: a lossless number with 4 decimals, or a string. */
const yuan = fc
  .tuple(fc.integer({ min: 0, max: 999_999 }), fc.integer({ min: 0, max: 9999 }), fc.boolean())
  .map(([whole, frac, asString]) => {
    const text = `${whole}.${String(frac).padStart(4, "0")}`;
    return asString ? text : new LosslessNumber(text);
  });
/** Codes mostly from the documented table, sometimes one nobody documented. */
const code = (known: number[]) =>
  fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...known) }, fc.integer({ min: -99, max: 999 }));

export const yopointOrder = fc
  .record({
    id: fc.oneof(fc.stringMatching(/^[0-9a-f]{24}$/), fc.string({ minLength: 1, maxLength: 8 })),
    CID: fc.stringMatching(/^[0-9a-f]{24}$/),
    OID: fc.stringMatching(/^[0-9a-f]{24}$/),
    UserID: fc.stringMatching(/^[0-9a-f]{24}$/),
    OpenID: fc.string({ minLength: 0, maxLength: 30 }),
    PayType: code([0, 1, 2, 90, 201, 202]),
    ServiceStatus: code([0, 1, 2]),
    TradeNo: fc.oneof(fc.constant(""), digits(28, 28)),
    // `<OD|VI><yyMMddHHmmss><6 digits>`: the creation time when `id` is not an ObjectId.
    ReceiptNo: fc
      .tuple(fc.constantFrom("OD", "VI"), localTime, digits(6, 6))
      .map(([prefix, time, tail]) => `${prefix}${time.slice(2).replace(/[- :]/g, "")}${tail}`),
    PayTime: fc.oneof(fc.constant(0), fc.integer({ min: 1_400_000_000, max: 1_900_000_000 })),
    Products: fc.array(
      fc.record({ Qty: fc.nat(20), BarCode: digits(8, 13), Name: fc.string(), Price: fen, TotalPrice: fen }),
      { maxLength: 4 },
    ),
    TradeStatus: code([0, 1, 2]),
    Price: fen,
    RefundsPrice: fen,
    RefundsTime: fc.oneof(fc.constant(0), fc.integer({ min: 1_400_000_000, max: 1_900_000_000 })),
    UserVO: fc.record({
      NickName: fc.string(),
      MemberVO: fc.record({ Mobile: fc.stringMatching(/^1[3-9][0-9]{9}$/) }),
    }),
  })
  // Refunds are mostly within the price; sometimes the vendor data says otherwise.
  .chain((order) =>
    fc
      .oneof({ weight: 5, arbitrary: fc.integer({ min: 0, max: order.Price }) }, fen)
      .map((RefundsPrice) => ({ ...order, RefundsPrice })),
  );

const payWay = code([1, 2, 3, 4, 5, 6, 7, 8, 14, 15, 16, 17, 18, 19, 23, 25, 27]);

export const baifudeOrder = fc
  .record({
    sn: digits(27, 27),
    channelSn: digits(20, 20),
    status: code([1, 3, 5, 8]),
    createdAt: localTime,
    endPayTime: localTime,
    receiver: fc.oneof(fc.string(), fc.stringMatching(/^1[3-9][0-9]{9}$/)),
    userId: fc.integer({ min: 1, max: 99_999_999 }),
    bfdAccount: fc.stringMatching(/^1[3-9][0-9]{9}$/),
    goodsList: fc.array(
      fc.record({ goodsId: fc.nat(), name: fc.string(), num: fc.nat(10), price: fen, logo: fc.webUrl() }),
      { maxLength: 4 },
    ),
    payWayList: fc.array(
      fc.record({
        payWay,
        cardId: digits(10, 28),
        endPayTime: localTime,
        amount: fen,
        deduction: fen,
        status: code([1, 2]),
      }),
      { maxLength: 3 },
    ),
    refundOrderList: fc.array(
      fc.record({
        sn: digits(27, 27),
        refundAmount: fen,
        refundReason: fc.string(),
        status: code([5]),
        createdAt: localTime,
        updatedAt: localTime,
        refundWayList: fc.array(
          fc.record({ payWay, refundVal: fen, deduction: fen, status: code([1, 2]), refundTime: localTime }),
          { maxLength: 2 },
        ),
      }),
      { maxLength: 3 },
    ),
  })
  .map((order) => {
    // As the docs' example: the paid total is the sum of the succeeded flows, and the order total its goods.
    const amount = order.goodsList.reduce((sum, g) => sum + g.price * g.num, 0);
    const paid = order.payWayList.reduce((sum, w) => (w.status === 2 ? sum + w.deduction : sum), 0);
    return { ...order, amount, realAmount: amount, paidAmount: paid };
  });

export const yikayiOrder = fc.record({
  Guid: fc.uuid(),
  BillNumber: fc.stringMatching(/^DG[0-9]{14}$/),
  Status: code([-1, 0, 1, 2, 3, 4, 5]),
  StatusName: fc.string(),
  SubmitTime: localTime,
  TotalMoney: yuan,
  PaidMoney: yuan,
  PaidValue: yuan,
  PaidPoint: yuan,
  PaidCoupon: yuan,
  PaidOther: yuan,
  PaidThirdpay: yuan,
  ThirdpayType: code([0, 1, 2]),
  ThirdPayStatus: code([-6, -5, -4, -3, -2, -1, 0, 1, 2]),
  ConsumeBillNumber: fc.constant(null),
  IsCashOnDeliver: fc.boolean(),
  IsSelfPickUp: fc.boolean(),
  AssignChainStoreGuid: fc.uuid(),
  AssignStoreName: fc.string(),
  CardId: fc.oneof(fc.string(), fc.stringMatching(/^1[3-9][0-9]{9}$/)),
  TrueName: fc.string(),
  Mobile: fc.stringMatching(/^1[3-9][0-9]{9}$/),
  ItemList: fc.array(
    fc.record({
      BarCode: digits(6, 13),
      Name: fc.string(),
      Number: fc.oneof(fc.nat(20).map(String), fc.constantFrom("1.5", "0.250", "2.0")),
      Price: yuan,
    }),
    { maxLength: 4 },
  ),
});
