import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { isLocale, LOCALE_COOKIE, localeFromAcceptLanguage } from "./config";
import { loadMessages } from "./messages";

// The language comes from the staff member's choice (a cookie), else from
// the browser; URLs carry no locale prefix so that links stay shareable.
export default getRequestConfig(async () => {
  const chosen = (await cookies()).get(LOCALE_COOKIE)?.value;
  const locale = isLocale(chosen)
    ? chosen
    : localeFromAcceptLanguage((await headers()).get("accept-language"));
  return {
    locale,
    messages: loadMessages(locale),
    timeZone: "UTC",
  };
});
