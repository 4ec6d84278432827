import { layerToMask, type Size } from "@/lib/studio/media/motion-brush";

// Browser-only canvas work of the motion brush: painting strokes, exporting a layer as the mask
// PNG the provider reads, and loading a saved mask back into a layer.

export type Stroke = {
  from: { x: number; y: number };
  to: { x: number; y: number };
  width: number;
  colour: string;
  erase: boolean;
};

/** One segment of a stroke (a dot when from = to). The layer is shown half-transparent by CSS, so paint is opaque. */
export function paintStroke(canvas: HTMLCanvasElement, { from, to, width, colour, erase }: Stroke) {
  const context = canvas.getContext("2d");
  if (!context) return;
  context.globalCompositeOperation = erase ? "destination-out" : "source-over";
  context.strokeStyle = colour;
  context.lineWidth = width;
  context.lineCap = "round";
  context.lineJoin = "round";
  context.beginPath();
  context.moveTo(from.x, from.y);
  context.lineTo(to.x, to.y);
  context.stroke();
}

export function clearCanvas(canvas: HTMLCanvasElement) {
  canvas.getContext("2d")?.clearRect(0, 0, canvas.width, canvas.height);
}

export function layerPixels(canvas: HTMLCanvasElement): Uint8ClampedArray {
  const context = canvas.getContext("2d", { willReadFrequently: true });
  return context ? context.getImageData(0, 0, canvas.width, canvas.height).data : new Uint8ClampedArray();
}

/**
 * The layer as a black-and-white PNG at the image's natural size: every mask then has the first
 * frame's aspect ratio and the same resolution as the others, as the provider requires.
 */
export async function exportMask(layer: HTMLCanvasElement, natural: Size): Promise<Blob> {
  const canvas = document.createElement("canvas");
  canvas.width = natural.width;
  canvas.height = natural.height;
  const context = canvas.getContext("2d", { willReadFrequently: true });
  if (!context) throw new Error("canvas unavailable");
  context.drawImage(layer, 0, 0, natural.width, natural.height);
  const painted = context.getImageData(0, 0, natural.width, natural.height);
  painted.data.set(layerToMask(painted.data));
  context.putImageData(painted, 0, 0);
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("PNG export failed"))), "image/png"),
  );
}

/** Draws a saved mask (white = painted) into a layer in the layer's colour, for editing a remixed request. */
export async function loadMask(layer: HTMLCanvasElement, url: string, colour: string): Promise<void> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`mask ${response.status}`);
  const bitmap = await createImageBitmap(await response.blob());
  const scratch = document.createElement("canvas");
  scratch.width = layer.width;
  scratch.height = layer.height;
  const context = scratch.getContext("2d", { willReadFrequently: true });
  const target = layer.getContext("2d");
  if (!context || !target) return;
  context.drawImage(bitmap, 0, 0, layer.width, layer.height);
  bitmap.close();
  const pixels = context.getImageData(0, 0, layer.width, layer.height);
  context.fillStyle = colour;
  context.fillRect(0, 0, 1, 1);
  const [red, green, blue] = context.getImageData(0, 0, 1, 1).data;
  for (let offset = 0; offset < pixels.data.length; offset += 4) {
    const white = pixels.data[offset]! > 127;
    pixels.data[offset] = red!;
    pixels.data[offset + 1] = green!;
    pixels.data[offset + 2] = blue!;
    pixels.data[offset + 3] = white ? 255 : 0;
  }
  target.putImageData(pixels, 0, 0);
}
