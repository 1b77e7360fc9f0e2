// File checks and reading for Upload; decoding for Download.

/** Whether `file` matches an `accept` string (".csv,image/*,text/plain"); no accept means anything. */
export function accepts(file: { name: string; type: string }, accept: string | undefined): boolean {
  if (!accept) {
    return true;
  }
  const name = file.name.toLowerCase();
  const type = file.type.toLowerCase();
  return accept
    .split(",")
    .map((rule) => rule.trim().toLowerCase())
    .filter(Boolean)
    .some((rule) =>
      rule.startsWith(".") ? name.endsWith(rule) : rule.endsWith("/*") ? type.startsWith(rule.slice(0, -1)) : type === rule,
    );
}

/** Why a file is refused, or null when it is fine. Sizes in bytes; max_size -1 means unlimited. */
export function rejection(
  file: { name: string; type: string; size: number },
  rules: { accept?: string; max_size?: number; min_size?: number },
): string | null {
  const { accept, max_size = -1, min_size = 0 } = rules;
  if (!accepts(file, accept)) {
    return `"${file.name}" is not an accepted file type (${accept}).`;
  }
  if (max_size >= 0 && file.size > max_size) {
    return `"${file.name}" is too large: ${file.size} bytes, the maximum is ${max_size}.`;
  }
  if (file.size < min_size) {
    return `"${file.name}" is too small: ${file.size} bytes, the minimum is ${min_size}.`;
  }
  return null;
}

/** A file's contents as a base64 data URL. */
export function readAsDataUrl(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

/** Bytes of a base64 string. */
export function base64Bytes(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(new ArrayBuffer(binary.length));
  for (let i = 0; i < binary.length; i += 1) {
    bytes[i] = binary.charCodeAt(i);
  }
  return bytes;
}
