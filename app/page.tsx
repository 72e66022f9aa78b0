import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { currentUser } from "@/lib/auth/session";

/** `/`: to the problem picker when signed in, otherwise to sign-in. */
export default async function Home() {
  let signedIn = false;
  try {
    const h = await headers();
    signedIn = !!(await currentUser(new Request("http://internal/", { headers: h })));
  } catch {
    signedIn = false;
  }
  redirect(signedIn ? "/problems" : "/signin");
}
