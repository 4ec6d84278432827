import { spawn, type ChildProcess } from "node:child_process";
import { expect, test, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { startFakeKlingGateway, type FakeKlingGateway } from "@/lib/providers/testing/fake-kling-gateway";
import { startFakeXCompute, type FakeXCompute } from "@/lib/providers/testing/fake-xcompute";
import { startFakeS3, type FakeS3 } from "@/lib/storage/testing/fake-s3";
import { generate, png } from "./studio-media";

// The element library against real stand-ins for the providers: a second studio (its own embedded
// database) with the Kling gateway's and xcompute's fakes configured, and S3 storage (a fake too), so
// xcompute, which only downloads media, gets URLs it can fetch.

test.describe.configure({ mode: "serial" });

const PORT = 3101;
const BASE = `http://localhost:${PORT}`;
const ADMIN = { name: "Elle Admin", email: "elle@elements.test", password: "elements-admin-pass" };
const MEMBER = { name: "Milo Member", email: "milo@elements.test", password: "elements-member-pass" };

let gateway: FakeKlingGateway;
let xcompute: FakeXCompute;
let s3: FakeS3;
let studio: ChildProcess;
const contexts: BrowserContext[] = [];

test.use({ baseURL: BASE, storageState: { cookies: [], origins: [] } });

test.beforeAll(async () => {
  test.setTimeout(300_000);
  [gateway, xcompute, s3] = await Promise.all([
    startFakeKlingGateway({ apiKey: "gateway-key" }),
    startFakeXCompute({ apiKey: "xcompute-key" }),
    startFakeS3("media"),
  ]);
  studio = spawn(process.execPath, ["--import", "tsx", "scripts/e2e-server.ts"], {
    stdio: "inherit",
    env: {
      ...process.env,
      PORT: String(PORT),
      KLING_GATEWAY_API_KEY: "gateway-key",
      KLING_GATEWAY_BASE_URL: gateway.url,
      XCOMPUTE_API_KEY: "xcompute-key",
      XCOMPUTE_BASE_URL: xcompute.url,
      STORAGE_DRIVER: "s3",
      S3_BUCKET: "media",
      S3_REGION: "us-east-1",
      S3_ENDPOINT: s3.url,
      S3_FORCE_PATH_STYLE: "true",
      S3_ACCESS_KEY_ID: "e2e",
      S3_SECRET_ACCESS_KEY: "e2e-secret",
    },
  });
  await expect
    .poll(async () => (await fetch(`${BASE}/api/health`).catch(() => null))?.ok ?? false, { timeout: 240_000 })
    .toBe(true);
});

test.afterAll(async () => {
  // Pages of this second studio must not outlive it (nor run beside the specs that follow).
  await Promise.all(contexts.map((context) => context.close()));
  if (studio && studio.exitCode === null) {
    const exited = new Promise((resolve) => studio.once("exit", resolve));
    studio.kill("SIGTERM");
    await exited;
  }
  await Promise.all([gateway?.close(), xcompute?.close(), s3?.close()]);
});

async function signUp(browser: Browser, account: typeof ADMIN): Promise<Page> {
  const context = await browser.newContext({ baseURL: BASE });
  contexts.push(context);
  const page = await context.newPage();
  await page.goto("/sign-up");
  await page.getByLabel("Name").fill(account.name);
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByTestId("current-user")).toContainText(account.email);
  return page;
}

/** The provider's radio is visually hidden inside its label: press the label, as a person would. */
async function chooseProvider(page: Page, name: string) {
  await page
    .locator("label")
    .filter({ has: page.getByRole("radio", { name, exact: true }) })
    .click();
  await expect(page.getByRole("radio", { name, exact: true })).toBeChecked();
}

const fileInput = (page: Page, group: string) =>
  page.getByRole("group", { name: group, exact: true }).locator('input[type="file"]');
const elementCreates = () =>
  gateway.requests.filter((request) => request.method === "POST" && request.path === "/v1/elements/custom");

let admin: Page;

