// Every TanStack Query key comes from here, so invalidations cannot miss a misspelt inline key.
export const queryKeys = {
  generations: {
    all: ["generations"] as const,
    detail: (id: string) => ["generations", "detail", id] as const,
    /** One gallery view: its query string (filters and search). */
    gallery: (query: string) => ["generations", "gallery", query] as const,
    /** A short list of one view (the home page's shelves): one page, not an infinite query. */
    shelf: (query: string) => ["generations", "shelf", query] as const,
  },
};
