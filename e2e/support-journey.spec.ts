import path from "node:path";
import { expect, test } from "@playwright/test";
import { storageStateFor } from "./roles";

// Screenshots of the real app for the README, refreshed by every run.
const SCREENSHOTS = path.join(import.meta.dirname, "..", "docs", "screenshots");

test.use({ storageState: storageStateFor("support") });

test("support finds a customer and traces his log history", async ({
  page,
}) => {
  await page.goto("/customers");
  await expect(page.getByRole("heading", { name: "Customers" })).toBeVisible();
  await expect(page.getByText(/Showing 1–25 of/)).toBeVisible();
  await page.screenshot({ path: path.join(SCREENSHOTS, "customers.png") });

  await page.getByLabel("Search customers").fill("draxe");
  await page.getByLabel("Search customers").press("Enter");
  await expect(page).toHaveURL(/q=draxe/);
  const link = page.getByRole("link", { name: "Draxe", exact: true });
  await expect(link).toBeVisible();
  await link.click();

  await expect(page.getByRole("heading", { name: "Draxe" })).toBeVisible();
  await expect(
    page.getByText("d394da40-0ab1-3e8c-8302-4aaebe14d88d").first(),
  ).toBeVisible();

  await page.goto("/logs");
  await page.getByLabel("Player").fill("Draxe");
  await page.getByLabel("Player").press("Enter");
  await expect(page).toHaveURL(/player=Draxe/);

  const results = page.getByRole("main");
  await expect(
    results.getByText("logged in with entity id 9029312").first(),
  ).toBeVisible();
  await expect(results.getByText("Draxe logged in!").first()).toBeVisible();
  await expect(results.getByText("/wpt mining").first()).toBeVisible();
  await expect(
    results.getByText("Draxe lost connection: Disconnected").first(),
  ).toBeVisible();
  // Support staff do not see IP addresses.
  await expect(page.getByText("203.0.113.")).toHaveCount(0);
  await page.screenshot({ path: path.join(SCREENSHOTS, "logs.png") });
});

test("a log filter opens from the URL", async ({ page }) => {
  await page.goto("/logs?player=Draxe&kind=command");
  await expect(page.getByText("/wpt mining").first()).toBeVisible();
  await expect(page.getByText("/wpt faction")).toHaveCount(0);
});
