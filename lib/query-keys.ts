// Every TanStack Query key comes from here, so invalidations cannot miss a misspelt inline key.
export const queryKeys = {
  generations: {
    all: ["generations"] as const,
    detail: (id: string) => ["generations", "detail", id] as const,
  },
};