test("an admin creates an element at the gateway and for xcompute; a member picks it in each provider's form", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  admin = await signUp(browser, ADMIN);
  await admin.goto("/elements");
  await admin.getByRole("link", { name: "New element" }).click();
  await admin.getByLabel("Name", { exact: true }).fill("Fox");
  await admin.getByLabel("Description").fill("A red fox with a white-tipped tail");
  await admin.getByLabel("Tags").fill("animal, hero");
  await fileInput(admin, "Frontal image").setInputFiles(await png("fox-front", 640, 640, "#c0603a"));
  await expect(admin.getByRole("img", { name: "Preview: Frontal image" })).toBeVisible();
  await fileInput(admin, "Add a reference image").setInputFiles(await png("fox-side", 640, 480, "#b05030"));
  await expect(admin.getByRole("group", { name: "Reference image 1" })).toBeVisible();
  await fileInput(admin, "Add a reference image").setInputFiles(await png("fox-back", 480, 640, "#a04020"));
  await expect(admin.getByRole("group", { name: "Reference image 2" })).toBeVisible();
  await admin.getByRole("checkbox", { name: "Kling gateway" }).check();
  await admin.getByRole("checkbox", { name: "xcompute" }).check();
  await admin.getByRole("button", { name: "Create element" }).click();

  await expect(admin).toHaveURL(/\/elements\/[0-9a-f-]{36}$/);
  await expect(admin.locator('[data-binding="kling-gateway"]')).toHaveAttribute("data-state", "synced", {
    timeout: 30_000,
  });
  await expect(admin.locator('[data-binding="xcompute"]')).toHaveAttribute("data-state", "synced");
  expect(elementCreates()).toHaveLength(1);
  const remoteId = [...gateway.elements.keys()][0]!;
  await expect(admin.getByText(`id ${remoteId}`)).toBeVisible();

  // A member finds it in the library and picks it in reference mode, first for the gateway…
  const member = await signUp(browser, MEMBER);
  await member.goto("/elements?q=hero");
  await expect(member.getByRole("list", { name: "Team elements" }).getByText("Fox", { exact: true })).toBeVisible();
  await member.goto("/studio/reference");
  await chooseProvider(member, "Kling gateway");
  const prompt = member.getByLabel("Prompt", { exact: true });
  await prompt.fill("A fox runs through snow ");
  await member.getByRole("option", { name: /Fox/ }).click();
  await expect(prompt).toHaveValue("A fox runs through snow <<<element_1>>>");
  await generate(member);
  await expect.poll(() => gateway.createRequests().length).toBe(1);
  const gatewayBody = gateway.createRequests()[0]!.body as { element_list: { element_id: string }[]; prompt: string };
  expect(gatewayBody.element_list).toEqual([{ element_id: remoteId }]);
  expect(gatewayBody.prompt).toContain("<<<element_1>>>");

  // …then for xcompute, which takes the element inline and refers to it as @name.
  await member.goto("/studio/reference");
  await chooseProvider(member, "xcompute");
  await prompt.fill("A fox sleeps in the sun, ");
  await member.getByRole("option", { name: /Fox/ }).click();
  // A mention ends at a space, so one follows it.
  await expect(prompt).toHaveValue("A fox sleeps in the sun, @Fox ");
  await generate(member);
  await expect.poll(() => xcompute.createRequests().length).toBe(1);
  const xcomputeBody = xcompute.createRequests()[0]!.body as {
    prompt: string;
    element_list: { name: string; description: string; element_input_urls: string[] }[];
  };
  expect(xcomputeBody.prompt).toContain("@Fox");
  expect(xcomputeBody.element_list).toEqual([
    {
      name: "Fox",
      description: "A red fox with a white-tipped tail",
      element_input_urls: [
        expect.stringMatching(/^http/),
        expect.stringMatching(/^http/),
        expect.stringMatching(/^http/),
      ],
    },
  ]);

  // Members read the library but cannot change it.
  await member.goto("/elements/new");
  await expect(member.getByText("Only admins manage elements")).toBeVisible();
});

test("a too long name, a fourth reference image and a 200-px image are refused beside their fields", async () => {
  test.setTimeout(90_000);
  const before = elementCreates().length;
  await admin.goto("/elements/new");
  await admin.getByRole("checkbox", { name: "Kling gateway" }).check();
  await admin.getByLabel("Name", { exact: true }).fill("Elevenchars");
  await expect(admin.getByText("The name has 11 characters; Kling gateway allows 10.")).toBeVisible();

  const tiny = admin.getByRole("group", { name: "Frontal image" });
  await fileInput(admin, "Frontal image").setInputFiles(await png("tiny", 200, 200));
  await expect(tiny.locator('[data-rule="image_size"]').first()).toContainText("200 px");

  for (const [index, colour] of ["#205080", "#306090", "#4070a0", "#5080b0"].entries()) {
    await fileInput(admin, "Add a reference image").setInputFiles(await png(`angle-${index}`, 640, 640, colour));
    await expect(admin.getByRole("group", { name: `Reference image ${index + 1}` })).toBeVisible();
  }
  await expect(
    admin.getByText("Kling gateway takes 1–3 reference images besides the frontal one; this element has 4."),
  ).toBeVisible();
  await admin.getByRole("button", { name: "Create element" }).click();
  await expect(admin).toHaveURL(/\/elements\/new$/);
  expect(elementCreates()).toHaveLength(before);
});
