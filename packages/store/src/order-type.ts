/**
 * A local stand-in for the unified Order until `@orderbridge/orders` exports its generated type:
 * only the fields the store reads are typed (DESIGN.md "Unified Order").
 */
export interface Order {
  id: string;
  vendor: string;
  vendorOrderId: string;
  orderNo: string;
  status: string;
  paymentStatus: string;
  vendorStatus: Record<string, unknown>;
  currency: string;
  totalAmount: number;
  paidAmount: number;
  refundedAmount: number;
  createdAt: string;
  paidAt?: string | null | undefined;
  updatedAt?: string | null | undefined;
  store?: { id?: string | null | undefined; name?: string | null | undefined } | null | undefined;
  customer?:
    | { id?: string | null | undefined; name?: string | null | undefined; mobile?: string | null | undefined }
    | null
    | undefined;
  items: unknown[];
  payments: unknown[];
  refunds: unknown[];
  raw?: unknown;
}
