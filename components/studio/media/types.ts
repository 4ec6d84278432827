// The contract every media editor follows: a controlled slice of the canonical request.

/** Errors keyed by canonical path ("media[0].url", "motionBrush.dynamicMasks[1].trajectory"), as violations report them. */
export type PathErrors = Readonly<Record<string, string>>;

export type MediaEditorProps<Value, Capabilities> = {
  /** The slice of the request the editor owns. `media` is always the whole list: other editors' items keep their places. */
  value: Value;
  onChange: (next: Value) => void;
  errors: PathErrors;
  capabilities: Capabilities;
  disabled?: boolean;
};

/** An element the picker offers: from the team's library or the provider's presets. */
export type ElementOption = {
  id: string;
  name: string;
  description?: string;
  thumbnailUrl?: string;
  tags?: string[];
  source: "team" | "preset";
  /** Images sent with the element, for providers that take it inline (xcompute). */
  imageUrls?: string[];
  /** Why it cannot be picked for this provider (not synced there, or not there at all). */
  unavailable?: "pending" | "failed" | "missing" | "not_supported" | "deleting" | "absent";
};
