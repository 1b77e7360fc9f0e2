import React, { useRef, useState } from "react";
import { DashProps } from "../types";
import { readAsDataUrl, rejection } from "../utils/files";

interface UploadOwnProps {
  contents?: string | string[] | null;
  filename?: string | string[] | null;
  last_modified?: number | number[] | null;
  children?: React.ReactNode;
  accept?: string;
  disabled?: boolean;
  disable_click?: boolean;
  max_size?: number;
  min_size?: number;
  multiple?: boolean;
  enable_folder_selection?: boolean;
  className_active?: string;
  className_reject?: string;
  className_disabled?: string;
  style_active?: React.CSSProperties;
  style_reject?: React.CSSProperties;
  style_disabled?: React.CSSProperties;
}

const STYLE_ACTIVE = { borderStyle: "solid", borderColor: "#6c6", backgroundColor: "#eee" };
const STYLE_REJECT = { borderStyle: "solid", borderColor: "#c66", backgroundColor: "#eee" };
const STYLE_DISABLED = { opacity: 0.5 };

/** A drop zone / file picker reporting `contents` (data URLs), `filename` and `last_modified`. */
export function Upload(props: DashProps<UploadOwnProps>): React.ReactElement {
  const { setProps, multiple = false, disabled = false, disable_click = false } = props;
  const [dragging, setDragging] = useState(false);
  const [errors, setErrors] = useState<string[]>([]);
  const input = useRef<HTMLInputElement>(null);

  const receive = (list: FileList | null): void => {
    const files = Array.from(list ?? []).slice(0, multiple ? undefined : 1);
    const problems = files.map((file) => rejection(file, props));
    const accepted = files.filter((_, index) => problems[index] === null);
    setErrors(problems.filter((problem): problem is string => problem !== null));
    if (!accepted.length) {
      return;
    }
    Promise.all(accepted.map(readAsDataUrl))
      .then((contents) => {
        const names = accepted.map((file) => file.name);
        const modified = accepted.map((file) => file.lastModified / 1000);
        setProps(
          multiple
            ? { contents, filename: names, last_modified: modified }
            : { contents: contents[0], filename: names[0], last_modified: modified[0] },
        );
      })
      .catch((error: unknown) => setErrors([`could not read the file: ${String(error)}`]));
  };

  const rejected = errors.length > 0;
  const style: React.CSSProperties = {
    ...props.style,
    ...(dragging ? props.style_active ?? STYLE_ACTIVE : {}),
    ...(rejected ? props.style_reject ?? STYLE_REJECT : {}),
    ...(disabled ? props.style_disabled ?? STYLE_DISABLED : {}),
  };
  const className = [
    props.className,
    dragging ? props.className_active : "",
    rejected ? props.className_reject : "",
    disabled ? props.className_disabled : "",
  ]
    .filter(Boolean)
    .join(" ");
  const folderProps = props.enable_folder_selection ? ({ webkitdirectory: "" } as Record<string, string>) : {};

  return (
    <div
      id={props.id}
      className={className || undefined}
      style={style}
      role="button"
      tabIndex={disabled ? -1 : 0}
      aria-disabled={disabled}
      onClick={() => !disabled && !disable_click && input.current?.click()}
      onDragOver={(event) => {
        event.preventDefault();
        if (!disabled) {
          setDragging(true);
        }
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(event) => {
        event.preventDefault();
        setDragging(false);
        if (!disabled) {
          receive(event.dataTransfer.files);
        }
      }}
    >
      <input
        ref={input}
        type="file"
        style={{ display: "none" }}
        accept={props.accept}
        multiple={multiple}
        disabled={disabled}
        onClick={(event) => event.stopPropagation()}
        onChange={(event) => {
          receive(event.target.files);
          event.target.value = ""; // choosing the same file again still reports it
        }}
        {...folderProps}
      />
      {props.children}
      {errors.length ? (
        <div className="dash-upload-error" role="alert" style={{ color: "#c33" }}>
          {errors.map((message) => (
            <div key={message}>{message}</div>
          ))}
        </div>
      ) : null}
    </div>
  );
}
