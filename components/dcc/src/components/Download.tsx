import { useEffect } from "react";
import { DashProps } from "../types";
import { base64Bytes } from "../utils/files";

interface DownloadData {
  filename: string;
  content: string;
  base64?: boolean;
  type?: string;
}

interface DownloadOwnProps {
  data?: DownloadData | null;
  base64?: boolean;
  type?: string;
}

/** Save `data.content` as `data.filename` in the browser (the dict dcc.send_* functions return). */
export function saveFile(data: DownloadData, defaults: { base64: boolean; type: string }): void {
  const isBase64 = data.base64 ?? defaults.base64;
  const type = data.type ?? defaults.type;
  const blob = new Blob([isBase64 ? base64Bytes(data.content) : data.content], { type });
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = data.filename;
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Revoke after the browser has started the download.
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Triggers a browser download each time a callback sets `data`; renders nothing. */
export function Download(props: DashProps<DownloadOwnProps>): null {
  const { data, base64 = false, type = "text/plain" } = props;
  useEffect(() => {
    if (data && typeof data.filename === "string" && typeof data.content === "string") {
      saveFile(data, { base64, type });
    }
  }, [data]);
  return null;
}
