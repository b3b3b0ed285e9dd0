// This file is generated. Do not edit it by hand.
// Source: specs/yikayi.openapi.yaml — regenerate with `pnpm generate` (openapi-typescript).
// `pnpm test` fails when this file and the spec disagree.
/* eslint-disable */
export interface paths {
    "/BusinessApi/Get_GoodsBillPaged": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 获取商品订单列表 — list goods orders, paged
         * @description Source D1 (the seed page). `pageIndex` is 0-based (D1's example sends 0; S8 pages 0,1,2…).
         *     The client filters the time window on `SubmitTime` and sorts by `SubmitTime asc, BillNumber asc`.
         */
        post: operations["Get_GoodsBillPaged"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/OpenApi/Get_ConsumeNotePagedV2": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 获取销售记录 — list consumption (sales) records, paged
         * @description Controller `OpenApi` (S1/S2 action map). No official doc page was found; the record fields are the ones
         *     integrators read (S5, S10). A goods order's `ConsumeBillNumber` equals a record's `BillNumber` here: an
         *     online-mall order the shop approved is also a sale at the till.
         *     `client.sales()` filters the time window on `OperateTime` (`OperateTime >= '<since>' and OperateTime <
         *     '<until>'`, Beijing local time), sorts by `OperateTime asc, BillNumber asc` and pages from `pageIndex` 0.
         */
        post: operations["Get_ConsumeNotePagedV2"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/OpenApi/Get_ConsumeNoteItemPagedV2": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 获取销售明细 — the items of one consumption record
         * @description Controller `OpenApi` (S1/S2 action map). S5 sends only `{"guid":"<ConsumeNote.Guid>"}`. Note `Barcode`
         *     with a lower-case c here, unlike `BarCode` in goods-order items. `client.sales()` calls it once per sale.
         */
        post: operations["Get_ConsumeNoteItemPagedV2"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/OpenApi/Get_MembersPagedV2": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 获取会员列表 — list member cards, paged
         * @description Controller `OpenApi` (S1/S2 action map); fields as read by S1b and S3.
         */
        post: operations["Get_MembersPagedV2"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * @description The form body: one field `data`, a JSON string (the business parameters). The server hashes this exact
         *     string into the signature. The client emits ASCII-only JSON (non-ASCII as \uXXXX, as PHP's json_encode
         *     does) so that the MD5 input does not depend on a text encoding.
         */
        DataForm: {
            /** @description JSON text of PagedQuery (paged list methods) or ConsumeNoteItemQuery (Get_ConsumeNoteItemPagedV2). */
            data: string;
        };
        /** @description The common request of the paged list methods (D1 "请求说明"). */
        PagedQuery: {
            /** @description 工号 — the merchant's operator (staff) account, e.g. "10000". */
            userAccount: string;
            /** @description 查询条件 — a SQL condition the vendor evaluates (e.g. `CardId = 'q' and SubmitTime >= '2024-04-16 00:00:00'`). Built by the client's filter builder only. */
            where: string;
            /** @description 页码 — page number, 0-based. */
            pageIndex: number;
            /** @description 页大小 — records per page. */
            pageSize: number;
            /** @description 排序规则 — an SQL ORDER BY body (e.g. `SubmitTime asc, BillNumber asc`); may be empty. */
            orderBy: string;
        };
        ConsumeNoteItemQuery: {
            /** @description The consumption record's `Guid`. */
            guid: string;
            /** @description 工号 (optional; S5 leaves it out). */
            userAccount?: string;
        };
        /** @description The failure envelope `{"status":-1,"message":"查询失败及原因"}` (D1). */
        ErrorEnvelope: {
            /** @description -1 (failure). Only 0 and -1 are documented; any non-zero value is treated as failure. */
            status: number;
            /** @description 查询失败及原因 — the reason, in Chinese. */
            message: string;
        };
        /** @description What every answer has in common; the client reads `status` first, then the full shape. */
        Envelope: {
            /** @description 0 success, -1 failure (D1). */
            status: number;
            message?: string;
            total?: number;
        };
        GoodsBillPagedResponse: {
            /** @constant */
            status: 0;
            /** @description Number of matching records in all pages (not the number of pages; S5, S8). */
            total: number;
            data: components["schemas"]["GoodsBill"][];
        };
        /**
         * @description One online-mall goods order (D1). Money is yuan with four decimals, sent as JSON numbers. Item totals do
         *     not have to add up to TotalMoney (D1's own example: items 220, TotalMoney 170); the payment fields do.
         */
        GoodsBill: {
            /** @description The order's unique id (a GUID; case varies between fields — compare case-insensitively). */
            Guid: string;
            /** @description 订单号 — order number, e.g. DG20160622000002 (DG + yyyyMMdd + sequence, one example only). */
            BillNumber: string;
            /**
             * @description 订单状态 (D1): -1 已关闭 (closed), 0 待审核 (awaiting review), 1 已完成 (completed), 2 待支付 (awaiting
             *     payment), 3 待发货 (awaiting shipment), 4 待自提 (awaiting pick-up), 5 待收货 (shipped, awaiting
             *     receipt); any other value 不通过 (rejected). An older doc revision (S9) used 1 审核通过 and 3 支付成功,
             *     so the enum stays open and StatusName is kept.
             * @enum {integer}
             */
            Status: -1 | 0 | 1 | 2 | 3 | 4 | 5;
            /** @description 订单状态名称 — the server's label for Status (e.g. 待审核). */
            StatusName: string;
            /** @description 提交时间 — when the order was submitted, `yyyy-MM-dd HH:mm:ss`, Beijing local time. */
            SubmitTime: string;
            /**
             * Format: decimal
             * @description 订单总金额 — order total, yuan, JSON number with four decimals (`170.0000`).
             */
            TotalMoney: string;
            /**
             * Format: decimal
             * @description 现金支付金额 — paid in cash, yuan.
             */
            PaidMoney: string;
            /**
             * Format: decimal
             * @description 储值支付金额 — paid from the member's stored value, yuan.
             */
            PaidValue: string;
            /**
             * Format: decimal
             * @description 积分支付金额 — paid with points, as a money value in yuan ("金额").
             */
            PaidPoint: string;
            /**
             * Format: decimal
             * @description 优惠券支付金额 — paid with coupons, yuan.
             */
            PaidCoupon: string;
            /**
             * Format: decimal
             * @description 其他支付金额 — paid by other means, yuan.
             */
            PaidOther: string;
            /**
             * Format: decimal
             * @description 第三方支付金额 — paid by WeChat Pay / Alipay (see ThirdpayType), yuan.
             */
            PaidThirdpay: string;
            /**
             * @description 第三方支付方式 (D1): 1 微信支付 WeChat Pay, 2 支付宝支付 Alipay, 0 非第三方支付 no third-party payment.
             * @enum {integer}
             */
            ThirdpayType: 0 | 1 | 2;
            /**
             * @description 支付状态 (D1): -6 退款处理中 refund in progress, -5 退款失败 refund failed, -4 支付失败 payment failed,
             *     -3 退款成功 refunded, -2 取消订单 order cancelled, -1 支付失败 payment failed, 0 等待付款 awaiting payment,
             *     1 支付成功 paid, 2 处理中 processing. (-4 and -1 both read 支付失败 in the doc.) D1's own example pairs -3
             *     with ThirdpayType 0 and PaidThirdpay 0, so the fields are not always consistent.
             * @enum {integer}
             */
            ThirdPayStatus: -6 | -5 | -4 | -3 | -2 | -1 | 0 | 1 | 2;
            /** @description 审核通过后的单据号 — after approval, the bill number of the consumption record (Get_ConsumeNotePagedV2 BillNumber). */
            ConsumeBillNumber: string | null;
            /** @description 支付方式 — true 货到付款 cash on delivery, false 在线支付 paid online. */
            IsCashOnDeliver: boolean;
            /** @description 配送方式 — true 上门自提 picked up in store, false 商家配送 delivered by the merchant. */
            IsSelfPickUp: boolean;
            /** @description Pick-up time (D1 says 自提门店 — copied from the next row; the older revision S9 says 自提时间). */
            SelfPickUpTime?: string | null;
            /** @description 自提门店 — the store the customer picks up from. */
            SelfPickUpStoreName?: string | null;
            /** @description 指派店面唯一标识 — the store the order is assigned to (GUID, upper-case in D1). */
            AssignChainStoreGuid?: string | null;
            /** @description 指派店面名称 — the assigned store's name (Chinese, e.g. 龙园店). */
            AssignStoreName?: string | null;
            /** @description 卡号 — member card number (free text; D1's example is "q"). */
            CardId: string;
            /** @description 姓名 — the member's name. */
            TrueName?: string | null;
            /** @description 手机号 — the member's mobile number (personal data). */
            Mobile?: string | null;
            /** @description 送货地址-省 — delivery province. */
            Province?: string | null;
            /** @description 送货地址-市 — delivery city. */
            City?: string | null;
            /** @description 送货地址-区 — delivery district. */
            County?: string | null;
            /** @description 送货地址-详细地址 — street address. */
            Address?: string | null;
            /** @description 邮编 — postcode. */
            Postcode?: string | null;
            /** @description 收货人 — recipient; when empty, TrueName applies. */
            Receiver?: string | null;
            /** @description 联系方式 — recipient's phone; when empty, Mobile applies. */
            ReceiverMobile?: string | null;
            /** @description 备注 — remark (the vendor spells it Meno). */
            Meno?: string | null;
            /** @description 订单明细 — the order's lines. */
            ItemList: components["schemas"]["GoodsBillItem"][];
        };
        /** @description One order line (D1 ItemList). Number and Price are JSON STRINGS on the wire. */
        GoodsBillItem: {
            /** @description 商品编码 — product code (BarCode with a capital C, unlike consumption items). */
            BarCode: string;
            /** @description 商品名称 — product name. */
            Name: string;
            /**
             * Format: decimal
             * @description 数量 — quantity, sent as a string (`"5"`).
             */
            Number: string;
            /**
             * Format: decimal
             * @description 单价 — unit price, yuan, sent as a string with four decimals (`"20.0000"`).
             */
            Price: string;
            /** @description SKU描述 — SKU description, e.g. `颜色:天空蓝,版本:纯电版`; absent or "" when the product has no SKU. */
            GoodsItemSkuDesc?: string | null;
            /** @description SKU编码 — SKU code; absent or "" when none. */
            SkuCode?: string | null;
        };
        ConsumeNotePagedResponse: {
            /** @constant */
            status: 0;
            total: number;
            data: components["schemas"]["ConsumeNote"][];
        };
        /** @description One consumption (sales) record (获取销售记录), fields as read by integrators (S5, S10). */
        ConsumeNote: {
            /** @description the record's unique id (input to Get_ConsumeNoteItemPagedV2) */
            Guid: string;
            /** @description 卡号 card number */
            CardId?: string | null;
            /** @description 会员姓名 member name */
            TrueName?: string | null;
            /** @description 单据号 bill number — equals a goods order's ConsumeBillNumber */
            BillNumber: string;
            /** @description 备注 remark */
            Meno?: string | null;
            /** @description 是否撤销 — whether the sale was revoked (undone) at the till after it was booked. */
            IsUndo?: boolean | number | string;
            /**
             * Format: decimal
             * @description 应付金额 amount due, yuan
             */
            TotalMoney: string;
            /**
             * Format: decimal
             * @description 实付金额 amount paid, yuan
             */
            TotalPaid?: string;
            /**
             * Format: decimal
             * @description 现金支付 cash, yuan
             */
            PaidMoney?: string;
            /**
             * Format: decimal
             * @description 储值支付 stored value, yuan
             */
            PaidValue?: string;
            /**
             * Format: decimal
             * @description 积分支付 points, as yuan
             */
            PaidPoint?: string;
            /**
             * Format: decimal
             * @description 获得积分 points earned (a count, may be fractional)
             */
            Point?: string;
            /** @description 操作店面 the store */
            StoreName?: string | null;
            /** @description 操作工号 operator account */
            UserAccount?: string | null;
            /** @description 操作时间 — when the sale happened, Beijing local `yyyy-MM-dd HH:mm:ss`. */
            OperateTime: string;
        };
        ConsumeNoteItemPagedResponse: {
            /** @constant */
            status: 0;
            total: number;
            data: components["schemas"]["ConsumeNoteItem"][];
        };
        /** @description One line of a consumption record (获取销售明细), fields as read by S5. */
        ConsumeNoteItem: {
            /** @description the line's id */
            Guid: string;
            /** @description the product's id */
            GoodsItemGuid?: string | null;
            /** @description product code (lower-case c, S5) */
            Barcode?: string | null;
            /** @description product name */
            GoodItemName: string;
            /**
             * Format: decimal
             * @description line total, yuan
             */
            TotalMoney?: string;
            /**
             * Format: decimal
             * @description quantity
             */
            Number?: string;
            /**
             * Format: decimal
             * @description list unit price, yuan
             */
            OldPrice?: string;
            /**
             * Format: decimal
             * @description paid for this line, yuan
             */
            PaidMoney?: string;
            /**
             * Format: decimal
             * @description discount rate (e.g. "0.9")
             */
            Discount?: string;
            /**
             * Format: decimal
             * @description points earned
             */
            Point?: string;
            /** @description remark */
            Meno?: string | null;
        };
        MembersPagedResponse: {
            /** @constant */
            status: 0;
            total: number;
            data: components["schemas"]["Member"][];
        };
        /** @description One member card (获取会员列表), fields as read by S1b and S3. */
        Member: {
            /** @description the member's unique id */
            Guid: string;
            /** @description 卡号 card number */
            CardId: string;
            /** @description 姓名 name */
            TrueName?: string | null;
            /** @description 手机号 mobile (personal data) */
            Mobile?: string | null;
            /** @description 会员等级 member group */
            MemberGroupName?: string | null;
            /** @description 1 先生 male, 2 女士 female (S1b's mapping; D2 documents the same for merchants). */
            Sex?: number | null;
            /** @description birthday */
            Birthday?: string | null;
            /**
             * Format: decimal
             * @description 可用积分 points available
             */
            EnablePoint?: string | null;
            /**
             * Format: decimal
             * @description 剩余储值 stored value left, yuan
             */
            EnableValue?: string | null;
            /** @description registration time, Beijing local */
            RegisterTime?: string | null;
            /** @description WeChat open id (personal data) */
            ThirdOpenId?: string | null;
        };
    };
    responses: {
        /** @description Throttled. 1card1 documents no rate limit; the client treats HTTP 429 (honouring Retry-After) as transient. */
        Throttled: {
            headers: {
                /** @description Seconds to wait before retrying. */
                "Retry-After"?: number;
                [name: string]: unknown;
            };
            content: {
                "text/plain": string;
            };
        };
    };
    parameters: {
        /**
         * @description The merchant's OpenId — 32 upper-case hex characters (D2's Add_Business answer, S3).
         * @example 0123456789ABCDEF0123456789ABCDEF
         */
        openId: string;
        /**
         * @description upper(md5(OpenId + Secret + timestamp + data)), 32 upper-case hex characters (D1).
         * @example B8D8261FD17785AA9E15A1E266B71B4D
         */
        signature: string;
        /**
         * @description Unix time in SECONDS as decimal digits (official PHP/Java SDKs, docs/vendors/yikayi.md §1.3).
         * @example 1466567648
         */
        timestamp: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    Get_GoodsBillPaged: {
        parameters: {
            query: {
                /**
                 * @description The merchant's OpenId — 32 upper-case hex characters (D2's Add_Business answer, S3).
                 * @example 0123456789ABCDEF0123456789ABCDEF
                 */
                openId: components["parameters"]["openId"];
                /**
                 * @description upper(md5(OpenId + Secret + timestamp + data)), 32 upper-case hex characters (D1).
                 * @example B8D8261FD17785AA9E15A1E266B71B4D
                 */
                signature: components["parameters"]["signature"];
                /**
                 * @description Unix time in SECONDS as decimal digits (official PHP/Java SDKs, docs/vendors/yikayi.md §1.3).
                 * @example 1466567648
                 */
                timestamp: components["parameters"]["timestamp"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["DataForm"];
            };
        };
        responses: {
            /** @description Success envelope or the vendor's error envelope (both HTTP 200). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GoodsBillPagedResponse"] | components["schemas"]["ErrorEnvelope"];
                };
            };
            429: components["responses"]["Throttled"];
        };
    };
    Get_ConsumeNotePagedV2: {
        parameters: {
            query: {
                /**
                 * @description The merchant's OpenId — 32 upper-case hex characters (D2's Add_Business answer, S3).
                 * @example 0123456789ABCDEF0123456789ABCDEF
                 */
                openId: components["parameters"]["openId"];
                /**
                 * @description upper(md5(OpenId + Secret + timestamp + data)), 32 upper-case hex characters (D1).
                 * @example B8D8261FD17785AA9E15A1E266B71B4D
                 */
                signature: components["parameters"]["signature"];
                /**
                 * @description Unix time in SECONDS as decimal digits (official PHP/Java SDKs, docs/vendors/yikayi.md §1.3).
                 * @example 1466567648
                 */
                timestamp: components["parameters"]["timestamp"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["DataForm"];
            };
        };
        responses: {
            /** @description Success envelope or the vendor's error envelope (both HTTP 200). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsumeNotePagedResponse"] | components["schemas"]["ErrorEnvelope"];
                };
            };
            429: components["responses"]["Throttled"];
        };
    };
    Get_ConsumeNoteItemPagedV2: {
        parameters: {
            query: {
                /**
                 * @description The merchant's OpenId — 32 upper-case hex characters (D2's Add_Business answer, S3).
                 * @example 0123456789ABCDEF0123456789ABCDEF
                 */
                openId: components["parameters"]["openId"];
                /**
                 * @description upper(md5(OpenId + Secret + timestamp + data)), 32 upper-case hex characters (D1).
                 * @example B8D8261FD17785AA9E15A1E266B71B4D
                 */
                signature: components["parameters"]["signature"];
                /**
                 * @description Unix time in SECONDS as decimal digits (official PHP/Java SDKs, docs/vendors/yikayi.md §1.3).
                 * @example 1466567648
                 */
                timestamp: components["parameters"]["timestamp"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["DataForm"];
            };
        };
        responses: {
            /** @description Success envelope or the vendor's error envelope (both HTTP 200). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsumeNoteItemPagedResponse"] | components["schemas"]["ErrorEnvelope"];
                };
            };
            429: components["responses"]["Throttled"];
        };
    };
    Get_MembersPagedV2: {
        parameters: {
            query: {
                /**
                 * @description The merchant's OpenId — 32 upper-case hex characters (D2's Add_Business answer, S3).
                 * @example 0123456789ABCDEF0123456789ABCDEF
                 */
                openId: components["parameters"]["openId"];
                /**
                 * @description upper(md5(OpenId + Secret + timestamp + data)), 32 upper-case hex characters (D1).
                 * @example B8D8261FD17785AA9E15A1E266B71B4D
                 */
                signature: components["parameters"]["signature"];
                /**
                 * @description Unix time in SECONDS as decimal digits (official PHP/Java SDKs, docs/vendors/yikayi.md §1.3).
                 * @example 1466567648
                 */
                timestamp: components["parameters"]["timestamp"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["DataForm"];
            };
        };
        responses: {
            /** @description Success envelope or the vendor's error envelope (both HTTP 200). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MembersPagedResponse"] | components["schemas"]["ErrorEnvelope"];
                };
            };
            429: components["responses"]["Throttled"];
        };
    };
}
