import { randomFor } from "../random.js";

/** Seeded catalogue and people for the Yopoint simulator: realistic Chinese goods, sites and emoji nicknames. */

export interface SimProduct {
  BarCode: string;
  Name: string;
  /** fen */
  Price: number;
  /** fen */
  CostPrice: number;
}

export const PRODUCTS: readonly SimProduct[] = [
  { BarCode: "6970399920439", Name: "元气森林0糖苏打气泡水卡曼橘味480ml", Price: 550, CostPrice: 320 },
  { BarCode: "6954767410586", Name: "可口可乐纤维+500mlPET瓶", Price: 350, CostPrice: 210 },
  { BarCode: "6921294392685", Name: "康师傅酸梅汤瓶装500ml", Price: 400, CostPrice: 230 },
  { BarCode: "6925303723910", Name: "统一冰红茶1L", Price: 500, CostPrice: 290 },
  { BarCode: "6921168509256", Name: "农夫山泉饮用天然水550ml", Price: 200, CostPrice: 95 },
  { BarCode: "6901939621271", Name: "百事可乐330ml罐装", Price: 300, CostPrice: 170 },
  { BarCode: "6920459905012", Name: "伊利纯牛奶250ml", Price: 350, CostPrice: 220 },
  { BarCode: "6907992513560", Name: "蒙牛真果粒草莓味250g", Price: 450, CostPrice: 270 },
  { BarCode: "6924743915763", Name: "乐事薯片美国经典原味70g", Price: 750, CostPrice: 460 },
  { BarCode: "6901668053404", Name: "奥利奥原味夹心饼干97g", Price: 690, CostPrice: 410 },
  { BarCode: "6911988014672", Name: "达利园法式软面包香奶味200g", Price: 980, CostPrice: 600 },
  { BarCode: "6920907800173", Name: "好丽友派巧克力味6枚装", Price: 1280, CostPrice: 800 },
  { BarCode: "6902083881405", Name: "娃哈哈AD钙奶220g×4", Price: 990, CostPrice: 610 },
  { BarCode: "6917878036526", Name: "雀巢咖啡丝滑拿铁268ml", Price: 680, CostPrice: 420 },
  { BarCode: "6921317905038", Name: "康师傅红烧牛肉面桶装", Price: 550, CostPrice: 330 },
  { BarCode: "6935284412345", Name: "卫龙大面筋辣条106g", Price: 500, CostPrice: 280 },
  { BarCode: "6970399920866", Name: "外星人电解质水荔枝海盐味500ml", Price: 600, CostPrice: 360 },
  { BarCode: "6948960100085", Name: "三只松鼠每日坚果25g", Price: 590, CostPrice: 350 },
  { BarCode: "6922255451427", Name: "王老吉凉茶310ml罐装", Price: 450, CostPrice: 260 },
  { BarCode: "6956416200067", Name: "东方树叶茉莉花茶500ml", Price: 550, CostPrice: 330 },
];

export interface SimCabinet {
  id: string;
  Name: string;
  DeviceCode: string;
  Code: string;
  LandMarkName: string;
  IndustryParentName: string;
  IndustryName: string;
  Province: string;
  City: string;
  District: string;
  Location: [number, number];
}

