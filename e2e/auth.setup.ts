import { expect, test as setup } from "@playwright/test";
import { DEMO_PASSWORD, emailFor, ROLES, storageStateFor } from "./roles";

for (const role of ROLES) {
  setup(`sign in as ${role}`, async ({ page }) => {
    await page.goto("/signin");
    await page.getByLabel("Email").fill(emailFor(role));
    await page.getByLabel("Password").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(
      page.getByRole("heading", { name: "Dashboard" }),
    ).toBeVisible();
    await page.context().storageState({ path: storageStateFor(role) });
  });
}
