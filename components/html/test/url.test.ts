import { describe, expect, it } from "vitest";
import { isDangerousUrl } from "../src/url";

describe("isDangerousUrl", () => {
  it("sees javascript: URLs the way browsers parse their scheme", () => {
    expect(isDangerousUrl("javascript:alert(1)")).toBe(true);
    expect(isDangerousUrl("  JaVaScRiPt:x")).toBe(true);
    expect(isDangerousUrl("javascr\n\nipt:x")).toBe(true);
    expect(isDangerousUrl("javascript\t\n:x")).toBe(true);
    expect(isDangerousUrl("&#0000106&#0000097vascript:x")).toBe(true);
    expect(isDangerousUrl("&#x6A;avascript:x")).toBe(true);
  });
  it("leaves other URLs alone, data: and vbscript: included as in Dash", () => {
    expect(isDangerousUrl("/page?a=1&b=2")).toBe(false);
    expect(isDangerousUrl("https://example.com/javascript:x")).toBe(false);
    expect(isDangerousUrl("data:image/png;base64,AAAA")).toBe(false);
    expect(isDangerousUrl("vbscript:x")).toBe(false);
    expect(isDangerousUrl("")).toBe(false);
  });
});