export const CABINETS: readonly SimCabinet[] = [
  cabinet(
    0,
    "西田科技园1号柜",
    "西田",
    "公司企业工厂",
    "孵化器、投资类公司",
    "广东省",
    "深圳市",
    "南山区",
    [113.9446, 22.5405],
  ),
  cabinet(
    1,
    "前海嘉里中心B座柜",
    "前海嘉里中心",
    "写字楼",
    "甲级写字楼",
    "广东省",
    "深圳市",
    "南山区",
    [113.8963, 22.5253],
  ),
  cabinet(
    2,
    "华强北电子市场柜",
    "华强北",
    "商场超市",
    "电子市场",
    "广东省",
    "深圳市",
    "福田区",
    [114.0884, 22.5468],
  ),
  cabinet(
    3,
    "天河体育中心东门柜",
    "天河体育中心",
    "文体场馆",
    "体育场馆",
    "广东省",
    "广州市",
    "天河区",
    [113.3277, 23.1417],
  ),
  cabinet(
    4,
    "张江高科地铁站柜",
    "张江高科",
    "交通枢纽",
    "地铁站",
    "上海市",
    "上海市",
    "浦东新区",
    [121.5933, 31.2078],
  ),
  cabinet(
    5,
    "中关村创业大街柜",
    "中关村",
    "公司企业工厂",
    "互联网公司",
    "北京市",
    "北京市",
    "海淀区",
    [116.3109, 39.9831],
  ),
  cabinet(
    6,
    "武汉光谷软件园柜",
    "光谷软件园",
    "公司企业工厂",
    "软件园区",
    "湖北省",
    "武汉市",
    "洪山区",
    [114.4129, 30.4816],
  ),
  cabinet(
    7,
    "成都天府三街柜",
    "天府三街",
    "写字楼",
    "金融机构",
    "四川省",
    "成都市",
    "武侯区",
    [104.0694, 30.5451],
  ),
];

function cabinet(
  index: number,
  Name: string,
  LandMarkName: string,
  IndustryParentName: string,
  IndustryName: string,
  Province: string,
  City: string,
  District: string,
  Location: [number, number],
): SimCabinet {
  return {
    id: `5f6da2362201410011fe7b${(0x70 + index).toString(16)}`,
    Name,
    DeviceCode: `A00${index + 1}`,
    Code: String(108284445710 + index * 7919),
    LandMarkName,
    IndustryParentName,
    IndustryName,
    Province,
    City,
    District,
    Location,
  };
}

export const NICKNAMES: readonly string[] = [
  "钱钱🙃",
  "小鱼🐟",
  "阿乐😀",
  "张三丰☯️",
  "奶茶续命🧋",
  "打工人💼",
  "Lily🌸",
  "熬夜冠军🦉",
  "王小明",
  "🍉西瓜太郎",
  "快乐星球🌍",
  "老陈",
  "Momo🐱",
  "早睡早起☀️",
  "周末去爬山⛰️",
  "吃货一枚🍜",
];

/**
 * A 24-hex id (Mongo ObjectId shape) that is a pure function of its inputs, for records whose id time does not
 * matter (users, members, machines). Orders use {@link orderObjectId}, whose time is the order's.
 */
export function objectId(seed: number, kind: number, index: number): string {
  const r = randomFor(seed ^ (kind * 0x27d4eb2d), index);
  const hex = (n: number, width: number) => n.toString(16).padStart(width, "0").slice(-width);
  return `${hex(0x60000000 + kind * 0x100000 + (index % 0x100000), 8)}${hex(r.int(0, 0xffffff), 6)}${hex(index, 10)}`;
}

/**
 * An order's ObjectId as MongoDB lays it out: the first 4 bytes are the creation time in Unix seconds (big-endian
 * hex), then 5 bytes that are random per process (here: per seed and collection) and a 3-byte counter (here: the
 * order's index). The id's time is the order's creation time, just before it was paid.
 *
 * @example
 * orderObjectId(1708651200, 20240229, 1, 42).slice(0, 8); // "65d7f2c0" = 2024-02-23T01:20:00Z
 */
export function orderObjectId(
  createdAtSeconds: number,
  seed: number,
  collection: number,
  index: number,
): string {
  const r = randomFor(seed ^ (collection * 0x27d4eb2d), index);
  const hex = (n: number, width: number) => n.toString(16).padStart(width, "0").slice(-width);
  return `${hex(createdAtSeconds >>> 0, 8)}${hex(r.int(0, 0xffffff), 6)}${hex(collection * 16 + r.int(0, 15), 4)}${hex(index & 0xffffff, 6)}`;
}
