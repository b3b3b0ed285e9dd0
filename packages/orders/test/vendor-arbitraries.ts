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

/** A Yopoint record created at `seconds`: its ObjectId and a ReceiptNo with the same Beijing `yyMMddHHmmss`. */
const hex8 = fc.integer({ min: 0, max: 0xffffffff }).map((n) => n.toString(16).padStart(8, "0"));
const yopointIdentity = fc
  .tuple(fc.integer({ min: 1_500_000_000, max: 1_900_000_000 }), digits(6, 6), hex8, hex8)
  .map(([s, tail, a, b]) => {
    const d = new Date((s + 8 * 3600) * 1000);
    const p = (n: number) => String(n).padStart(2, "0");
    const stamp = `${p(d.getUTCFullYear() % 100)}${p(d.getUTCMonth() + 1)}${p(d.getUTCDate())}${p(d.getUTCHours())}${p(d.getUTCMinutes())}${p(d.getUTCSeconds())}`;
    return { seconds: s, id: `${s.toString(16).padStart(8, "0")}${a}${b}`, ReceiptNo: `OD${stamp}${tail}` };
  });

export const yopointVendingOrder = fc
  .record({
    identity: yopointIdentity,
    TID: fc.stringMatching(/^[0-9a-f]{24}$/),
    PayType: fc.option(code([0, 1, 2, 90, 201, 202]), { nil: undefined }),
    ProductName: fc.string(),
    BarCode: digits(8, 13),
    Price: fen,
    // PayTime is required by the spec (the list window filters on it); 0 is an unpaid order.
    paidAfter: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 600 })),
    ShipmentsStatus: fc.option(code([0, 1, -1]), { nil: undefined }),
    UserVO: fc.record({
      OpenID: fc.string({ minLength: 0, maxLength: 30 }),
      NickName: fc.string(),
      MemberVO: fc.record({ Mobile: fc.stringMatching(/^1[3-9][0-9]{9}$/) }),
    }),
  })
  .map(({ identity, paidAfter, PayType, ShipmentsStatus, ...order }) => {
    const out: Record<string, unknown> = { id: identity.id, ReceiptNo: identity.ReceiptNo, ...order };
    if (PayType !== undefined) out.PayType = PayType;
    if (ShipmentsStatus !== undefined) out.ShipmentsStatus = ShipmentsStatus;
    out.PayTime = paidAfter === 0 ? 0 : identity.seconds + paidAfter;
    return out;
  });

/** A yuan amount from fen, as 1card1 writes it (4 decimals, a lossless number or a string). */
const yuanOf = (fenValue: number, asString: boolean) => {
  const text = `${Math.floor(fenValue / 100)}.${String(fenValue % 100).padStart(2, "0")}00`;
  return asString ? text : new LosslessNumber(text);
};

export const yikayiSale = fc
  .record({
    Guid: fc.uuid(),
    BillNumber: fc.stringMatching(/^XF[0-9]{15}$/),
    CardId: fc.oneof(fc.string(), fc.stringMatching(/^1[3-9][0-9]{9}$/)),
    TrueName: fc.string(),
    IsUndo: fc.option(fc.oneof(fc.boolean(), fc.constantFrom(0, 1, "True", "false", "1", "是")), {
      nil: undefined,
    }),
    StoreName: fc.string(),
    OperateTime: localTime,
    asString: fc.boolean(),
    lines: fc.array(
      fc.record({
        Guid: fc.uuid(),
        Barcode: digits(6, 13),
        GoodItemName: fc.string(),
        Number: fc.oneof(fc.nat(20).map(String), fc.constantFrom("1.5", "0.250", "2.0")),
        OldPrice: fen,
        discount: fc.constantFrom(100, 95, 90),
      }),
      { maxLength: 4 },
    ),
    split: fc.tuple(fc.nat(100), fc.nat(100)),
  })
  .map(({ lines, asString, split, IsUndo, ...note }) => {
    // As the simulator and integrators read them: TotalMoney is the lines' list price, TotalPaid what was paid after
    // discounts, split over cash, stored value and points.
    const items = lines.map(({ discount, ...line }) => {
      const [whole = "0", fraction = ""] = line.Number.split(".");
      const gross = Number(
        (BigInt(line.OldPrice) * BigInt(whole + fraction) * 2n + 10n ** BigInt(fraction.length)) /
          (2n * 10n ** BigInt(fraction.length)),
      );
      const total = Math.round((gross * discount) / 100);
      return {
        ...line,
        OldPrice: yuanOf(line.OldPrice, asString),
        TotalMoney: yuanOf(total, asString),
        PaidMoney: yuanOf(total, asString),
        gross,
        total,
      };
    });
    const totalMoney = items.reduce((s, i) => s + i.gross, 0);
    const totalPaid = items.reduce((s, i) => s + i.total, 0);
    const points = Math.floor((totalPaid * Math.min(split[0], 20)) / 100);
    const value = Math.floor(((totalPaid - points) * split[1]) / 100);
    const cash = totalPaid - points - value;
    return {
      note: {
        ...note,
        ...(IsUndo === undefined ? {} : { IsUndo }),
        TotalMoney: yuanOf(totalMoney, asString),
        TotalPaid: yuanOf(totalPaid, asString),
        PaidMoney: yuanOf(cash, asString),
        PaidValue: yuanOf(value, asString),
        PaidPoint: yuanOf(points, asString),
        UserAccount: "10000",
      },
      items: items.map(({ gross: _g, total: _t, ...line }) => line),
    };
  });
