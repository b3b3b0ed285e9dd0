import { openStore, type Store, StoreError } from "@orderbridge/store";
import { commandName } from "./invocation.js";

/**
 * Opens the store `--db` names for a command that only reads it (`export`, `status`, `failed`, `changes`): an
 * EXISTING orderbridge store of this release's schema, read-only, so nothing is created or changed — a typo'd path
 * creates no file, an unrelated SQLite file gains no table, a store of an older release is left for `sync` to
 * migrate. Anything else fails with the store's message (the path, the cause, the fix; exit 1), its commands
 * written the way this user runs orderbridge (`pnpm orderbridge sync …` in a clone).
 */
export async function openStoreToRead(db: string): Promise<Store> {
  try {
    return await openStore(db, { readOnly: true });
  } catch (error) {
    if (error instanceof StoreError) throw withCommandName(error);
    throw error;
  }
}

function withCommandName(error: StoreError): StoreError {
  const name = commandName();
  if (name === "orderbridge") return error;
  const message = error.message.replace(
    /(^|[\s(`])orderbridge (sync|serve|export|status)\b/g,
    `$1${name} $2`,
  );
  if (message === error.message) return error;
  const rewritten = new StoreError(message, {}, { cause: error });
  return rewritten;
}
