import React, { useMemo } from "react";
import { DashProps } from "../types";
import { joinClasses } from "../utils/classes";
import { dedent as removeIndent, markdownParser } from "../utils/markdown";

interface MarkdownOwnProps {
  children?: string | string[];
  mathjax?: boolean;
  dangerously_allow_html?: boolean;
  link_target?: string;
  dedent?: boolean;
  highlight_config?: { theme?: "dark" | "light" };
}

/** Renders Markdown (GFM) to HTML; raw HTML in the source is shown as text unless allowed. */
export function Markdown(props: DashProps<MarkdownOwnProps>): React.ReactElement {
  const { children, dangerously_allow_html = false, link_target, dedent = true, highlight_config = {} } = props;
  const parse = useMemo(
    () => markdownParser({ allowHtml: dangerously_allow_html, linkTarget: link_target }),
    [dangerously_allow_html, link_target],
  );
  const source = Array.isArray(children) ? children.join("\n") : children ?? "";
  const html = useMemo(() => parse(dedent ? removeIndent(source) : source), [parse, source, dedent]);
  return (
    <div
      id={props.id}
      className={joinClasses(props.className, highlight_config.theme === "dark" && "hljs-dark") || undefined}
      style={props.style}
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
