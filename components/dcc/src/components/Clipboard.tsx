import React, { useEffect, useRef, useState } from "react";
import { DashProps } from "../types";

interface ClipboardOwnProps {
  children?: React.ReactNode;
  copied_children?: React.ReactNode;
  target_id?: string | Record<string, unknown> | null;
  content?: string | null;
  html_content?: string | null;
  n_clicks?: number;
  title?: string;
}

// How long the "copied" state shows, and how long a click waits for a callback to fill `content`.
const COPIED_MS = 1000;
const CONTENT_WAIT_MS = 2000;

function targetText(targetId: ClipboardOwnProps["target_id"]): string | null {
  if (!targetId) {
    return null;
  }
  const id = typeof targetId === "string" ? targetId : JSON.stringify(Object.fromEntries(Object.entries(targetId).sort()));
  const element = document.getElementById(id);
  if (!element) {
    return null;
  }
  return element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement ? element.value : element.innerText;
}

async function writeClipboard(text: string, html: string | null | undefined): Promise<void> {
  if (html && navigator.clipboard && typeof ClipboardItem !== "undefined") {
    const item = new ClipboardItem({
      "text/plain": new Blob([text], { type: "text/plain" }),
      "text/html": new Blob([html], { type: "text/html" }),
    });
    await navigator.clipboard.write([item]);
  } else if (navigator.clipboard) {
    await navigator.clipboard.writeText(text);
  } else {
    // Insecure contexts have no async clipboard API.
    const area = document.createElement("textarea");
    area.value = text;
    document.body.appendChild(area);
    area.select();
    document.execCommand("copy");
    area.remove();
  }
}

function CopyIcon(): React.ReactElement {
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
      <rect x="5" y="5" width="9" height="10" rx="1" fill="none" stroke="currentColor" />
      <path d="M3 11V2a1 1 0 0 1 1-1h7" fill="none" stroke="currentColor" />
    </svg>
  );
}

/** A copy button: copies `content` (or the text of `target_id`) and counts clicks in `n_clicks`. */
export function Clipboard(props: DashProps<ClipboardOwnProps>): React.ReactElement {
  const { n_clicks = 0, setProps, target_id, content, html_content } = props;
  const [copied, setCopied] = useState(false);
  const waitingSince = useRef<number | null>(null);

  const copy = (text: string): void => {
    writeClipboard(text, html_content)
      .then(() => {
        setCopied(true);
        window.setTimeout(() => setCopied(false), COPIED_MS);
      })
      .catch((error: unknown) => console.error("dcc.Clipboard:", error));
  };

  // A callback answering the click may fill `content` after the click itself.
  useEffect(() => {
    if (waitingSince.current !== null && Date.now() - waitingSince.current < CONTENT_WAIT_MS && content != null) {
      waitingSince.current = null;
      copy(content);
    }
  }, [content]);

  const onClick = (): void => {
    setProps({ n_clicks: n_clicks + 1 });
    const fromTarget = targetText(target_id);
    if (fromTarget !== null) {
      copy(fromTarget);
    } else {
      waitingSince.current = Date.now();
      if (content != null) {
        copy(content);
      }
    }
  };

  // As in Dash: a plain div around the icon, with only the component's own class and style.
  return (
    <div id={props.id} className={props.className} style={props.style} title={props.title} onClick={onClick}>
      {copied ? props.copied_children ?? "✓" : props.children ?? <CopyIcon />}
    </div>
  );
}
