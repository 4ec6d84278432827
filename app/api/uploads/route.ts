import { ApiError, authedRoute, problem } from "@/lib/api/route";
import { prisma } from "@/lib/db/client";
import { getStorage } from "@/lib/storage";
import { presentUpload, storeUpload, UploadRejectedError } from "@/lib/uploads/store-upload";
import { UPLOAD_TYPES, uploadTypeOf } from "@/lib/uploads/upload-rules";

// POST /api/uploads – the raw file as the body, its type in Content-Type; answers the asset to use as media (`asset:<id>`).
export const POST = authedRoute("user", async (request, { user }) => {
  const contentType = uploadTypeOf(request.headers.get("content-type"));
  if (!contentType) {
    return problem(
      415,
      `Upload a JPEG or PNG image, or an MP4 or MOV video (Content-Type one of ${Object.keys(UPLOAD_TYPES).join(", ")}).`,
      { rule: "file_type" },
    );
  }
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > UPLOAD_TYPES[contentType].maxBytes) {
    return problem(413, `The file is larger than ${UPLOAD_TYPES[contentType].maxBytes / 1024 / 1024} MB.`, {
      rule: "file_too_large",
    });
  }
  if (!request.body) throw new ApiError(400, "The request has no file.");
  try {
    const asset = await storeUpload(
      { prisma, storage: getStorage() },
      { ownerId: user.id, contentType, body: request.body },
    );
    return Response.json(presentUpload(asset), { status: 201 });
  } catch (error) {
    if (error instanceof UploadRejectedError) return problem(422, error.message, { rule: error.rule });
    throw error;
  }
});
