import { apiRoute } from "@/lib/api/v1-route";
import { listDeliveries } from "@/lib/api/webhooks";

// GET /api/v1/webhooks/{id}/deliveries – the latest deliveries: state, tries, last status code or error.
export const GET = apiRoute<{ id: string }>("read", listDeliveries);
