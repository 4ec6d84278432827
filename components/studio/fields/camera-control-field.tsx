"use client";

import { useTranslations } from "next-intl";
import type { Violation } from "@/lib/providers";
import { CAMERA_AXES, CAMERA_MOVES, type CameraAxis, type CameraState } from "./camera";
import { describedBy, FieldMessages } from "./field-messages";

const SELECT = "w-full rounded-md border border-zinc-700 bg-zinc-900 px-3 py-2 text-sm aria-invalid:border-red-500";

/** The five camera presets; "simple" moves along one axis, −10 to 10, the others held at zero. */
export function CameraControlField({
  value,
  onChange,
  violations,
}: {
  value: CameraState;
  onChange: (value: CameraState) => void;
  violations: Violation[];
}) {
  const t = useTranslations("camera");
  const aria = describedBy("cameraControl", violations);
  return (
    <fieldset className="space-y-3" data-field="cameraControl">
      <legend className="mb-1 text-sm font-medium text-zinc-200">{t("legend")}</legend>
      <label className="block text-sm">
        <span className="mb-1 block text-zinc-400">{t("move")}</span>
        <select
          className={SELECT}
          value={value.move}
          onChange={(event) => onChange({ ...value, move: event.target.value as CameraState["move"] })}
          {...aria}
        >
          {(["none", ...CAMERA_MOVES] as const).map((move) => (
            <option key={move} value={move}>
              {t(`moves.${move}`)}
            </option>
          ))}
        </select>
      </label>
      {value.move === "simple" && (
        <div className="grid gap-3 sm:grid-cols-[10rem_1fr]">
          <label className="block text-sm">
            <span className="mb-1 block text-zinc-400">{t("axis")}</span>
            <select
              className={SELECT}
              value={value.axis}
              onChange={(event) => onChange({ ...value, axis: event.target.value as CameraAxis })}
            >
              {CAMERA_AXES.map((axis) => (
                <option key={axis} value={axis}>
                  {t(`axes.${axis}`)}
                </option>
              ))}
            </select>
          </label>
          <div className="text-sm">
            <div className="mb-1 flex justify-between text-zinc-400">
              <label htmlFor="camera-amount">{t("amount")}</label>
              <output htmlFor="camera-amount" className="tabular-nums text-zinc-200">
                {value.amount}
              </output>
            </div>
            <input
              id="camera-amount"
              type="range"
              min={-10}
              max={10}
              step={1}
              value={value.amount}
              onChange={(event) => onChange({ ...value, amount: Number(event.target.value) })}
              className="w-full accent-(--color-accent)"
              {...aria}
            />
          </div>
          <p className="text-xs text-zinc-500 sm:col-span-2">{t("axisHint")}</p>
        </div>
      )}
      <FieldMessages fieldKey="cameraControl" violations={violations} />
    </fieldset>
  );
}
