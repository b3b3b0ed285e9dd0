// This file is generated. Do not edit it by hand.
// Source: specs/baifude.openapi.yaml — regenerate with `pnpm generate` (openapi-typescript).
// `pnpm test` fails when this file and the spec disagree.
/* eslint-disable */
export interface paths {
    "/token/create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Obtain an access_token (assumed endpoint) */
        post: operations["createToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openApi/open/order/getList": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 4.1 批量查询支付单明细 — pay-order details for up to 20 pay-order numbers
         * @description Source B1 (full page). Returns one `ResponseData` per pay order (支付单): its goods lines, its
         *     payment flows and its refund orders (each with its refund flows). `data` is documented as
         *     `ResponseData`, but the example returns an **array** of them, which is what this spec says.
         */
        post: operations["getList"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openApi/open/order/getOrderInfo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 4.2 查询订单详情 — one order's detail
         * @description Source B2 (first ~2,000 characters). The request is documented in full; of the response only
         *     `code` and `data` (an `OrderListDetail` object) and its first field `acceptTime` are public.
         */
        post: operations["getOrderInfo"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openApi/open/order/settlement/item/list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 4.3 查询对账单 — statement rows of orders paid in a time window, paged
         * @description Source B3 (first ~2,000 characters). The request body is documented in full (`paymentStartTime`
         *     and `paymentEndTime` required, 1-based `currentPage` default 1, `itemsPerPage` default 100 and at
         *     most 500). The response is not public: see `SettlementItemPage`.
         */
        post: operations["listSettlementItems"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface webhooks {
    "order.paid": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A pay order was paid (assumed message, 九、消息对接) */
        post: operations["pushOrderPaid"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "order.cancelled": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A pay order was cancelled or timed out (assumed message) */
        post: operations["pushOrderCancelled"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "order.refunded": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A refund order of a pay order changed state (assumed message) */
        post: operations["pushOrderRefunded"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "order.logistics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A logistics update of an order (assumed message; cf. 4.4) */
        post: operations["pushOrderLogistics"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface components {
    schemas: {
        /** @description An error envelope (`code` other than "0"). The 4.1 fail example is `{"code":"10016","data":null,"msg":"签名错误"}`. */
        ErrorResponse: {
            code: components["schemas"]["ResultCode"];
            data?: null;
            msg?: string | null;
            errMsg?: string | null;
        };
        /**
         * Format: id
         * @description 返回码, a JSON string. Known: "0" success (4.1 example), "10016" 签名错误 signature error (4.1 fail
         *     example). Assumed (see x-orderbridge-assumed): "10015" token invalid or expired; "10017" timestamp
         *     outside the accepted window; "10001" parameter error (missing or out-of-range body fields).
         * @example 0
         * @example 10016
         */
        ResultCode: string;
        TokenRequest: {
            /** @description The application key (BAIFUDE_APP_KEY). */
            appid: string;
            /** @constant */
            grant_type: "client_credential";
            timestamp: string;
            /** @description The same signing rule as the business calls, over appid, grant_type and timestamp. */
            sign: string;
            version?: string;
        };
        TokenData: {
            access_token: string;
            /** @description Lifetime in seconds. */
            expires_in?: number;
        };
        TokenResponse: {
            code: components["schemas"]["ResultCode"];
            data?: components["schemas"]["TokenData"] | unknown;
            msg?: string | null;
            errMsg?: string | null;
        };
        GetListRequest: {
            /** @description 支付单号集合 单次最多20条 — pay-order numbers, at most 20 per call. */
            paySnList: string[];
        };
        GetListResponse: {
            code: components["schemas"]["ResultCode"];
            /** @description The pay orders (`null` in an error envelope). */
            data?: components["schemas"]["ResponseData"][] | null;
            /** @description 如果错误,返回错误信息 ("success" on success in the example). */
            msg?: string | null;
            /** @description Not in the field table; `null` in the success example. */
            errMsg?: string | null;
        };
        /**
         * @description One pay order (支付单) of 4.1 with its goods lines, payment flows and refund orders. The required
         *     fields are those a pay order cannot be read without; the others are documented but tolerated
         *     missing. Unknown extra fields are kept.
         */
        ResponseData: {
            /**
             * Format: id
             * @description 支付单号 — pay-order number (27 digits in the example).
             */
            sn: string;
            /**
             * Format: id
             * @description 订单号 — order number (20 digits in the example); the `orderNo` of 4.2.
             */
            channelSn: string;
            /** @description 支付频道 — payment channel (Byte). No enumeration is published; 0 in the example. */
            channel?: number;
            /** @description 配送方式 — delivery method. No enumeration is published; "2" in the example. */
            dispatchWay?: string | null;
            /** @description 配送时间 — delivery time, free text ("工作日/周末/假日均可 "). */
            dispatchTime?: string | null;
            /**
             * Format: decimal
             * @description 配送费用 — delivery fee, fen.
             */
            dispatchCost?: string | null;
            /**
             * Format: decimal
             * @description 服务费 — service fee, fen.
             */
            serviceFee?: string | null;
            status: components["schemas"]["PayOrderStatus"];
            /**
             * Format: decimal
             * @description 订单总金额 — order total, fen.
             */
            amount: string;
            /**
             * Format: decimal
             * @description 实际支付总额 — total actually payable, fen.
             */
            realAmount: string;
            /**
             * Format: decimal
             * @description 已经支付金额 — amount paid so far, fen.
             */
            paidAmount: string;
            /** @description 开始支付时间 — payment start. */
            startPayTime?: components["schemas"]["NullableBeijingTime"];
            /** @description 结束支付时间(也就是最终支付成功时间) — payment end, i.e. the final successful payment time. */
            endPayTime?: components["schemas"]["NullableBeijingTime"];
            /** @description 订单超时时间 — when an unpaid order times out. */
            expiredAt?: components["schemas"]["NullableBeijingTime"];
            /** @description 订单创建时间 — order creation time. */
            createdAt: components["schemas"]["BeijingTime"];
            /** @description 收货人 — consignee (a mobile number in the example; personal data). */
            receiver?: string | null;
            /**
             * Format: id
             * @description 用户id — user id (Long).
             */
            userId?: string | null;
            /** @description 百福得帐号 — Baifude account (personal data). */
            bfdAccount?: string | null;
            /** @description Not in the field table; equal to bfdAccount in the example. */
            bfdUserId?: string | null;
            /** @description 商品明细 — goods lines (documented as OrderItemResponseVO; an array in the example). */
            goodsList: components["schemas"]["OrderItemResponseVO"][];
            /** @description 支付流水明细 — payment flows (documented as OrderPayWayResponseVO, table titled OrderPayResponseVO). */
            payWayList: components["schemas"]["OrderPayResponseVO"][];
            /** @description 退款单明细 — refund orders; a pay order may have several, each with several refund flows. */
            refundOrderList: components["schemas"]["OrderReturnResponseVO"][];
        };
        /**
         * @description 支付状态 — 1 未支付 unpaid; 3 支付成功 paid; 5 取消订单 cancelled; 8 支付超时 payment timed out.
         * @enum {integer}
         */
        PayOrderStatus: 1 | 3 | 5 | 8;
        /**
         * @description Status of a payment or refund flow — 1 未(支付)成功 not succeeded; 2 (支付)已成功 succeeded.
         * @enum {integer}
         */
        FlowStatus: 1 | 2;
        /**
         * @description 退款状态 — refund-order status. No enumeration is published; every example has 5.
         * @example 5
         */
        RefundOrderStatus: number;
        /**
         * Format: id
         * @description 支付方式 (typed String by the docs, sent as a JSON number in the example; read as its text):
         *     1 东福点卡 point card; 2 东福次卡 times card; 3 支付宝 Alipay; 7 支付宝WAP; 15 支付宝web; 16 支付宝wap;
         *     18 支付宝APP; 4 微信扫码 WeChat QR; 6 微信JSAPI; 8 企业微信JSAPI WeCom; 14 微信小程序支付 WeChat mini program;
         *     17 微信H5; 19 微信APP; 5 银联 UnionPay; 25 企业代付(福豆) paid by the company (fu-beans); 23 三方积分
         *     third-party points; 27 客户收银台 customer cashier.
         */
        PayWay: string;
        /** @description yyyy-MM-dd HH:mm:ss, Beijing time (UTC+8), no offset. */
        BeijingTime: string;
        /** @description yyyy-MM-dd HH:mm:ss, Beijing time (UTC+8), no offset; null when the event has not happened. */
        NullableBeijingTime: string | null;
        /** @description One goods line (商品明细). */
        OrderItemResponseVO: {
            /**
             * Format: id
             * @description 商品ID — goods id (Integer).
             */
            goodsId: string;
            /** @description 商品名称 — goods name. */
            name: string;
            /** @description 商品数量 — quantity. */
            num: number;
            /**
             * Format: decimal
             * @description 商品单价 — unit price, fen.
             */
            price: string;
            /** @description 商品logo — image URL. */
            logo?: string | null;
            /** @description Not in the field table; null in every example goods line. */
            virtual?: unknown;
        };
        /** @description One payment flow (支付流水). */
        OrderPayResponseVO: {
            payWay: components["schemas"]["PayWay"];
            /** @description 卡号/账户ID/三方支付流水号 — card number, account id or third-party payment serial. */
            cardId?: string | null;
            startPayTime?: components["schemas"]["NullableBeijingTime"];
            endPayTime?: components["schemas"]["NullableBeijingTime"];
            /**
             * Format: decimal
             * @description 支付金额 — paid amount in a unit that depends on payWay: 次卡 (2) times, 点卡 (1) points, third-party
             *     payments fen, third-party / company points (23, 25) a number of points. Use `deduction` for money.
             */
            amount: string;
            /**
             * Format: decimal
             * @description 抵扣金额 — the money value of this flow, fen.
             */
            deduction: string;
            status: components["schemas"]["FlowStatus"];
            /**
             * Format: decimal
             * @description 支付的运费 — delivery fee paid by this flow, fen (null in the example).
             */
            dispatchCost?: string | null;
            /**
             * Format: decimal
             * @description 支付的服务费 — service fee paid by this flow, fen (null in the example).
             */
            serviceFee?: string | null;
        };
        /** @description One refund order (退款单). */
        OrderReturnResponseVO: {
            /**
             * Format: id
             * @description 退款单号 — refund-order number.
             */
            sn: string;
            /**
             * Format: id
             * @description 支付单号 — the pay order refunded.
             */
            payOrderSn?: string | null;
            /**
             * Format: decimal
             * @description 支付单金额 — pay-order amount, fen.
             */
            payOrderAmount?: string | null;
            /**
             * Format: decimal
             * @description 退款金额 — refund amount, fen.
             */
            refundAmount: string;
            /** @description 退款原因 — refund reason. */
            refundReason?: string | null;
            status: components["schemas"]["RefundOrderStatus"];
            /** @description 创建时间 — created. */
            createdAt?: components["schemas"]["NullableBeijingTime"];
            /** @description 退款时间 — refund time (the field is named updatedAt). */
            updatedAt?: components["schemas"]["NullableBeijingTime"];
            /** @description 退款流水明细 — refund flows. */
            refundWayList: components["schemas"]["OrderRefundWayResponseVO"][];
        };
        /** @description One refund flow (退款流水). */
        OrderRefundWayResponseVO: {
            /**
             * Format: id
             * @description 退款单号 — refund-order number.
             */
            refundOrderSn?: string | null;
            payWay: components["schemas"]["PayWay"];
            /** @description 卡号/账户ID/三方支付流水号 — where the money went back. */
            refundAccount?: string | null;
            /**
             * Format: decimal
             * @description Refunded amount, same unit rule as payWayList[].amount (depends on payWay).
             */
            refundVal: string;
            /**
             * Format: decimal
             * @description 抵扣金额 — the money value of this refund flow, fen.
             */
            deduction: string;
            status: components["schemas"]["FlowStatus"];
            createdAt?: components["schemas"]["NullableBeijingTime"];
            /** @description 退款成功时间 — when the refund succeeded. */
            refundTime?: components["schemas"]["NullableBeijingTime"];
        };
        GetOrderInfoRequest: {
            /** @description 订单号 — order number (4.1's channelSn). */
            orderNo: string;
            /**
             * @description 终端 — which order-detail link is returned — bfd_pc 百福得PC, bfd_h5 百福得H5 (default H5).
             * @enum {string}
             */
            terminal?: "bfd_pc" | "bfd_h5";
        };
        /**
         * @description 4.2's order detail. Only `acceptTime` is public (the page text ends there); the docs also say the
         *     answer carries an order-detail link chosen by `terminal`. Every other field is kept as received.
         */
        OrderListDetail: {
            /** @description 司机接单时间 — when the driver accepted the order (ride orders), yyyy-MM-dd HH:mm. */
            acceptTime?: string | null;
        };
        GetOrderInfoResponse: {
            code: components["schemas"]["ResultCode"];
            data?: components["schemas"]["OrderListDetail"] | unknown;
            msg?: string | null;
            errMsg?: string | null;
        };
        SettlementItemListRequest: {
            /** @description 支付开始时间 — payment window start. */
            paymentStartTime: components["schemas"]["BeijingTime"];
            /** @description 支付结束时间 — payment window end. */
            paymentEndTime: components["schemas"]["BeijingTime"];
            /** @description 下单开始时间 — order-creation window start. */
            orderStartTime?: components["schemas"]["BeijingTime"];
            /** @description 下单结束时间 — order-creation window end. */
            orderEndTime?: components["schemas"]["BeijingTime"];
            /** @description 业务单号 — business order number. */
            bizOrderNum?: string;
            /** @description 订单号 — order number. */
            orderNum?: string;
            /**
             * @description 当前页, 1-based.
             * @default 1
             */
            currentPage: number;
            /**
             * @description Page size (the docs write 页数), default 100, at most 500.
             * @default 100
             */
            itemsPerPage: number;
        };
        /** @description One page of statement rows. */
        SettlementItemPage: {
            currentPage?: number;
            itemsPerPage?: number;
            /** @description Rows in the whole window. */
            totalCount?: number;
            list: components["schemas"]["SettlementItem"][];
        };
        /** @description One statement row. */
        SettlementItem: {
            /**
             * Format: id
             * @description The pay-order number (4.1's sn).
             */
            paySn: string;
            /**
             * Format: id
             * @description 订单号 — 4.1's channelSn.
             */
            orderNum?: string | null;
            /** @description 业务单号. */
            bizOrderNum?: string | null;
            /** @description When the pay order was paid (4.1's endPayTime). */
            paymentTime: components["schemas"]["BeijingTime"];
            orderTime?: components["schemas"]["NullableBeijingTime"];
            /** Format: id */
            goodsId?: string | null;
            goodsName?: string | null;
            num?: number | null;
            /**
             * Format: decimal
             * @description Unit price, fen.
             */
            price?: string | null;
            /**
             * Format: decimal
             * @description Row amount, fen.
             */
            amount?: string | null;
        };
        SettlementItemListResponse: {
            code: components["schemas"]["ResultCode"];
            data?: components["schemas"]["SettlementItemPage"] | unknown;
            msg?: string | null;
            errMsg?: string | null;
        };
        /** @description A message Baifude pushes to the customer's URL (九、消息对接). */
        PushMessage: {
            msgId: string;
            msgType: string;
            sendTime?: components["schemas"]["BeijingTime"];
            data: Record<string, never>;
        };
        /** @description The pay order a push message is about. */
        PushPayOrderRef: {
            /** Format: id */
            paySn: string;
            /** Format: id */
            orderNo?: string;
            status?: number;
        };
        /** @description The refund order a push message is about, and its pay order. */
        PushRefundRef: {
            /** Format: id */
            paySn: string;
            /** Format: id */
            refundSn?: string;
            refundStatus?: number;
        };
        /** @description A logistics update (not stored as an order change). */
        PushLogistics: {
            /** Format: id */
            orderNo?: string;
            /** @description Free-form logistics status (已发货 shipped, …). */
            status?: string;
        };
        /** @description The receiver's answer to a push message. */
        PushAck: {
            code: components["schemas"]["ResultCode"];
            msg?: string | null;
            data?: null;
        };
    };
    responses: {
        /** @description Throttled; the client retries idempotent calls after Retry-After. */
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
        /** @description The receiver's answer to a push message, in Baifude's own envelope. */
        PushAck: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["PushAck"];
            };
        };
    };
    parameters: {
        /** @description 授权访问凭证 — the access token (a secret). */
        access_token: string;
        /**
         * @description 毫秒级时间戳 防止重复攻击 — epoch milliseconds as a decimal string (13 digits), against replay.
         * @example 1597300776947
         */
        timestamp: string;
        /** @description 签名 — the request signature (a secret). The docs' sample is 32 lower-case hex characters. */
        sign: string;
        /** @description 业务接口版本号,如1.0.0 — business API version. Not sent unless configured. */
        version: string;
        /** @description The application key (BAIFUDE_APP_KEY) a push message is meant for. */
        push_appid: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    createToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["TokenRequest"];
            };
        };
        responses: {
            /** @description The envelope with a token, or an error envelope. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenResponse"];
                };
            };
            429: components["responses"]["Throttled"];
        };
    };
    getList: {
        parameters: {
            query: {
                /** @description 授权访问凭证 — the access token (a secret). */
                access_token: components["parameters"]["access_token"];
                /**
                 * @description 毫秒级时间戳 防止重复攻击 — epoch milliseconds as a decimal string (13 digits), against replay.
                 * @example 1597300776947
                 */
                timestamp: components["parameters"]["timestamp"];
                /** @description 签名 — the request signature (a secret). The docs' sample is 32 lower-case hex characters. */
                sign: components["parameters"]["sign"];
                /** @description 业务接口版本号,如1.0.0 — business API version. Not sent unless configured. */
                version?: components["parameters"]["version"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GetListRequest"];
            };
        };
        responses: {
            /** @description The envelope; `data` is the list of pay orders. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetListResponse"];
                };
            };
            429: components["responses"]["Throttled"];
        };
    };
    getOrderInfo: {
        parameters: {
            query: {
                /** @description 授权访问凭证 — the access token (a secret). */
                access_token: components["parameters"]["access_token"];
                /**
                 * @description 毫秒级时间戳 防止重复攻击 — epoch milliseconds as a decimal string (13 digits), against replay.
                 * @example 1597300776947
                 */
                timestamp: components["parameters"]["timestamp"];
                /** @description 签名 — the request signature (a secret). The docs' sample is 32 lower-case hex characters. */
                sign: components["parameters"]["sign"];
                /** @description 业务接口版本号,如1.0.0 — business API version. Not sent unless configured. */
                version?: components["parameters"]["version"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GetOrderInfoRequest"];
            };
        };
        responses: {
            /** @description The envelope; `data` is the order detail. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetOrderInfoResponse"];
                };
            };
            429: components["responses"]["Throttled"];
        };
    };
    listSettlementItems: {
        parameters: {
            query: {
                /** @description 授权访问凭证 — the access token (a secret). */
                access_token: components["parameters"]["access_token"];
                /**
                 * @description 毫秒级时间戳 防止重复攻击 — epoch milliseconds as a decimal string (13 digits), against replay.
                 * @example 1597300776947
                 */
                timestamp: components["parameters"]["timestamp"];
                /** @description 签名 — the request signature (a secret). The docs' sample is 32 lower-case hex characters. */
                sign: components["parameters"]["sign"];
                /** @description 业务接口版本号,如1.0.0 — business API version. Not sent unless configured. */
                version?: components["parameters"]["version"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SettlementItemListRequest"];
            };
        };
        responses: {
            /** @description The envelope; `data` is one page of statement rows. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SettlementItemListResponse"];
                };
            };
            429: components["responses"]["Throttled"];
        };
    };
    pushOrderPaid: {
        parameters: {
            query: {
                /** @description The application key (BAIFUDE_APP_KEY) a push message is meant for. */
                appid?: components["parameters"]["push_appid"];
                /**
                 * @description 毫秒级时间戳 防止重复攻击 — epoch milliseconds as a decimal string (13 digits), against replay.
                 * @example 1597300776947
                 */
                timestamp: components["parameters"]["timestamp"];
                /** @description 签名 — the request signature (a secret). The docs' sample is 32 lower-case hex characters. */
                sign: components["parameters"]["sign"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PushMessage"] & {
                    /** @constant */
                    msgType?: "order.paid";
                    data?: components["schemas"]["PushPayOrderRef"];
                };
            };
        };
        responses: {
            200: components["responses"]["PushAck"];
        };
    };
    pushOrderCancelled: {
        parameters: {
            query: {
                /** @description The application key (BAIFUDE_APP_KEY) a push message is meant for. */
                appid?: components["parameters"]["push_appid"];
                /**
                 * @description 毫秒级时间戳 防止重复攻击 — epoch milliseconds as a decimal string (13 digits), against replay.
                 * @example 1597300776947
                 */
                timestamp: components["parameters"]["timestamp"];
                /** @description 签名 — the request signature (a secret). The docs' sample is 32 lower-case hex characters. */
                sign: components["parameters"]["sign"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PushMessage"] & {
                    /** @constant */
                    msgType?: "order.cancelled";
                    data?: components["schemas"]["PushPayOrderRef"];
                };
            };
        };
        responses: {
            200: components["responses"]["PushAck"];
        };
    };
    pushOrderRefunded: {
        parameters: {
            query: {
                /** @description The application key (BAIFUDE_APP_KEY) a push message is meant for. */
                appid?: components["parameters"]["push_appid"];
                /**
                 * @description 毫秒级时间戳 防止重复攻击 — epoch milliseconds as a decimal string (13 digits), against replay.
                 * @example 1597300776947
                 */
                timestamp: components["parameters"]["timestamp"];
                /** @description 签名 — the request signature (a secret). The docs' sample is 32 lower-case hex characters. */
                sign: components["parameters"]["sign"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PushMessage"] & {
                    /** @constant */
                    msgType?: "order.refunded";
                    data?: components["schemas"]["PushRefundRef"];
                };
            };
        };
        responses: {
            200: components["responses"]["PushAck"];
        };
    };
    pushOrderLogistics: {
        parameters: {
            query: {
                /** @description The application key (BAIFUDE_APP_KEY) a push message is meant for. */
                appid?: components["parameters"]["push_appid"];
                /**
                 * @description 毫秒级时间戳 防止重复攻击 — epoch milliseconds as a decimal string (13 digits), against replay.
                 * @example 1597300776947
                 */
                timestamp: components["parameters"]["timestamp"];
                /** @description 签名 — the request signature (a secret). The docs' sample is 32 lower-case hex characters. */
                sign: components["parameters"]["sign"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PushMessage"] & {
                    /** @constant */
                    msgType?: "order.logistics";
                    data?: components["schemas"]["PushLogistics"];
                };
            };
        };
        responses: {
            200: components["responses"]["PushAck"];
        };
    };
}
