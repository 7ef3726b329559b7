import { PageHeader } from "@/components/ui/page-header";
import { requirePageActor } from "@/lib/auth/session";

export default async function DashboardPage() {
  await requirePageActor("dashboard.view");
  return <PageHeader title="Dashboard" />;
}
