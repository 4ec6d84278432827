import sharp from "sharp";

export interface ImageInfo {
  /** sharp's decoder name: "jpeg", "png", "webp", "heif", … */
  format: string;
  /** Displayed size, i.e. after applying the EXIF orientation (a portrait phone photo is taller than wide). */
  width: number;
  height: number;
  hasAlpha: boolean;
  sizeBytes: number;
}

/** Reads an image's header (no full decode). Throws if the bytes are not an image sharp understands. */
export async function inspectImage(buffer: Uint8Array): Promise<ImageInfo> {
  const metadata = await sharp(buffer)
    .metadata()
    .catch((cause: unknown) => {
      throw new Error("Not a readable image", { cause });
    });
  return {
    format: metadata.format,
    width: metadata.autoOrient.width,
    height: metadata.autoOrient.height,
    hasAlpha: metadata.hasAlpha,
    sizeBytes: buffer.byteLength,
  };
}

/** A small WebP of an image for grids and pickers: at most `size` px on its longer side, orientation applied. */
export async function thumbnailOf(buffer: Uint8Array, size = 320): Promise<Buffer> {
  return sharp(buffer)
    .autoOrient()
    .resize({ width: size, height: size, fit: "inside", withoutEnlargement: true })
    .webp({ quality: 78 })
    .toBuffer();
}
