import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import GithubSlugger from "github-slugger";
import MarkdownIt from "markdown-it";
import { describe, expect, it } from "vitest";

/**
 * The repository stands on its own: every relative link in every README and every page under docs/ points at a
 * file that exists, and an anchor (`file.md#6-units`) at a heading of that file (slugs as GitHub makes them).
 */

const ROOT = path.resolve(import.meta.dirname, "../../..");
const SKIP = new Set(["node_modules", "dist", ".git", ".turbo", "coverage"]);

function markdownFiles(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (SKIP.has(entry.name)) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) markdownFiles(full, out);
    else if (
      entry.name === "README.md" ||
      (full.startsWith(path.join(ROOT, "docs")) && entry.name.endsWith(".md"))
    )
      out.push(full);
  }
  return out;
}

const md = new MarkdownIt({ html: true });

/** Every link target (and image source) of a markdown file, outside code. */
function links(file: string): string[] {
  const found: string[] = [];
  const walk = (tokens: ReturnType<typeof md.parse>) => {
    for (const token of tokens) {
      if (token.type === "link_open") found.push(String(token.attrGet("href") ?? ""));
      if (token.type === "image") found.push(String(token.attrGet("src") ?? ""));
      if (token.children) walk(token.children);
    }
  };
  walk(md.parse(readFileSync(file, "utf8"), {}));
  return found;
}

const slugCache = new Map<string, Set<string>>();
/** The anchors GitHub gives the headings of a markdown file. */
function anchors(file: string): Set<string> {
  const cached = slugCache.get(file);
  if (cached) return cached;
  const slugger = new GithubSlugger();
  const tokens = md.parse(readFileSync(file, "utf8"), {});
  const slugs = new Set<string>();
  tokens.forEach((token, i) => {
    if (token.type !== "heading_open") return;
    const text = (tokens[i + 1]?.children ?? [])
      .filter((child) => child.type === "text" || child.type === "code_inline")
      .map((child) => child.content)
      .join("");
    slugs.add(slugger.slug(text));
  });
  slugCache.set(file, slugs);
  return slugs;
}

const FILES = markdownFiles(ROOT);

describe("links in the READMEs and docs/", () => {
  it("covers the READMEs and the design and vendor pages", () => {
    const shown = FILES.map((f) => path.relative(ROOT, f));
    for (const expected of [
      "README.md",
      "packages/cli/README.md",
      "docs/design.md",
      "docs/vendors/yopoint.md",
      "docs/vendors/baifude.md",
      "docs/vendors/yikayi.md",
    ])
      expect(shown).toContain(expected);
  });

  it.each(FILES.map((f) => [path.relative(ROOT, f), f]))(
    "%s: every relative link resolves",
    (_name, file) => {
      const broken: string[] = [];
      for (const href of links(file)) {
        if (!href || /^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith("//")) continue;
        const [target = "", anchor] = decodeURI(href).split("#");
        const resolved = target ? path.resolve(path.dirname(file), target) : file;
        if (!existsSync(resolved)) {
          broken.push(`${href} (no such file: ${path.relative(ROOT, resolved)})`);
          continue;
        }
        if (
          anchor &&
          statSync(resolved).isFile() &&
          resolved.endsWith(".md") &&
          !anchors(resolved).has(anchor)
        )
          broken.push(`${href} (no heading with the anchor #${anchor} in ${path.relative(ROOT, resolved)})`);
      }
      expect(broken).toEqual([]);
    },
  );

  it.each(FILES.map((f) => [path.relative(ROOT, f), f]))(
    "%s: names nothing outside the repository",
    (_name, file) => {
      const text = readFileSync(file, "utf8");
      expect(text).not.toMatch(/\/work\/|\.\.\/shared|\bseeds\/|\bvendor-docs\b|\bDESIGN\.md\b/);
    },
  );
});
