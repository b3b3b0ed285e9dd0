/** Formats an issue path (zod's, or a compiled validator's) as `data.list[3].Price`. */
export function formatIssuePath(path: readonly PropertyKey[], root = ""): string {
  let out = root;
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out || "(root)";
}
