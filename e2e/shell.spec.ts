import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, storageStateFor } from "./roles";

test.describe("signed out", () => {
  test("a staff link opens after signing in", async ({ page }) => {
    await page.goto("/logs?player=Draxe");
    await expect(page).toHaveURL(/\/signin\?callbackUrl=/);
    await page.getByLabel("Email").fill("viewer@demo.local");
    await page.getByLabel("Password").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/logs\?player=Draxe$/);
    await expect(page.getByText("/wpt mining").first()).toBeVisible();
  });

  test("staff pages redirect to sign-in", async ({ page }) => {
    await page.goto("/customers");
    await expect(page).toHaveURL(/\/signin/);
    await expect(
      page.getByRole("heading", { name: "Sign in to the backoffice" }),
    ).toBeVisible();
  });

  test("a wrong password gets the generic message and keeps the email", async ({
    page,
  }) => {
    await page.goto("/signin");
    await page.getByLabel("Email").fill("support@demo.local");
    await page.getByLabel("Password").fill("not-the-password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("alert").filter({ hasText: /\S/ })).toHaveText(
      "The email or password is incorrect.",
    );
    await expect(page.getByLabel("Email")).toHaveValue("support@demo.local");
  });

  test("health reports app and database", async ({ request }) => {
    const response = await request.get("/api/health");
    expect(response.status()).toBe(200);
    const body = await response.json();
    expect(body.status).toBe("ok");
    expect(body.database.status).toBe("ok");
  });
});

test.describe("viewer", () => {
  test.use({ storageState: storageStateFor("viewer") });

  test("is turned away from the admin-only audit page", async ({ page }) => {
    await page.goto("/audit");
    await expect(
      page.getByRole("heading", {
        name: "You do not have access to this page",
      }),
    ).toBeVisible();
    await expect(page.getByText("audit.view")).toBeVisible();
    await expect(page.getByRole("link", { name: "Audit" })).toHaveCount(0);
  });
});

test.describe("admin", () => {
  test.use({ storageState: storageStateFor("admin") });

  test("sees live counts and the audit page", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByText("Customers").first()).toBeVisible();
    await page.getByRole("link", { name: "Audit" }).click();
    await expect(page.getByRole("heading", { name: "Audit" })).toBeVisible();
    await expect(
      page.getByRole("cell", { name: "admin@demo.local" }).first(),
    ).toBeVisible();
  });

  test("switches to French and to the dark theme", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("button", { name: "Account menu" }).click();
    await page.getByRole("menuitem", { name: "Français" }).click();
    await expect(
      page.getByRole("heading", { name: "Tableau de bord" }),
    ).toBeVisible();
    await page.getByRole("button", { name: "Menu du compte" }).click();
    await page.getByRole("menuitem", { name: "Sombre" }).click();
    await expect(page.locator("html")).toHaveClass(/dark/);
    // Back to English so later tests in this context read English labels.
    await page.getByRole("button", { name: "Menu du compte" }).click();
    await page.getByRole("menuitem", { name: "English" }).click();
    await expect(
      page.getByRole("heading", { name: "Dashboard" }),
    ).toBeVisible();
  });
});

test("signing out ends the session, copied cookies too", async ({
  browser,
}) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto("/signin");
  await page.getByLabel("Email").fill("signout@demo.local");
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: "Dashboard" })).toBeVisible();
  const copied = await context.cookies();

  await page.getByRole("button", { name: "Account menu" }).click();
  await page.getByRole("menuitem", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/signin/);
  await page.goto("/customers");
  await expect(page).toHaveURL(/\/signin/);
  await context.close();

  // A session cookie taken before the sign-out no longer opens a page.
  const replay = await browser.newContext();
  await replay.addCookies(copied);
  const replayPage = await replay.newPage();
  await replayPage.goto("/customers");
  await expect(replayPage).toHaveURL(/\/signin/);
  await replay.close();
});

test("a crafted return address stays on this site", async ({ page }) => {
  await page.goto("/signin?callbackUrl=/%5Cevil.example/phish");
  await page.getByLabel("Email").fill("viewer@demo.local");
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: "Dashboard" })).toBeVisible();
  expect(new URL(page.url()).host).toBe(
    new URL(test.info().project.use.baseURL!).host,
  );
});
