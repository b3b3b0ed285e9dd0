// This file is generated. Do not edit it by hand.
// Source: specs/order.schema.json — regenerate with `pnpm generate` (packages/orders/scripts/embed-schema.mjs).
// `pnpm test` fails when this file and the spec disagree.
/* eslint-disable */

/** The unified Order JSON Schema (2020-12), exactly as in specs/order.schema.json. */
export const orderJsonSchema = {
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "https://orderbridge.dev/schemas/order.schema.json",
  "title": "Order",
  "description": "One order from any vendor, normalized. Money is integer fen (CNY minor units) converted exactly from the vendor's source text; ids are strings; times are RFC 3339 UTC with milliseconds (vendor local times are Asia/Shanghai). Two orthogonal axes: `status` (the order) and `paymentStatus` (the money). Personal data (mobile numbers, open ids, payer accounts) is masked unless the caller asks for it. The per-vendor mapping tables are in packages/orders/README.md.",
  "type": "object",
  "additionalProperties": false,
  "required": [
    "id",
    "vendor",
    "kind",
    "vendorOrderId",
    "orderNo",
    "status",
    "paymentStatus",
    "vendorStatus",
    "currency",
    "totalAmount",
    "paidAmount",
    "refundedAmount",
    "createdAt",
    "items",
    "payments",
    "refunds"
  ],
  "properties": {
    "id": {
      "type": "string",
      "pattern": "^(yopoint|baifude|yikayi):.+$",
      "description": "Globally unique id: `<vendor>:<vendorOrderId>`.",
      "examples": [
        "baifude:217132502617316312401131698"
      ]
    },
    "vendor": {
      "$ref": "#/$defs/Vendor"
    },
    "kind": {
      "$ref": "#/$defs/OrderKind"
    },
    "vendorOrderId": {
      "type": "string",
      "minLength": 1,
      "description": "The vendor's own key of this order, verbatim (Yopoint `ReceiptNo`, Baifude payment-order `sn`, 1card1 `BillNumber`).",
      "examples": [
        "217132502617316312401131698"
      ]
    },
    "orderNo": {
      "type": "string",
      "minLength": 1,
      "description": "The order number people see and search for (Yopoint `ReceiptNo`, Baifude `channelSn`, 1card1 `BillNumber`).",
      "examples": [
        "21240416145100175435"
      ]
    },
    "status": {
      "type": "string",
      "enum": [
        "pending_payment",
        "processing",
        "completed",
        "cancelled",
        "unknown"
      ],
      "x-orderbridge-closed-enum": true,
      "description": "Where the order is in its life: `pending_payment` (waiting for the customer to pay), `processing` (accepted, not finished: under review, to ship, in service), `completed`, `cancelled`, or `unknown` (a vendor code the mapping table does not know; counted in a warning).",
      "examples": [
        "completed"
      ]
    },
    "paymentStatus": {
      "type": "string",
      "enum": [
        "unpaid",
        "paid",
        "partially_refunded",
        "refunded",
        "failed",
        "unknown"
      ],
      "x-orderbridge-closed-enum": true,
      "description": "Where the money is: `unpaid`, `paid`, `partially_refunded` (successful refunds cover part of `paidAmount`), `refunded` (successful refunds cover all of `paidAmount`), `failed` (payment failed), or `unknown` (a vendor code the mapping table does not know; counted in a warning).",
      "examples": [
        "refunded"
      ]
    },
    "vendorStatus": {
      "type": "object",
      "additionalProperties": {
        "type": [
          "string",
          "integer",
          "boolean",
          "null"
        ]
      },
      "description": "The vendor's own status codes, verbatim, keyed by the vendor's field name.",
      "examples": [
        {
          "TradeStatus": 2,
          "ServiceStatus": 2
        }
      ]
    },
    "currency": {
      "const": "CNY",
      "description": "Always CNY: every supported vendor bills in renminbi."
    },
    "totalAmount": {
      "type": "integer",
      "minimum": 0,
      "maximum": 9007199254740991,
      "description": "What the order cost, in fen.",
      "examples": [
        150190
      ]
    },
    "paidAmount": {
      "type": "integer",
      "minimum": 0,
      "maximum": 9007199254740991,
      "description": "What the customer paid by all means together (cash, third-party pay, stored value, points, coupons), in fen; each means is listed in `payments`. The vendor's own paid total where it states one (Baifude `paidAmount`), else the sum of the succeeded payments; when the two disagree the normalizer warns.",
      "examples": [
        150190
      ]
    },
    "refundedAmount": {
      "type": "integer",
      "minimum": 0,
      "maximum": 9007199254740991,
      "description": "The sum of the `refunds` that succeeded, in fen.",
      "examples": [
        150190
      ]
    },
    "createdAt": {
      "type": "string",
      "format": "date-time",
      "pattern": "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z$",
      "description": "When the order was created (vendor clock), UTC.",
      "examples": [
        "2024-04-16T06:51:02.000Z"
      ]
    },
    "paidAt": {
      "type": "string",
      "format": "date-time",
      "pattern": "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z$",
      "description": "When the payment completed (vendor clock), UTC.",
      "examples": [
        "2024-04-16T06:52:03.000Z"
      ]
    },
    "updatedAt": {
      "type": "string",
      "format": "date-time",
      "pattern": "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z$",
      "description": "When the vendor last changed the order (vendor clock), UTC, where the vendor says.",
      "examples": [
        "2024-04-16T06:53:14.000Z"
      ]
    },
    "items": {
      "type": "array",
      "items": {
        "$ref": "#/$defs/OrderItem"
      },
      "description": "The goods, as the vendor lists them."
    },
    "payments": {
      "type": "array",
      "items": {
        "$ref": "#/$defs/Payment"
      },
      "description": "How the order was paid: one entry per means of payment."
    },
    "refunds": {
      "type": "array",
      "items": {
        "$ref": "#/$defs/Refund"
      },
      "description": "Refunds, whatever their outcome; only succeeded ones count in `refundedAmount`."
    },
    "store": {
      "$ref": "#/$defs/Store"
    },
    "customer": {
      "$ref": "#/$defs/Customer"
    },
    "relatedOrderIds": {
      "type": "array",
      "items": {
        "type": "string",
        "pattern": "^(yopoint|baifude|yikayi):.+$"
      },
      "uniqueItems": true,
      "description": "Other Orders that record the same sale, by `id`, sorted: a 1card1 online-mall goods order and the sale at the till it was approved into name each other. Absent when there are none.",
      "examples": [
        [
          "yikayi:XF202404160001"
        ]
      ]
    },
    "duplicateOf": {
      "type": "string",
      "pattern": "^(yopoint|baifude|yikayi):.+$",
      "description": "Set on exactly one Order of a pair that records the same sale: the `id` of the Order that counts it. A sum over Orders without `duplicateOf` counts every sale once. For 1card1 the goods order carries it and the sale at the till counts (packages/orders/README.md says why).",
      "examples": [
        "yikayi:XF202404160001"
      ]
    },
    "raw": {
      "type": "object",
      "description": "The vendor payload as received (decimals as their source text), only when the caller asks for it (`includeRaw`). It carries personal data in the clear."
    },
    "firstSeenAt": {
      "type": "string",
      "format": "date-time",
      "pattern": "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z$",
      "description": "Set by the store, not by the mapper: when orderbridge first stored this order.",
      "examples": [
        "2024-04-17T01:00:00.000Z"
      ]
    },
    "syncedAt": {
      "type": "string",
      "format": "date-time",
      "pattern": "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z$",
      "description": "Set by the store, not by the mapper: when orderbridge last wrote this order.",
      "examples": [
        "2024-04-17T01:00:00.000Z"
      ]
    }
  },
  "$defs": {
    "Vendor": {
      "type": "string",
      "enum": [
        "yopoint",
        "baifude",
        "yikayi"
      ],
      "x-orderbridge-closed-enum": true,
      "description": "Vendor id: `yopoint` (友朋), `baifude` (百福得), `yikayi` (一卡易 1card1).",
      "examples": [
        "yikayi"
      ]
    },
    "OrderKind": {
      "type": "string",
      "enum": [
        "cabinet",
        "vending",
        "welfare_mall",
        "online_mall",
        "in_store"
      ],
      "x-orderbridge-closed-enum": true,
      "description": "The kind of sale: `cabinet` (a Yopoint self-pickup cabinet order), `vending` (a Yopoint vending-machine order), `welfare_mall` (a Baifude welfare-mall pay order), `online_mall` (a 1card1 online-mall goods order), `in_store` (a 1card1 sale at the till, 销售记录).",
      "examples": [
        "cabinet"
      ]
    },
    "PaymentMethod": {
      "type": "string",
      "enum": [
        "wechat",
        "alipay",
        "unionpay",
        "cash",
        "stored_value",
        "points",
        "coupon",
        "corporate",
        "other"
      ],
      "x-orderbridge-closed-enum": true,
      "description": "Normalized means of payment. `corporate` is paid by the employer (e.g. Baifude 企业代付 福豆); `other` covers unknown or undocumented vendor codes.",
      "examples": [
        "wechat"
      ]
    },
    "FlowStatus": {
      "type": "string",
      "enum": [
        "succeeded",
        "pending",
        "failed",
        "unknown"
      ],
      "x-orderbridge-closed-enum": true,
      "description": "Outcome of one payment or refund: `succeeded`, `pending`, `failed`, or `unknown` (a vendor code the mapping table does not know).",
      "examples": [
        "succeeded"
      ]
    },
    "OrderItem": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "name",
        "quantity",
        "unitPrice",
        "amount"
      ],
      "description": "One line of goods.",
      "properties": {
        "sku": {
          "type": "string",
          "description": "The vendor's product code (bar code, goods id or SKU code).",
          "examples": [
            "6970399920439"
          ]
        },
        "name": {
          "type": "string",
          "description": "Product name as the vendor shows it.",
          "examples": [
            "CP正大食品 盐水鸭500g"
          ]
        },
        "variant": {
          "type": "string",
          "description": "SKU description (e.g. 颜色:天空蓝), where the vendor has one.",
          "examples": [
            "颜色:天空蓝,版本:纯电版"
          ]
        },
        "quantity": {
          "type": "number",
          "minimum": 0,
          "description": "Quantity; a number, since weighed goods can be fractional.",
          "examples": [
            2
          ]
        },
        "unitPrice": {
          "type": "integer",
          "minimum": 0,
          "maximum": 9007199254740991,
          "description": "Unit price in fen.",
          "examples": [
            69900
          ]
        },
        "amount": {
          "type": "integer",
          "minimum": 0,
          "maximum": 9007199254740991,
          "description": "Line amount in fen: the vendor's line total where it has one, else unitPrice × quantity rounded half-up.",
          "examples": [
            139800
          ]
        },
        "imageUrl": {
          "type": "string",
          "description": "Product image URL, where the vendor gives one.",
          "examples": [
            "https://res.yopoint.com/resource/20220518/209efc9347453c3f724963b1ce8e482a.png"
          ]
        }
      },
      "examples": [
        {
          "sku": "141940",
          "name": "日本 TOFFY 复古单层烤箱",
          "quantity": 2,
          "unitPrice": 69900,
          "amount": 139800
        }
      ]
    },
    "Payment": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "method",
        "vendorMethod",
        "amount",
        "status"
      ],
      "description": "One means of payment of an order.",
      "properties": {
        "method": {
          "$ref": "#/$defs/PaymentMethod"
        },
        "vendorMethod": {
          "type": "string",
          "description": "The vendor's own code for this means of payment, verbatim as text: Yopoint `PayType` (`\"1\"`), Baifude `payWay` (`\"6\"`), 1card1 the amount field (`\"PaidValue\"`; third-party pay as `\"PaidThirdpay:<ThirdpayType>\"`).",
          "examples": [
            "6"
          ]
        },
        "amount": {
          "type": "integer",
          "minimum": 0,
          "maximum": 9007199254740991,
          "description": "Money value of this payment in fen (for points and cards: the money they stood for).",
          "examples": [
            190
          ]
        },
        "status": {
          "$ref": "#/$defs/FlowStatus"
        },
        "paidAt": {
          "type": "string",
          "format": "date-time",
          "pattern": "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z$",
          "description": "When this payment completed, UTC.",
          "examples": [
            "2024-04-16T06:52:03.000Z"
          ]
        },
        "transactionId": {
          "type": "string",
          "description": "The payment channel's transaction number (e.g. a WeChat Pay transaction_id).",
          "examples": [
            "4200002195202404163221496242"
          ]
        },
        "account": {
          "type": "string",
          "description": "The payer's account at the channel (open id, card or points account). Personal data: masked unless asked for.",
          "examples": [
            "oNlH********************JJjQ"
          ]
        }
      },
      "examples": [
        {
          "method": "wechat",
          "vendorMethod": "6",
          "amount": 190,
          "status": "succeeded",
          "paidAt": "2024-04-16T06:52:03.000Z",
          "transactionId": "4200002195202404163221496242"
        }
      ]
    },
    "Refund": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "amount",
        "status"
      ],
      "description": "One refund of (part of) an order.",
      "properties": {
        "id": {
          "type": "string",
          "description": "The vendor's refund number, where it has one.",
          "examples": [
            "317132503736916312401179168"
          ]
        },
        "amount": {
          "type": "integer",
          "minimum": 0,
          "maximum": 9007199254740991,
          "description": "Refunded money in fen.",
          "examples": [
            4500
          ]
        },
        "status": {
          "$ref": "#/$defs/FlowStatus"
        },
        "vendorStatus": {
          "type": "string",
          "description": "The vendor's own refund status code, verbatim as text, where it has one.",
          "examples": [
            "5"
          ]
        },
        "reason": {
          "type": "string",
          "description": "Refund reason as the vendor gives it.",
          "examples": [
            "主动取消"
          ]
        },
        "createdAt": {
          "type": "string",
          "format": "date-time",
          "pattern": "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z$",
          "description": "When the refund was requested, UTC.",
          "examples": [
            "2024-04-16T06:52:54.000Z"
          ]
        },
        "refundedAt": {
          "type": "string",
          "format": "date-time",
          "pattern": "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z$",
          "description": "When the refund completed, UTC.",
          "examples": [
            "2024-04-16T06:53:14.000Z"
          ]
        }
      },
      "examples": [
        {
          "id": "317132503736916312401179168",
          "amount": 4500,
          "status": "succeeded",
          "vendorStatus": "5",
          "reason": "主动取消",
          "createdAt": "2024-04-16T06:52:54.000Z",
          "refundedAt": "2024-04-16T06:53:14.000Z"
        }
      ]
    },
    "Store": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "id"
      ],
      "description": "Where the order was placed or fulfilled: a Yopoint cabinet, a 1card1 shop.",
      "properties": {
        "id": {
          "type": "string",
          "minLength": 1,
          "description": "The vendor's id of the store or device.",
          "examples": [
            "5f6da2362201410011fe7b72"
          ]
        },
        "name": {
          "type": "string",
          "description": "Store or site name.",
          "examples": [
            "龙园店"
          ]
        }
      },
      "examples": [
        {
          "id": "3E964D41-7B6B-E711-A46B-7C0507895043",
          "name": "龙园店"
        }
      ]
    },
    "Customer": {
      "type": "object",
      "additionalProperties": false,
      "description": "Who ordered. Mobile numbers (and ids or names that are mobile numbers) are masked unless asked for.",
      "properties": {
        "id": {
          "type": "string",
          "description": "The vendor's customer id (Yopoint `UserID`, Baifude `userId`, 1card1 member `CardId`).",
          "examples": [
            "63124011"
          ]
        },
        "name": {
          "type": "string",
          "description": "Name or nickname.",
          "examples": [
            "钱钱🙃"
          ]
        },
        "mobile": {
          "type": "string",
          "description": "Mobile number. Personal data: masked (`138****8000`) unless asked for.",
          "examples": [
            "138****8000"
          ]
        }
      },
      "examples": [
        {
          "id": "59e6f137360c5c000f27b6ce",
          "name": "钱钱🙃",
          "mobile": "138****8000"
        }
      ]
    }
  },
  "examples": [
    {
      "id": "yopoint:VI231228102118586561",
      "vendor": "yopoint",
      "kind": "cabinet",
      "vendorOrderId": "VI231228102118586561",
      "orderNo": "VI231228102118586561",
      "status": "completed",
      "paymentStatus": "refunded",
      "vendorStatus": {
        "TradeStatus": 2,
        "ServiceStatus": 2
      },
      "currency": "CNY",
      "totalAmount": 1,
      "paidAmount": 1,
      "refundedAmount": 1,
      "createdAt": "2023-12-28T02:21:18.000Z",
      "paidAt": "2023-12-28T02:21:34.000Z",
      "items": [
        {
          "sku": "6970399920439",
          "name": "元气森林0糖苏打气泡水卡曼橘味480ml",
          "quantity": 1,
          "unitPrice": 1,
          "amount": 1
        }
      ],
      "payments": [
        {
          "method": "other",
          "vendorMethod": "90",
          "amount": 1,
          "status": "succeeded",
          "paidAt": "2023-12-28T02:21:34.000Z",
          "account": "oNlH********************JJjQ"
        }
      ],
      "refunds": [
        {
          "amount": 1,
          "status": "succeeded",
          "refundedAt": "2024-01-16T07:21:12.000Z"
        }
      ],
      "store": {
        "id": "5f6da2362201410011fe7b72",
        "name": "西田"
      },
      "customer": {
        "id": "59e6f137360c5c000f27b6ce",
        "name": "钱钱🙃",
        "mobile": "138****8000"
      }
    }
  ]
} as const;
