export const SECTIONS = [
  { name: "Studio", path: "/studio", heading: "Studio" },
  { name: "Gallery", path: "/gallery", heading: "Gallery" },
  { name: "Elements", path: "/elements", heading: "Elements" },
  { name: "Settings", path: "/settings", heading: "Settings" },
] as const;

export const ADMIN = { name: "Ada Admin", email: "ada@studio.test", password: "first-account-pass" };
export const MEMBER = { name: "Max Member", email: "max@studio.test", password: "second-account-pass" };
export const ADMIN_STATE = "test-results/.auth/admin.json";
