/**
 * The 1card1 (一卡易) simulator: seeded goods orders, consumption records and members behind MSW
 * handlers that check the signature and timestamp and evaluate the client's filter grammar.
 */
export { fenToYuan4, indexFromGuid, STORES, saleBillNumber, shanghaiText } from "./data.js";
export * from "./simulator.js";
export { FilterSyntaxError, parseOrderBy, parseWhere } from "./where.js";
