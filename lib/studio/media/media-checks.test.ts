import { describe, expect, it } from "vitest";
import { formatOfFile, megabytes, ratioLabel } from "./media-checks";
import { acceptedTypes, checkUploadType } from "./upload-type";

describe("ratioLabel", () => {
  it("writes narrow ratios as 1:n and wide ones as n:1", () => {
    expect(ratioLabel(1 / 2.5)).toBe("1:2.5");
    expect(ratioLabel(2.5)).toBe("2.5:1");
    expect(ratioLabel(1)).toBe("1:1");
  });
});

describe("megabytes", () => {
  it("rounds to one decimal", () => {
    expect(megabytes(10 * 1024 * 1024)).toBe(10);
    expect(megabytes(1.26 * 1024 * 1024)).toBe(1.3);
  });
});

describe("formatOfFile", () => {
  it("prefers the declared type, then the file name", () => {
    expect(formatOfFile({ type: "image/jpeg", name: "x.png" })).toBe("jpeg");
    expect(formatOfFile({ type: "video/quicktime", name: "clip" })).toBe("mov");
    expect(formatOfFile({ type: "", name: "Photo.JPG" })).toBe("jpeg");
    expect(formatOfFile({ type: "", name: "clip.MP4" })).toBe("mp4");
    expect(formatOfFile({ type: "", name: "noext" })).toBeUndefined();
  });
});

describe("upload types", () => {
  it("lists what the studio takes per kind", () => {
    expect(acceptedTypes("image")).toEqual(["image/jpeg", "image/png"]);
    expect(acceptedTypes("video")).toEqual(["video/mp4", "video/quicktime"]);
  });

  it("refuses other types and the wrong kind before uploading", () => {
    expect(checkUploadType({ type: "image/png", size: 1 }, "image")).toEqual([]);
    expect(checkUploadType({ type: "image/webp", size: 1 }, "image")).toEqual([
      { rule: "file_type", params: { format: "image/webp", formats: "JPEG, PNG" } },
    ]);
    expect(checkUploadType({ type: "video/mp4", size: 1 }, "image")[0]?.rule).toBe("file_type");
    expect(checkUploadType({ type: "", size: 1 }, "video")[0]?.params.format).toBe("?");
  });
});
