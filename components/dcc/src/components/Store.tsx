import { useEffect, useRef } from "react";
import { DashProps } from "../types";

type StoredData = unknown;

interface StoreOwnProps {
  storage_type?: "local" | "session" | "memory";
  data?: StoredData;
  clear_data?: boolean;
  modified_timestamp?: number;
}

function storageFor(kind: StoreOwnProps["storage_type"]): Storage | null {
  if (kind === "local") {
    return window.localStorage;
  }
  return kind === "session" ? window.sessionStorage : null;
}

function read(storage: Storage, key: string): { found: boolean; data?: StoredData } {
  const raw = storage.getItem(key);
  if (raw === null) {
    return { found: false };
  }
  try {
    return { found: true, data: JSON.parse(raw) };
  } catch {
    return { found: false }; // written by something else: ignore it
  }
}

/** Keeps `data` in the page (memory) or in localStorage/sessionStorage under its id; renders nothing. */
export function Store(props: DashProps<StoreOwnProps>): null {
  const { id = "", setProps, storage_type = "memory", data, clear_data = false } = props;
  const storage = storageFor(storage_type);
  const timestampKey = `${id}-timestamp`;
  const lastJson = useRef<string | undefined>(undefined);
  const mounted = useRef(false);

  /** The layout's initial data counts as written now (and goes to browser storage). */
  const storeInitial = (): void => {
    const now = Date.now();
    lastJson.current = JSON.stringify(data);
    storage?.setItem(id, lastJson.current);
    storage?.setItem(timestampKey, String(now));
    setProps({ modified_timestamp: now });
  };

  // On mount a browser-stored value wins over the layout's initial data.
  useEffect(() => {
    const stored = storage ? read(storage, id) : { found: false };
    if (storage && stored.found) {
      lastJson.current = JSON.stringify(stored.data);
      if (lastJson.current !== JSON.stringify(data)) {
        const timestamp = Number(storage.getItem(timestampKey) ?? Date.now());
        setProps({ data: stored.data, modified_timestamp: timestamp });
      }
    } else if (data !== undefined) {
      storeInitial();
    }
    mounted.current = true;
  }, []);

  useEffect(() => {
    if (!mounted.current) {
      return;
    }
    const json = JSON.stringify(data);
    if (data === undefined || json === lastJson.current) {
      return;
    }
    lastJson.current = json;
    const now = Date.now();
    if (storage) {
      storage.setItem(id, json);
      storage.setItem(timestampKey, String(now));
    }
    setProps({ modified_timestamp: now });
  }, [data]);

  useEffect(() => {
    if (clear_data) {
      storage?.removeItem(id);
      storage?.removeItem(timestampKey);
      lastJson.current = JSON.stringify(null);
      setProps({ data: null, clear_data: false, modified_timestamp: Date.now() });
    }
  }, [clear_data]);

  // Another tab wrote the same localStorage key.
  useEffect(() => {
    if (storage_type !== "local") {
      return undefined;
    }
    const onStorage = (event: StorageEvent): void => {
      if (event.key === id && event.newValue !== null && event.newValue !== lastJson.current) {
        lastJson.current = event.newValue;
        setProps({ data: JSON.parse(event.newValue), modified_timestamp: Date.now() });
      }
    };
    window.addEventListener("storage", onStorage);
    return () => window.removeEventListener("storage", onStorage);
  }, [id, storage_type, setProps]);

  return null;
}
