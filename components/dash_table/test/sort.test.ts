import { describe, expect, it } from "vitest";
import { nextSort, pageSlice, sortedIndices } from "../src/sort";

describe("native sort and paging", () => {
  const data = [{ n: 3, s: "b" }, { n: 1, s: "a10" }, { n: null, s: "a9" }, { n: 2, s: "c" }];
  it("sorts numbers, keeps blanks last, compares text numerically", () => {
    expect(sortedIndices(data, [{ column_id: "n", direction: "asc" }])).toEqual([1, 3, 0, 2]);
    expect(sortedIndices(data, [{ column_id: "n", direction: "desc" }])).toEqual([0, 3, 1, 2]);
    expect(sortedIndices(data, [{ column_id: "s", direction: "asc" }])).toEqual([2, 1, 0, 3]);
  });
  it("sorts only the indices given, leaving out the rest", () => {
    expect(sortedIndices(data, [{ column_id: "n", direction: "asc" }], [0, 2, 3])).toEqual([3, 0, 2]);
    const kept = [2, 0];
    expect(sortedIndices(data, [], kept)).toEqual([2, 0]);
    sortedIndices(data, [{ column_id: "n", direction: "asc" }], kept);
    expect(kept).toEqual([2, 0]);
  });
  it("cycles none -> asc -> desc -> none", () => {
    const asc = nextSort([], "n", false);
    expect(asc).toEqual([{ column_id: "n", direction: "asc" }]);
    expect(nextSort(asc, "n", false)).toEqual([{ column_id: "n", direction: "desc" }]);
    expect(nextSort([{ column_id: "n", direction: "desc" }], "n", false)).toEqual([]);
  });
  it("slices pages", () => {
    expect(pageSlice([5, 6, 7, 8, 9], 1, 2)).toEqual([7, 8]);
  });
});
