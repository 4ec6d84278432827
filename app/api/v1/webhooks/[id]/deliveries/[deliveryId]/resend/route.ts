import { apiRoute } from "@/lib/api/v1-route";
import { postResend } from "@/lib/api/webhooks";

// POST /api/v1/webhooks/{id}/deliveries/{deliveryId}/resend – sends it again, with the same webhook-id.
export const POST = apiRoute<{ id: string; deliveryId: string }>("write", postResend);
