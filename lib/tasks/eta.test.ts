import { describe, expect, it } from "vitest";
import { expectedTotalMs, readEta, spreadOf, typicalSpread, type EtaBasis } from "./eta";

// Twenty similar generations that took 10 to 29 seconds.
const basis: EtaBasis = {
  spread: spreadOf(Array.from({ length: 20 }, (_, index) => 10_000 + index * 1_000)),
  samples: 20,
};

describe("the end-to-end estimate", () => {
  it("expects the median at the start", () => {
    expect(expectedTotalMs(basis, 0)).toBeCloseTo(19_500, -2);
  });

  it("re-estimates from the generations that took at least as long as this one has so far", () => {
    const halfway = expectedTotalMs(basis, 20_000);
    // The median of 20–29 s.
    expect(halfway).toBeGreaterThan(24_000);
    expect(halfway).toBeLessThan(25_500);
    expect(expectedTotalMs(basis, 26_000)).toBeGreaterThan(26_000);
  });

  it("moves forward, never back, as time passes", () => {
    let previous = 0;
    for (let elapsed = 0; elapsed <= 27_000; elapsed += 500) {
      const total = expectedTotalMs(basis, elapsed);
      expect(total).toBeGreaterThanOrEqual(previous);
      previous = total;
    }
  });

  it("says a generation is late past what 9 in 10 similar ones needed, with the usual range", () => {
    const reading = readEta(basis, 28_000);
    expect(reading.state).toBe("late");
    if (reading.state !== "late") return;
    expect(reading.usualLowMs).toBeCloseTo(11_900, -2);
    expect(reading.usualHighMs).toBeCloseTo(27_100, -2);
    expect(readEta(basis, 12_000)).toMatchObject({ state: "on_time" });
  });

  it("spreads a typical duration into a window when nothing is measured", () => {
    const spread = typicalSpread({ earliestMs: 5_000, expectedMs: 10_000, latestMs: 30_000 });
    expect(spread[0]).toBe(5_000);
    expect(spread[5]).toBe(10_000);
    expect(spread[10]).toBe(30_000);
    expect(expectedTotalMs({ spread, samples: 0 }, 0)).toBe(10_000);
  });
});
