import { NextResponse, type NextRequest } from "next/server";

// next-auth v4 names its session cookie by scheme.
const SESSION_COOKIES = [
  "next-auth.session-token",
  "__Secure-next-auth.session-token",
];

/**
 * Sends a request without a session cookie to the sign-in page with the
 * page it asked for as callbackUrl, so a shared link such as
 * /logs?player=Draxe opens after signing in. This only checks that a cookie
 * is present; pages still verify the session and the permission.
 */
export function proxy(request: NextRequest) {
  const hasSession = SESSION_COOKIES.some((name) => request.cookies.has(name));
  if (hasSession) return NextResponse.next();
  const { pathname, search } = request.nextUrl;
  const target = new URL("/signin", request.url);
  if (pathname !== "/") {
    target.searchParams.set("callbackUrl", `${pathname}${search}`);
  }
  return NextResponse.redirect(target);
}

export const config = {
  // Everything but sign-in, machine routes, build assets and the icon.
  matcher: ["/((?!signin|api/|_next/|icon\\.svg|favicon\\.ico).*)"],
};
