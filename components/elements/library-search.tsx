import { useTranslations } from "next-intl";

/** A GET form: the search lives in the address, so a result can be shared and Back works. */
export function LibrarySearch({ value, hidden = {} }: { value?: string; hidden?: Record<string, string> }) {
  const t = useTranslations("elements");
  return (
    <form role="search" className="flex max-w-md gap-2">
      {Object.entries(hidden).map(([name, hiddenValue]) => (
        <input key={name} type="hidden" name={name} value={hiddenValue} />
      ))}
      <label className="sr-only" htmlFor="element-search">
        {t("search")}
      </label>
      <input
        id="element-search"
        type="search"
        name="q"
        defaultValue={value}
        placeholder={t("searchPlaceholder")}
        className="w-full rounded-md border border-zinc-700 bg-zinc-900 px-3 py-2 text-sm"
      />
      <button className="rounded-md border border-zinc-700 px-3 py-2 text-sm hover:border-zinc-500">
        {t("searchButton")}
      </button>
    </form>
  );
}
