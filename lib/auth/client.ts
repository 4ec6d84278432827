"use client";

import { createAuthClient } from "better-auth/react";

// Same origin as the page: the browser never needs to know the studio's public URL.
export const authClient = createAuthClient();
