import { describe, expect, it } from "vitest";
import { durationForNewShot, moveItem, splitEvenly, storyboardTimeline, rescaleDurations } from "./timeline";

const shots = (...durations: number[]) => durations.map((duration, index) => ({ id: `s${index}`, duration }));

describe("storyboardTimeline", () => {
  it("places shots one after another with their share of the video", () => {
    const timeline = storyboardTimeline(shots(2, 3, 5), 10);
    expect(timeline.status).toBe("ok");
    expect(timeline.sum).toBe(10);
    expect(timeline.segments.map(({ start, share }) => [start, share])).toEqual([
      [0, 0.2],
      [2, 0.3],
      [5, 0.5],
    ]);
  });

  it("refuses shots that fall short of the video, leaving the gap visible", () => {
    const timeline = storyboardTimeline(shots(2, 2), 5);
    expect(timeline.status).toBe("short");
    expect(timeline.segments.reduce((sum, segment) => sum + segment.share, 0)).toBeCloseTo(0.8);
  });

  it("refuses shots that overrun the video, scaling the bar to their sum", () => {
    const timeline = storyboardTimeline(shots(4, 4), 5);
    expect(timeline.status).toBe("over");
    expect(timeline.segments.map((segment) => segment.share)).toEqual([0.5, 0.5]);
  });

  it("copes with no shots and nonsense lengths", () => {
    expect(storyboardTimeline([], 5)).toMatchObject({ sum: 0, status: "short", segments: [] });
    expect(storyboardTimeline(shots(-3, 5), 5)).toMatchObject({ sum: 5, status: "ok" });
  });
});

describe("shot lengths", () => {
  it("splits the video into whole seconds", () => {
    expect(splitEvenly(5, 2)).toEqual([3, 2]);
    expect(splitEvenly(15, 6)).toEqual([3, 3, 3, 2, 2, 2]);
    expect(splitEvenly(3, 3)).toEqual([1, 1, 1]);
  });

  it("gives a new shot what is left, at least a second", () => {
    expect(durationForNewShot(shots(2, 1), 5)).toBe(2);
    expect(durationForNewShot(shots(3, 2), 5)).toBe(1);
  });
});

describe("moveItem", () => {
  it("moves one item and keeps the others in order", () => {
    expect(moveItem(["a", "b", "c"], 2, 0)).toEqual(["c", "a", "b"]);
    expect(moveItem(["a", "b", "c"], 0, 1)).toEqual(["b", "a", "c"]);
    expect(moveItem(["a", "b"], 0, 5)).toEqual(["a", "b"]);
  });
});

describe("rescaleDurations", () => {
  it("keeps the shots' proportions in whole seconds that add up to the new total", () => {
    expect(rescaleDurations([3, 2], 10)).toEqual([6, 4]);
    expect(rescaleDurations([2, 2, 1], 10)).toEqual([4, 4, 2]);
    expect(rescaleDurations([6, 4], 5)).toEqual([3, 2]);
    expect(rescaleDurations([1, 1, 1], 10)).toEqual([4, 3, 3]);
  });

  it("keeps every shot at the minimum or longer", () => {
    const shrunk = rescaleDurations([8, 1, 1], 3);
    expect(shrunk).toEqual([1, 1, 1]);
    expect(rescaleDurations([9, 1], 4)).toEqual([3, 1]);
    // Four one-second minimums cannot fit into three seconds: the sum stays over, for the form to say.
    expect(rescaleDurations([1, 1, 1, 1], 3)).toEqual([1, 1, 1, 1]);
  });

  it("sums to the total whenever the minimums fit", () => {
    for (const total of [3, 5, 7, 10, 15]) {
      for (const durations of [[1, 2], [5, 5, 5], [1, 9, 2, 3], [2]]) {
        if (durations.length > total) continue;
        const result = rescaleDurations(durations, total);
        expect(
          result.reduce((sum, seconds) => sum + seconds, 0),
          `${durations} → ${total}`,
        ).toBe(total);
        expect(Math.min(...result)).toBeGreaterThanOrEqual(1);
      }
    }
  });
});
