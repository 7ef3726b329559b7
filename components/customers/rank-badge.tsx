import { Badge } from "@/components/ui/badge";
import { rankBadgeColors } from "@/lib/customers/format";
import type { RankBadge as Rank } from "@/lib/customers/types";

export function RankBadge({ rank, title }: { rank: Rank; title?: string }) {
  return (
    <span title={title}>
      <Badge style={rankBadgeColors(rank.color)}>{rank.name}</Badge>
    </span>
  );
}

export function StatusBadge({
  banned,
  label,
}: {
  banned: boolean;
  label: string;
}) {
  return <Badge tone={banned ? "red" : "green"}>{label}</Badge>;
}
