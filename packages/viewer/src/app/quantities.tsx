import type { Quantity } from "@lianzheng/model";
import { TableHead, TableScroll } from "./components.js";
import { useSite } from "./context.js";

/** Every quantity read from a text: item, value, unit, kind and the words it was read from. */
export function QuantityTable({
  caption,
  quantities,
  lang = "zh-Hant",
}: {
  caption: string;
  quantities: readonly Quantity[];
  lang?: string;
}) {
  const { t } = useSite();
  if (quantities.length === 0) return null;
  return (
    <TableScroll label={caption}>
      <table class="quantities">
        <caption>{caption}</caption>
        <TableHead columns={[t.item, t.value, t.unit, t.kind, t.raw]} />
        <tbody>
          {quantities.map((q, i) => (
            <tr key={`${q.raw}-${i}`}>
              <td>{q.itemNumber ?? ""}</td>
              <td class="num">
                {q.approximate ? "≈ " : ""}
                {q.value.toLocaleString("en")}
              </td>
              <td>
                {q.unit ?? ""}
                {q.currency ? ` (${q.currency})` : ""}
              </td>
              <td>{q.kind}</td>
              <td lang={lang}>{q.raw}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
