// The seed's two forms (附件① 事实确认单, 附件② 意见反馈表) laid out as on paper, from the stored records.
// Their text is Chinese in either language: they are the official forms.
import type { FactSheet, Feedback } from '../../api/types';
import { categoryLabel } from '../../lib/labels';
import { chineseDate, FormHeading } from './PrintFrame';

type Certificate = NonNullable<FactSheet['certificates']>[number];

/** National CMA (issued by 国家…/…总局), provincial CMA and CNAS accreditation, as the PDF sorts them. */
function certificateLines(certificates: Certificate[] = []): [string, string][] {
  const printed = (c?: Certificate) => (c ? `${c.number}（有效期至${chineseDate(c.validUntil)}）` : '—');
  const usable = certificates.filter((c) => c.number && c.validUntil);
  const national = (c: Certificate) => !!c.issuer && (c.issuer.includes('国家') || c.issuer.includes('总局'));
  return [
    ['国家级资质认定证书编号（有效期）', printed(usable.find((c) => c.kind !== 'CNAS' && national(c)))],
    ['省级资质认定证书编号（有效期）', printed(usable.find((c) => c.kind !== 'CNAS' && !national(c)))],
    ['实验室认可证书编号（有效期）', printed(usable.find((c) => c.kind === 'CNAS'))],
  ];
}

const categories = (codes: string[] = []) => codes.map((c) => categoryLabel(c, 'zh')).join('、');

export function FactSheetForm({ sheet, year, city, day }: { sheet: FactSheet; year?: number; city?: string; day?: string }) {
  const signed = sheet.answer?.kind === 'SIGNED' ? sheet.answer : undefined;
  const refused = sheet.answer?.kind === 'REFUSED' ? sheet.answer : undefined;
  return (
    <>
      <FormHeading year={year} city={city} form="事实确认单" />
      <table className="print-table">
        <tbody>
          <tr><th scope="row">被检查鉴定机构名称</th><td>{sheet.agencyName}</td></tr>
          <tr><th scope="row">统一社会信用代码编号</th><td>{sheet.creditCode ?? '—'}</td></tr>
          <tr><th scope="row">被检查业务类别</th><td>{categories(sheet.categoriesInspected)}</td></tr>
          {certificateLines(sheet.certificates).map(([label, value]) => (
            <tr key={label}><th scope="row">{label}</th><td>{value}</td></tr>
          ))}
          <tr className="print-tall">
            <th scope="row">确认的主要事实</th>
            <td>
              <ol>{sheet.facts.map((f, i) => <li key={i}>{f}</li>)}</ol>
            </td>
          </tr>
          <tr className="print-tall">
            <th scope="row">被检查单位意见</th>
            <td>
              <p>{signed?.opinion ?? (refused ? `拒绝签字：${refused.reason ?? ''}` : '')}</p>
              <p className="print-sign">（公　章）　单位负责人签名：{signed?.byName ?? ''}　　{chineseDate(signed?.at ?? refused?.at)}</p>
            </td>
          </tr>
          <tr>
            <th scope="row">检查人员签字</th>
            <td>
              <p className="print-sign">{(sheet.team ?? []).join('、')}　　{chineseDate(day ?? sheet.issuedAt)}</p>
            </td>
          </tr>
        </tbody>
      </table>
      {sheet.contentHash && <p className="print-note">内容哈希（SHA-256）：{sheet.contentHash}</p>}
    </>
  );
}

export function FeedbackFormView({ feedback, sheet, year, city }: { feedback: Feedback; sheet?: FactSheet; year?: number; city?: string }) {
  return (
    <>
      <FormHeading year={year} city={city} form="意见反馈表" />
      <table className="print-table">
        <tbody>
          <tr><th scope="row">鉴定机构名称</th><td>{feedback.agencyName}</td></tr>
          <tr><th scope="row">统一社会信用代码编号</th><td>{sheet?.creditCode ?? '—'}</td></tr>
          <tr><th scope="row">被检查业务类别</th><td>{categories(sheet?.categoriesInspected)}</td></tr>
          <tr>
            <th scope="row">有无意见</th>
            <td>有{feedback.hasOpinion ? '☑' : '□'}　　　　无{feedback.hasOpinion ? '□' : '☑'}</td>
          </tr>
          <tr className="print-tall">
            <th scope="row">具体意见建议</th>
            <td>
              <p style={{ whiteSpace: 'pre-wrap' }}>{feedback.text}</p>
              <p className="print-sign">单位负责人签名：{feedback.signer}　　公　章　　{chineseDate(feedback.filedAt)}</p>
            </td>
          </tr>
        </tbody>
      </table>
    </>
  );
}
