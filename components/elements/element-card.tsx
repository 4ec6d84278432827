import Link from "next/link";
import { BindingState, type BindingView } from "./binding-state";

export type ElementCardView = {
  id: string;
  name: string;
  description: string;
  tags: string[];
  thumbnailUrl?: string;
  bindings: BindingView[];
};

/** One element of the library grid: picture, name, tags and where it exists. */
export function ElementCard({ element }: { element: ElementCardView }) {
  return (
    <li className="overflow-hidden rounded-xl border border-zinc-800" data-element={element.name}>
      <Link href={`/elements/${element.id}`} className="block hover:bg-zinc-900 focus-visible:bg-zinc-900">
        {element.thumbnailUrl ? (
          // eslint-disable-next-line @next/next/no-img-element
          <img
            src={element.thumbnailUrl}
            alt=""
            loading="lazy"
            className="aspect-square w-full bg-zinc-900 object-cover"
          />
        ) : (
          <span aria-hidden className="block aspect-square w-full bg-zinc-900" />
        )}
        <span className="block p-3">
          <span className="block font-medium">{element.name}</span>
          {element.description && (
            <span className="mt-1 line-clamp-2 block text-sm text-zinc-400">{element.description}</span>
          )}
        </span>
      </Link>
      <div className="flex flex-wrap gap-1 px-3 pb-3">
        {element.tags.map((tag) => (
          <span key={tag} className="rounded bg-zinc-800 px-1.5 text-xs text-zinc-400">
            #{tag}
          </span>
        ))}
        {element.bindings.map((binding) => (
          <BindingState key={binding.provider} binding={binding} />
        ))}
      </div>
    </li>
  );
}
