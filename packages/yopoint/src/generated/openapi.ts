// This file is generated. Do not edit it by hand.
// Source: specs/yopoint.openapi.yaml — regenerate with `pnpm generate` (openapi-typescript).
// `pnpm test` fails when this file and the spec disagree.
/* eslint-disable */
export interface paths {
    "/api/gateway/index": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Call one gateway method
         * @description Methods (the apifox "API 列表", §0):
         *
         *     | method | purpose | idempotent |
         *     |---|---|---|
         *     | `api.test` | connectivity and signature check (echo) | yes |
         *     | `cabinet.list` | cabinets of the operator | yes |
         *     | `cabinet.product.stock` | goods, prices and stock in one cabinet | yes |
         *     | `cabinet.open.door` | create an order and open the cabinet door | **no** |
         *     | `cabinet.order.refund.apply` | ask for a full refund of a cabinet order | **no** |
         *     | `cabinet.order.user.appeal` | a consumer's appeal against a cabinet order | **no** |
         *     | `cabinet.order.list` | cabinet orders in a time window, paginated | yes |
         *     | `cabinet.order.get` | one cabinet order by `ReceiptNo` or `TradeNo` | yes |
         *     | `consumer.order.list` | vending-machine orders in a time window, paginated | yes |
         *     | `consumer.order.get` | one vending-machine order by `ReceiptNo` | yes |
         *
         *     Every answer is HTTP 200 with the envelope `error_code`/`error_msg`/`sub_error_code`/`sub_error_msg`/`data`;
         *     `error_code` 0 is success, anything else (documented: -1) an error whose machine code is in `error_msg` (§1.4, §1.5).
         */
        post: operations["callGateway"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface webhooks {
    "notify.cabinet.order.simple": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A cabinet order was paid (§4.2.1)
         * @description Fired when a cabinet order completes payment; fetch the full order with `cabinet.order.get` by its `ReceiptNo`.
         *     Sent to the business callback URL configured in 运营商后台 > 营销中心 > 开放平台 > 开发者, signed with the AppSecret.
         */
        post: operations["notifyCabinetOrderSimple"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "notify.close.door": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The cabinet door closed after cabinet.open.door (§4.2.2) */
        post: operations["notifyCloseDoor"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "notify.consumer.order.simple": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A vending machine reported its dispensing result (§4.2.4) */
        post: operations["notifyConsumerOrderSimple"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "notify.cabinet.changed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A cabinet's configuration changed (§4.2.5) */
        post: operations["notifyCabinetChanged"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "cabinet.order.vi.result.notify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Recognition result of a cabinet order (payment callback URL, §4.1)
         * @description Sent to the **payment** callback URL and signed with the **payment signing key** (支付签名密钥), not the AppSecret
         *     (§2.4). Its form has no `appid` and no `version` (§4.1). The developer charges the consumer for `Products` and posts
         *     the payment result to the order's `NotifyUrl`.
         */
        post: operations["cabinetOrderViResultNotify"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface components {
    schemas: {
        /** @description An amount of money in integer **fen** (分, 0.01 CNY), §6. */
        FenAmount: number;
        /** @description A Unix time in seconds (§6). `0` means "not set" (e.g. `UserRefundsTime` of an order without a refund request). */
        UnixSeconds: number;
        /** @description The common form parameters of every gateway call except `method` and `biz_content` (§1.3). */
        GatewayCommonParameters: {
            /**
             * @description AppID created in the operator back-office (运营商后台创建的 AppID).
             * @example 930859529955
             */
            appid: string;
            /**
             * @description Interface version; "1.0.0, 目前固定此版本" (currently fixed).
             * @enum {string}
             */
            version: "1.0.0";
            /** @description Unix time of the call; the client sends seconds (10 digits). */
            timestamp: string | number;
            /**
             * @description Signature type, lower-case `md5`.
             * @enum {string}
             */
            sign_type: "md5";
            /** @description Lower-case hex MD5 signature over every other parameter (see the top-level description, §2.1). */
            sign: string;
        };
        /** @description The envelope of every answer; on failure (`error_code` ≠ 0) `data` may be an object, `{}` or a bare string (§1.5). */
        GatewayEnvelope: {
            /**
             * @description `0` success, `-1` failure / signature error, any other non-zero value an error (§1.4).
             * @enum {integer}
             */
            error_code: 0 | -1;
            /**
             * @description Machine code of the error. Seen: `SUCCESS`, `ERR_SYSTEM`, `ERR_BARCODE_OUTSTOCK`, `MISSING_PARAMS_<NAME>`,
             *     `ERR_*_NOT_EXIST` (§1.5). The full catalogue is not public (§7.12).
             */
            error_msg: string;
            /** @description Always `null` in the vendor's examples (§1.4). */
            sub_error_code?: string | number | null;
            /** @description Always `null` in the vendor's examples (§1.4). */
            sub_error_msg?: string | null;
            /** @description Usually `{}`; a bare string for some failures (the offending bar code in S20). */
            data?: unknown;
        };
        /** @description Catalogue view of a product. */
        ProductVO: {
            /** @description Product name. */
            Name?: string;
            /** @description Image URL (1000×1000 px per C1). */
            ImageUrl?: string;
            /** @description Fixed-width image URL. */
            ImageFixWidthUrl?: string;
            /** @description EAN bar code. */
            BarCode?: string;
            /** @description Catalogue price, fen. */
            Price?: components["schemas"]["FenAmount"];
        };
        /** @description One line of a cabinet order (§3.7 Product object). */
        OrderProduct: {
            /** @description Quantity taken. */
            Qty: number;
            /** @description EAN bar code. */
            BarCode: string;
            /** @description Product name. */
            Name: string;
            /** @description Unit price, fen. */
            Price: components["schemas"]["FenAmount"];
            /** @description Unit cost, fen. */
            CostPrice?: components["schemas"]["FenAmount"];
            /** @description Line total (= Qty × Price in every example), fen. */
            TotalPrice: components["schemas"]["FenAmount"];
            ProductVO?: components["schemas"]["ProductVO"];
        };
        /** @description One refunded line of a cabinet order; a Product plus `RealQty`. */
        RefundProduct: {
            /** @description Quantity of the line. */
            Qty: number;
            /** @description EAN bar code. */
            BarCode: string;
            /** @description Product name. */
            Name: string;
            /** @description Unit price, fen. */
            Price: components["schemas"]["FenAmount"];
            /** @description Unit cost, fen. */
            CostPrice?: components["schemas"]["FenAmount"];
            /** @description Line total, fen. */
            TotalPrice: components["schemas"]["FenAmount"];
            ProductVO?: components["schemas"]["ProductVO"];
            /** @description Quantity actually refunded. */
            RealQty?: number;
        };
        /** @description The consumer's member record. */
        MemberVO: {
            /** @description Mobile number (personal data). */
            Mobile?: string;
            NickName?: string;
            /** @description Seen 2; meanings not documented (§5). */
            Sex?: number;
            /** @description Platforms the member used; seen [1, 2]; meanings not documented (§5). */
            Platform?: number[];
        };
        /** @description The consumer's profile (§3.7 UserVO). */
        UserVO: {
            /** @description Yopoint user id (= the order's UserID). */
            id?: string;
            /** @description Seen 1; meaning not documented (§5). */
            Platform?: number;
            /** @description Open id of the consumer on the platform (personal data). */
            OpenID?: string;
            /** @description OAuth scope, seen `userinfo`. */
            Scope?: string;
            MemberID?: string;
            /** @description Nickname; may contain emoji. */
            NickName?: string;
            /** @description Seen 0; meaning not documented (§5). */
            Sex?: number;
            Province?: string;
            City?: string;
            ImageUrl?: string;
            CreateAt?: components["schemas"]["UnixSeconds"];
            UpdatedAt?: components["schemas"]["UnixSeconds"];
            isFirstFlash?: boolean;
            LastLoginTime?: components["schemas"]["UnixSeconds"];
            /** @description Last IP address (personal data). */
            LastIPAddress?: string;
            MemberVO?: components["schemas"]["MemberVO"];
        };
        /**
         * @description A self-pickup cabinet order as `cabinet.order.list` and `cabinet.order.get` return it (§3.7). The vendor's schema
         *     has 60 fields; the 35 below are the ones any public copy shows. Unknown extra fields are kept.
         */
        CabinetOrder: {
            /** @description Order record id (24-hex ObjectId). */
            id: string;
            /** @description Cabinet id (自取柜设备 ID). */
            CID: string;
            /** @description Operator id (运营商 ID). */
            OID: string;
            /** @description Brand-owner id (品牌商id). */
            BID?: string;
            /** @description Cabinet device code (cabinet.order.get only, §3.8). */
            DeviceCode?: string;
            /** @description Cabinet name (cabinet.order.get only, §3.8). */
            TerminalName?: string;
            /** @description Yopoint user id (= UserVO.id). */
            UserID?: string;
            /** @description Payer's WeChat openid or Alipay user id (personal data). */
            OpenID?: string;
            /**
             * @description 支付方式 payment method (S13). 90 and 202 are seen but not documented (§5).
             * @enum {integer}
             */
            PayType: 0 | 1 | 2 | 201 | 202 | 90;
            /** @description Payment-channel extras (S13 shows Alipay AppID, SellerID, AgreementNo, CabinetCode). */
            PayExtend?: Record<string, never>;
            /** @description Client IP address (personal data). */
            ClientIPAddress?: string;
            /**
             * @description 支付场景 payment scene.
             * @enum {integer}
             */
            ScenesType?: 0 | 1 | 2 | 3 | 4;
            /**
             * @description 服务状态 service status.
             * @enum {integer}
             */
            ServiceStatus?: 0 | 1 | 2;
            /** @description 第三方交易流水号 payment-channel transaction number; "" when none. */
            TradeNo?: string;
            ThirdpartyAppID?: string;
            /** @description 订单号 Yopoint order number, `<2-letter prefix><yyMMddHHmmss><6 digits>` (e.g. `VI231228102118586561`). */
            ReceiptNo: string;
            /** @description Site (landmark) name. */
            LandMarkName?: string;
            /** @description Site industry, parent level. */
            IndustryParentName?: string;
            /** @description Site industry. */
            IndustryName?: string;
            /**
             * @description 门状态 door status.
             * @enum {integer}
             */
            DoorStatus?: -1 | 0 | 1;
            /** @description The payment channel's raw result (amounts in it are the channel's own yuan strings). */
            TradeRawData?: Record<string, never>;
            /** @description Payment time, Unix seconds; 0 while unpaid. */
            PayTime: components["schemas"]["UnixSeconds"];
            /** @description Goods taken. */
            Products: components["schemas"]["OrderProduct"][];
            /**
             * @description Trade status; undocumented codes, read from examples (§5).
             * @enum {integer}
             */
            TradeStatus: 0 | 1 | 2;
            /** @description Order amount, fen. */
            Price: components["schemas"]["FenAmount"];
            /**
             * @description Suspicious-order flag.
             * @enum {integer}
             */
            IsSuspicious?: 0 | 1;
            /** @description Refunded goods; empty when nothing was refunded. */
            RefundsProducts?: components["schemas"]["RefundProduct"][];
            /** @description Refunded amount, fen; 0 when none. */
            RefundsPrice: components["schemas"]["FenAmount"];
            /** @description Refund time, Unix seconds. */
            RefundsTime?: components["schemas"]["UnixSeconds"];
            /** @description The payment channel's raw refund result. */
            RefundsRawData?: Record<string, never>;
            /**
             * @description The consumer's refund request status.
             * @enum {integer}
             */
            UserRefundsStatus?: 0 | 1 | 2 | 3;
            /** @description Time of the consumer's refund request; 0 = none. */
            UserRefundsTime?: components["schemas"]["UnixSeconds"];
            /** @description The consumer's refund reason. */
            UserRefundsReason?: string;
            UserVO?: components["schemas"]["UserVO"];
            /** @description Per-order payment callback URL for third-party payment ("" when not applicable), §4.1. */
            NotifyUrl?: string;
        };
        /** @description A self-pickup cabinet as `cabinet.list` returns it. */
        Cabinet: {
            /** @description Cabinet id (CID). */
            id: string;
            /** @description 设备名称 device name. */
            Name?: string;
            /** @description 设备编号 device number. */
            DeviceCode?: string;
            /** @description 生产编码 production code. */
            Code?: string;
            /** @description 货道详情 slot grid. */
            CargoConfig?: components["schemas"]["CargoSlot"][];
            /** @description 是否开启售卖 selling enabled (default false). */
            EnableSell?: boolean;
            /** @enum {integer} */
            SellStatus?: 0 | 1 | 2;
            /** @enum {integer} */
            OnlineStatus?: 0 | 1;
            Province?: string;
            City?: string;
            District?: string;
            /** @description 客服电话 support phone. */
            ServicePhone?: string;
            /** @enum {integer} */
            ExtElectronicStatus?: 0 | 1;
            /** @description 补货员id replenisher account id. */
            ReplenisherAccountID?: string;
            /** @description 柜门数 number of doors. */
            CabinetCount?: number;
            /** @description [longitude, latitude], Baidu map (BD-09) coordinates. */
            Location?: number[];
        };
        /** @description One slot of a cabinet's grid. */
        CargoSlot: {
            Row?: number;
            Col?: number;
            /** @description Bar code of the product in the slot; "" when empty. */
            BarCode?: string;
        };
        /** @description One product of a cabinet with its price and stock. */
        CabinetProductStockItem: {
            OID?: string;
            CID?: string;
            BarCode: string;
            ProviderProductID?: string;
            /** @description Selling price in this cabinet, fen. */
            Price: components["schemas"]["FenAmount"];
            /** @description Units in the cabinet. */
            Stock: number;
            /** @description Slot capacity. */
            Capacity?: number;
            SalesCount?: number;
            ProductVO?: components["schemas"]["ProductVO"];
            CargoList?: components["schemas"]["CargoSlot"][];
        };
        /**
         * @description A vending-machine (售货机) order: one product dispensed by one machine (`TID`). `ShipmentsStatus` says whether it
         *     was dispensed; `notify.consumer.order.simple` pushes the same two shipment fields when the machine reports.
         */
        ConsumerOrder: {
            /** @description Order record id (24-hex ObjectId; its first 8 hex digits are the creation time). */
            id: string;
            /** @description Yopoint order number. */
            ReceiptNo: string;
            /** @description Vending-machine id. */
            TID?: string;
            /**
             * @description Payment method ("1：微信；2：支付宝" in integrator code).
             * @enum {integer}
             */
            PayType?: 0 | 1 | 2;
            ProductName?: string;
            BarCode?: string;
            /** @description Order amount, fen. */
            Price: components["schemas"]["FenAmount"];
            PayTime: components["schemas"]["UnixSeconds"];
            /** @enum {integer} */
            ShipmentsStatus?: 0 | 1 | -1;
            /** @description Dispense error; "" on success. */
            ShipmentsError?: string;
            ProductVO?: components["schemas"]["ProductVO"];
            UserVO?: components["schemas"]["UserVO"];
        };
        /** @description Anything; it is echoed back. */
        ApiTestBizContent: {
            [key: string]: unknown;
        };
        /** @description Example `{"Page":1,"PageSize":5}` (§3.2). */
        CabinetListBizContent: {
            /** @description Page number, 1-based. */
            Page: number;
            /** @description Records per page. */
            PageSize?: number;
        };
        CabinetProductStockBizContent: {
            /** @description Cabinet id (the QR code's `cid=` parameter). */
            cid: string;
            /** @description Page number, default 1. */
            page?: number;
            /** @description Records per page, default 10. */
            pageSize?: number;
        };
        CabinetOpenDoorBizContent: {
            /** @description Cabinet to open. */
            CID: string;
            /** @description The consumer's id in the developer's app. */
            OpenID: string;
        };
        CabinetOrderRefundApplyBizContent: {
            /** @description The order to refund in full. */
            ReceiptNo: string;
            /** @description The consumer's reason. */
            Reason?: string;
        };
        AppealProduct: {
            BarCode: string;
            Qty: number;
        };
        CabinetOrderUserAppealBizContent: {
            /** @description The order appealed against. */
            ReceiptNo: string;
            /** @description What the consumer says is wrong. */
            Reason?: string;
            /** @description What the consumer says was actually taken. */
            Products?: components["schemas"]["AppealProduct"][];
        };
        /**
         * @description Verbatim (§3.7): "Page:获取地N页数 / StartTime:起始 Unix 时间戳,秒 / EndTime:结束 Unix 时间戳,秒 /
         *     pageSize:每页记录数,最多支持100".
         */
        CabinetOrderListBizContent: {
            /** @description Page number, 1-based. */
            page: number;
            /** @description Window start, Unix seconds, inclusive. */
            StartTime: components["schemas"]["UnixSeconds"];
            /** @description Window end, Unix seconds, inclusive. */
            EndTime: components["schemas"]["UnixSeconds"];
            /** @description Records per page, at most 100. */
            pageSize?: number;
        };
        /** @description One of ReceiptNo / TradeNo is mandatory ("订单号和交易单号必填一项", §3.8). */
        CabinetOrderGetBizContent: {
            /** @description 友朋系统订单号 Yopoint order number. */
            ReceiptNo?: string;
            /** @description 交易单号 payment transaction number. */
            TradeNo?: string;
        };
        /**
         * @description Verbatim (§3.9, https://yopointapi.apifox.cn/api-151068218): "Page:获取地N页数 / StartTime:起始 Unix 时间戳,秒 /
         *     EndTime:结束 Unix 时间戳,秒"; the page's example is `{"page":1,"StartTime":1682870400,"EndTime":1685548799}`.
         */
        ConsumerOrderListBizContent: {
            /** @description Page number, 1-based. */
            Page: number;
            /** @description Window start, Unix seconds, inclusive. */
            StartTime: components["schemas"]["UnixSeconds"];
            /** @description Window end, Unix seconds, inclusive. */
            EndTime: components["schemas"]["UnixSeconds"];
        };
        ConsumerOrderGetBizContent: {
            ReceiptNo: string;
        };
        /** @description The echoed biz_content. */
        ApiTestData: Record<string, never>;
        /** @description Paginator of cabinets. */
        CabinetListData: {
            total: number;
            per_page: number;
            current_page: number;
            last_page: number;
            from?: number;
            to?: number;
            data: components["schemas"]["Cabinet"][];
        };
        /** @description Paginator of the cabinet's products. */
        CabinetProductStockData: {
            total: number;
            per_page: number;
            current_page: number;
            last_page: number;
            from?: number;
            to?: number;
            data: components["schemas"]["CabinetProductStockItem"][];
        };
        CabinetOpenDoorData: {
            /** @description The order created for this door opening. */
            ReceiptNo: string;
            CID?: string;
            /** @description Where the developer must post the payment result (§4.1). */
            NotifyUrl?: string;
        };
        CabinetOrderRefundApplyData: {
            ReceiptNo: string;
            /** @description See CabinetOrder.UserRefundsStatus. */
            UserRefundsStatus?: number;
            UserRefundsTime?: components["schemas"]["UnixSeconds"];
            UserRefundsReason?: string;
        };
        CabinetOrderUserAppealData: {
            ReceiptNo: string;
            AppealTime?: components["schemas"]["UnixSeconds"];
        };
        /**
         * @description Paginator of cabinet orders (§3.7): the Laravel-style fields of every list method (§1.6). The client stops on
         *     `last_page`, never on `total` alone.
         */
        CabinetOrderListData: {
            total: number;
            per_page: number;
            current_page: number;
            last_page: number;
            from?: number;
            to?: number;
            data: components["schemas"]["CabinetOrder"][];
        };
        /** @description Paginator of vending-machine orders. */
        ConsumerOrderListData: {
            total: number;
            per_page: number;
            current_page: number;
            last_page: number;
            from?: number;
            to?: number;
            data: components["schemas"]["ConsumerOrder"][];
        };
        ApiTestForm: components["schemas"]["GatewayCommonParameters"] & {
            /** @constant */
            method: "api.test";
            /** @description ApiTestBizContent as JSON text. */
            biz_content: string;
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            method: "api.test";
        };
        CabinetListForm: components["schemas"]["GatewayCommonParameters"] & {
            /** @constant */
            method: "cabinet.list";
            /** @description CabinetListBizContent as JSON text. */
            biz_content: string;
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            method: "cabinet.list";
        };
        CabinetProductStockForm: components["schemas"]["GatewayCommonParameters"] & {
            /** @constant */
            method: "cabinet.product.stock";
            /** @description CabinetProductStockBizContent as JSON text. */
            biz_content: string;
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            method: "cabinet.product.stock";
        };
        CabinetOpenDoorForm: components["schemas"]["GatewayCommonParameters"] & {
            /** @constant */
            method: "cabinet.open.door";
            /** @description CabinetOpenDoorBizContent as JSON text. */
            biz_content: string;
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            method: "cabinet.open.door";
        };
        CabinetOrderRefundApplyForm: components["schemas"]["GatewayCommonParameters"] & {
            /** @constant */
            method: "cabinet.order.refund.apply";
            /** @description CabinetOrderRefundApplyBizContent as JSON text. */
            biz_content: string;
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            method: "cabinet.order.refund.apply";
        };
        CabinetOrderUserAppealForm: components["schemas"]["GatewayCommonParameters"] & {
            /** @constant */
            method: "cabinet.order.user.appeal";
            /** @description CabinetOrderUserAppealBizContent as JSON text. */
            biz_content: string;
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            method: "cabinet.order.user.appeal";
        };
        CabinetOrderListForm: components["schemas"]["GatewayCommonParameters"] & {
            /** @constant */
            method: "cabinet.order.list";
            /** @description CabinetOrderListBizContent as JSON text. */
            biz_content: string;
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            method: "cabinet.order.list";
        };
        CabinetOrderGetForm: components["schemas"]["GatewayCommonParameters"] & {
            /** @constant */
            method: "cabinet.order.get";
            /** @description CabinetOrderGetBizContent as JSON text. */
            biz_content: string;
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            method: "cabinet.order.get";
        };
        ConsumerOrderListForm: components["schemas"]["GatewayCommonParameters"] & {
            /** @constant */
            method: "consumer.order.list";
            /** @description ConsumerOrderListBizContent as JSON text. */
            biz_content: string;
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            method: "consumer.order.list";
        };
        ConsumerOrderGetForm: components["schemas"]["GatewayCommonParameters"] & {
            /** @constant */
            method: "consumer.order.get";
            /** @description ConsumerOrderGetBizContent as JSON text. */
            biz_content: string;
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            method: "consumer.order.get";
        };
        ApiTestJson: components["schemas"]["GatewayCommonParameters"] & {
            /** @constant */
            method: "api.test";
            biz_content: components["schemas"]["ApiTestBizContent"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            method: "api.test";
        };
        CabinetListJson: components["schemas"]["GatewayCommonParameters"] & {
            /** @constant */
            method: "cabinet.list";
            biz_content: components["schemas"]["CabinetListBizContent"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            method: "cabinet.list";
        };
        CabinetProductStockJson: components["schemas"]["GatewayCommonParameters"] & {
            /** @constant */
            method: "cabinet.product.stock";
            biz_content: components["schemas"]["CabinetProductStockBizContent"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            method: "cabinet.product.stock";
        };
        CabinetOpenDoorJson: components["schemas"]["GatewayCommonParameters"] & {
            /** @constant */
            method: "cabinet.open.door";
            biz_content: components["schemas"]["CabinetOpenDoorBizContent"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            method: "cabinet.open.door";
        };
        CabinetOrderRefundApplyJson: components["schemas"]["GatewayCommonParameters"] & {
            /** @constant */
            method: "cabinet.order.refund.apply";
            biz_content: components["schemas"]["CabinetOrderRefundApplyBizContent"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            method: "cabinet.order.refund.apply";
        };
        CabinetOrderUserAppealJson: components["schemas"]["GatewayCommonParameters"] & {
            /** @constant */
            method: "cabinet.order.user.appeal";
            biz_content: components["schemas"]["CabinetOrderUserAppealBizContent"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            method: "cabinet.order.user.appeal";
        };
        CabinetOrderListJson: components["schemas"]["GatewayCommonParameters"] & {
            /** @constant */
            method: "cabinet.order.list";
            biz_content: components["schemas"]["CabinetOrderListBizContent"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            method: "cabinet.order.list";
        };
        CabinetOrderGetJson: components["schemas"]["GatewayCommonParameters"] & {
            /** @constant */
            method: "cabinet.order.get";
            biz_content: components["schemas"]["CabinetOrderGetBizContent"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            method: "cabinet.order.get";
        };
        ConsumerOrderListJson: components["schemas"]["GatewayCommonParameters"] & {
            /** @constant */
            method: "consumer.order.list";
            biz_content: components["schemas"]["ConsumerOrderListBizContent"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            method: "consumer.order.list";
        };
        ConsumerOrderGetJson: components["schemas"]["GatewayCommonParameters"] & {
            /** @constant */
            method: "consumer.order.get";
            biz_content: components["schemas"]["ConsumerOrderGetBizContent"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            method: "consumer.order.get";
        };
        ApiTestResponse: components["schemas"]["GatewayEnvelope"] & {
            data: components["schemas"]["ApiTestData"];
        };
        CabinetListResponse: components["schemas"]["GatewayEnvelope"] & {
            data: components["schemas"]["CabinetListData"];
        };
        CabinetProductStockResponse: components["schemas"]["GatewayEnvelope"] & {
            data: components["schemas"]["CabinetProductStockData"];
        };
        CabinetOpenDoorResponse: components["schemas"]["GatewayEnvelope"] & {
            data: components["schemas"]["CabinetOpenDoorData"];
        };
        CabinetOrderRefundApplyResponse: components["schemas"]["GatewayEnvelope"] & {
            data: components["schemas"]["CabinetOrderRefundApplyData"];
        };
        CabinetOrderUserAppealResponse: components["schemas"]["GatewayEnvelope"] & {
            data: components["schemas"]["CabinetOrderUserAppealData"];
        };
        CabinetOrderListResponse: components["schemas"]["GatewayEnvelope"] & {
            data: components["schemas"]["CabinetOrderListData"];
        };
        CabinetOrderGetResponse: components["schemas"]["GatewayEnvelope"] & {
            data: components["schemas"]["CabinetOrder"];
        };
        ConsumerOrderListResponse: components["schemas"]["GatewayEnvelope"] & {
            data: components["schemas"]["ConsumerOrderListData"];
        };
        ConsumerOrderGetResponse: components["schemas"]["GatewayEnvelope"] & {
            data: components["schemas"]["ConsumerOrder"];
        };
        /**
         * @description The form Yopoint POSTs to a callback URL (§4.2, S8 §1.2–1.3). There is **no `version`** parameter, so it is not
         *     signed; every present parameter but `sign` is (§2.1). Payment callbacks (`cabinet.order.vi.result.notify`) carry no
         *     `appid` and are signed with the payment signing key (§4.1, §2.4).
         */
        NotificationForm: {
            /** @description The developer AppID (absent on payment callbacks). */
            appid?: string;
            /**
             * @description Notification name, lower-case.
             * @enum {string}
             */
            method: "notify.cabinet.order.simple" | "notify.close.door" | "notify.consumer.order.simple" | "notify.cabinet.changed" | "cabinet.order.vi.result.notify";
            /** @description The notification's payload as JSON text. */
            biz_content: string;
            /** @description Unix seconds ("unix 时间戳到秒"). */
            timestamp: string;
            /** @enum {string} */
            sign_type: "md5";
            sign: string;
        };
        NotificationAck: {
            /** @description 0 = received. */
            error_code: number;
            error_msg: string;
            data?: Record<string, never>;
        };
        /** @description biz_content of `notify.cabinet.order.simple` (§4.2.1). */
        NotifyCabinetOrderSimple: {
            /** @description 订单交易编号 order number. */
            ReceiptNo: string;
            /** @description 自取柜设备 ID cabinet id. */
            CID: string;
            /** @description 支付时间 payment time. */
            PayTime: components["schemas"]["UnixSeconds"];
        };
        /** @description biz_content of `notify.close.door` (§4.2.2). */
        NotifyCloseDoor: {
            /** @enum {integer} */
            Status: 1 | 2;
            ReceiptNo: string;
            /** @description 消息文案 message text. */
            Msg: string;
        };
        /** @description biz_content of `notify.consumer.order.simple` (§4.2.4). */
        NotifyConsumerOrderSimple: {
            ReceiptNo: string;
            /** @description 售货机设备 ID vending-machine id. */
            TID: string;
            /** @enum {integer} */
            ShipmentsStatus: 0 | 1 | -1;
            /** @description Empty on success. */
            ShipmentsError: string;
        };
        /** @description biz_content of `notify.cabinet.changed` (§4.2.5); a Cabinet plus a de-duplication id. */
        NotifyCabinetChanged: {
            /** @description 请求 id, for de-duplicating repeated deliveries. */
            RequestID: string;
            CID?: string;
            Name?: string;
            DeviceCode?: string;
            Code?: string;
            CargoConfig?: components["schemas"]["CargoSlot"][];
            EnableSell?: boolean;
            /** @description 0 stopped / 1 selling / 2 awaiting deployment. */
            SellStatus?: number;
            /** @description 0 offline / 1 online. */
            OnlineStatus?: number;
            Province?: string;
            City?: string;
            District?: string;
            ServicePhone?: string;
            /** @description 0 power off / 1 powered. */
            ExtElectronicStatus?: number;
            ReplenisherAccountID?: string;
            CabinetCount?: number;
            Location?: number[];
        };
        /** @description biz_content of `cabinet.order.vi.result.notify` (§4.1). */
        CabinetOrderViResultNotify: {
            /** @description 友朋订单号. */
            ReceiptNo: string;
            Products: components["schemas"]["OrderProduct"][];
        };
    };
    responses: {
        /**
         * @description The developer's synchronous answer (§4.2, S8 §1.4): `error_code` 0 when received. For payment callbacks Yopoint
         *     counts HTTP 200 as success and retries anything else after 1, 3, 5, 10 and 15 minutes (§4.1).
         */
        NotificationAck: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["NotificationAck"];
            };
        };
    };
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    callGateway: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["ApiTestForm"] | components["schemas"]["CabinetListForm"] | components["schemas"]["CabinetProductStockForm"] | components["schemas"]["CabinetOpenDoorForm"] | components["schemas"]["CabinetOrderRefundApplyForm"] | components["schemas"]["CabinetOrderUserAppealForm"] | components["schemas"]["CabinetOrderListForm"] | components["schemas"]["CabinetOrderGetForm"] | components["schemas"]["ConsumerOrderListForm"] | components["schemas"]["ConsumerOrderGetForm"];
                "application/json": components["schemas"]["ApiTestJson"] | components["schemas"]["CabinetListJson"] | components["schemas"]["CabinetProductStockJson"] | components["schemas"]["CabinetOpenDoorJson"] | components["schemas"]["CabinetOrderRefundApplyJson"] | components["schemas"]["CabinetOrderUserAppealJson"] | components["schemas"]["CabinetOrderListJson"] | components["schemas"]["CabinetOrderGetJson"] | components["schemas"]["ConsumerOrderListJson"] | components["schemas"]["ConsumerOrderGetJson"];
            };
        };
        responses: {
            /**
             * @description Always HTTP 200: success and every business error share the envelope; `error_code` tells them apart.
             *     Named examples are keyed by method (`cabinet.order.list`, …) or by error (`error.*`).
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiTestResponse"] | components["schemas"]["CabinetListResponse"] | components["schemas"]["CabinetProductStockResponse"] | components["schemas"]["CabinetOpenDoorResponse"] | components["schemas"]["CabinetOrderRefundApplyResponse"] | components["schemas"]["CabinetOrderUserAppealResponse"] | components["schemas"]["CabinetOrderListResponse"] | components["schemas"]["CabinetOrderGetResponse"] | components["schemas"]["ConsumerOrderListResponse"] | components["schemas"]["ConsumerOrderGetResponse"] | components["schemas"]["GatewayEnvelope"];
                };
            };
            /** @description Throttled (assumed, see the operation's x-orderbridge-assumed); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayEnvelope"];
                };
            };
        };
    };
    notifyCabinetOrderSimple: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["NotificationForm"] & {
                    /** @constant */
                    method?: "notify.cabinet.order.simple";
                    biz_content?: string;
                };
            };
        };
        responses: {
            200: components["responses"]["NotificationAck"];
        };
    };
    notifyCloseDoor: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["NotificationForm"] & {
                    /** @constant */
                    method?: "notify.close.door";
                    biz_content?: string;
                };
            };
        };
        responses: {
            200: components["responses"]["NotificationAck"];
        };
    };
    notifyConsumerOrderSimple: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["NotificationForm"] & {
                    /** @constant */
                    method?: "notify.consumer.order.simple";
                    biz_content?: string;
                };
            };
        };
        responses: {
            200: components["responses"]["NotificationAck"];
        };
    };
    notifyCabinetChanged: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["NotificationForm"] & {
                    /** @constant */
                    method?: "notify.cabinet.changed";
                    biz_content?: string;
                };
            };
        };
        responses: {
            200: components["responses"]["NotificationAck"];
        };
    };
    cabinetOrderViResultNotify: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["NotificationForm"] & {
                    /** @constant */
                    method?: "cabinet.order.vi.result.notify";
                    biz_content?: string;
                };
            };
        };
        responses: {
            200: components["responses"]["NotificationAck"];
        };
    };
}
