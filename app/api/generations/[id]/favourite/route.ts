import { ApiError, authedRoute, recordId } from "@/lib/api/route";
import { setFavourite } from "@/lib/gallery/favourites";

// PUT adds the generation to the caller's favourites, DELETE takes it out; both are idempotent.
function favouriteRoute(favourite: boolean) {
  return authedRoute<{ id: string }>("user", async (_request, { user, params }) => {
    const id = recordId(params.id, "generation");
    if (!(await setFavourite(user.id, id, favourite)))
      throw new ApiError(404, "No generation has this id.", { rule: "not_found" });
    return Response.json({ favourite });
  });
}

export const PUT = favouriteRoute(true);
export const DELETE = favouriteRoute(false);
