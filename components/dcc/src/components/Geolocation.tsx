import { useEffect } from "react";
import { DashProps } from "../types";

interface Position {
  lat?: number;
  lon?: number;
  accuracy?: number;
  alt?: number | null;
  alt_accuracy?: number | null;
  heading?: number | null;
  speed?: number | null;
}

interface GeolocationOwnProps {
  local_date?: string;
  timestamp?: number;
  position?: Position | null;
  position_error?: { code?: number; message?: string } | null;
  show_alert?: boolean;
  update_now?: boolean;
  high_accuracy?: boolean;
  maximum_age?: number;
  timeout?: number;
}

/** Asks the browser for its position on mount and whenever `update_now` is set; renders nothing. */
export function Geolocation(props: DashProps<GeolocationOwnProps>): null {
  const { setProps, update_now = false, high_accuracy = false, maximum_age = 0, timeout = Infinity, show_alert = false } = props;

  const locate = (): void => {
    if (!navigator.geolocation) {
      setProps({ position_error: { code: 0, message: "Geolocation is not supported by this browser" }, update_now: false });
      return;
    }
    navigator.geolocation.getCurrentPosition(
      ({ coords, timestamp }) =>
        setProps({
          position: {
            lat: coords.latitude,
            lon: coords.longitude,
            accuracy: coords.accuracy,
            alt: coords.altitude,
            alt_accuracy: coords.altitudeAccuracy,
            heading: coords.heading,
            speed: coords.speed,
          },
          timestamp,
          local_date: new Date(timestamp).toLocaleString(),
          position_error: null,
          update_now: false,
        }),
      (error) => {
        if (show_alert) {
          window.alert(`ERROR(${error.code}): ${error.message}`);
        }
        setProps({ position_error: { code: error.code, message: error.message }, update_now: false });
      },
      { enableHighAccuracy: high_accuracy, maximumAge: maximum_age, timeout: Number.isFinite(timeout) ? timeout : undefined },
    );
  };

  useEffect(locate, []);
  useEffect(() => {
    if (update_now) {
      locate();
    }
  }, [update_now]);
  return null;
}
