// Markdown to HTML for dcc.Markdown: raw HTML is escaped unless explicitly allowed,
// fenced code is highlighted with a small set of highlight.js languages.
import hljs from "highlight.js/lib/core";
import bash from "highlight.js/lib/languages/bash";
import css from "highlight.js/lib/languages/css";
import javascript from "highlight.js/lib/languages/javascript";
import json from "highlight.js/lib/languages/json";
import python from "highlight.js/lib/languages/python";
import sql from "highlight.js/lib/languages/sql";
import typescript from "highlight.js/lib/languages/typescript";
import xml from "highlight.js/lib/languages/xml";
import yaml from "highlight.js/lib/languages/yaml";
import { Marked, Tokens } from "marked";

const LANGUAGES = { bash, css, javascript, json, python, sql, typescript, xml, yaml };
for (const [name, language] of Object.entries(LANGUAGES)) {
  hljs.registerLanguage(name, language);
}

/** Escape text for use inside HTML. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}

/** Remove the indentation every non-blank line shares (Python-style triple-quoted strings). */
export function dedent(text: string): string {
  const lines = text.split("\n");
  const indents = lines.filter((line) => line.trim()).map((line) => (line.match(/^[ \t]*/) as RegExpMatchArray)[0].length);
  const common = indents.length ? Math.min(...indents) : 0;
  return common ? lines.map((line) => line.slice(common)).join("\n") : text;
}

const UNSAFE_URL = /^\s*(javascript|vbscript|data):/i;

export interface MarkdownOptions {
  allowHtml: boolean;
  linkTarget?: string;
}

/** A parser configured for one component's options. */
export function markdownParser({ allowHtml, linkTarget }: MarkdownOptions): (source: string) => string {
  const marked = new Marked({ gfm: true, breaks: false });
  marked.use({
    renderer: {
      html({ text }: Tokens.HTML | Tokens.Tag): string {
        return allowHtml ? text : escapeHtml(text);
      },
      link(this: { parser: { parseInline(tokens: Tokens.Generic[]): string } }, { href, title, tokens }: Tokens.Link): string {
        const inner = this.parser.parseInline(tokens);
        if (!allowHtml && UNSAFE_URL.test(href)) {
          return inner;
        }
        const titleAttr = title ? ` title="${escapeHtml(title)}"` : "";
        const targetAttr = linkTarget ? ` target="${escapeHtml(linkTarget)}"` : "";
        return `<a href="${escapeHtml(href)}"${titleAttr}${targetAttr}>${inner}</a>`;
      },
      code({ text, lang }: Tokens.Code): string {
        const language = (lang ?? "").trim().split(/\s+/)[0];
        const highlighted =
          language && hljs.getLanguage(language)
            ? hljs.highlight(text, { language, ignoreIllegals: true }).value
            : escapeHtml(text);
        const languageClass = language ? ` language-${escapeHtml(language)}` : "";
        return `<pre><code class="hljs${languageClass}">${highlighted}</code></pre>\n`;
      },
    },
  });
  return (source: string) => marked.parse(source, { async: false }) as string;
}
