namespace CoSo.Core.Bhyt;

/// <summary>The XML1 totals of a claim (đồng).</summary>
public sealed record ClaimTotals(decimal Thuoc, decimal Vtyt, decimal TongChiBv, decimal TongChiBh, decimal Bntt, decimal Bncct, decimal Bhtt, decimal NguonKhac, decimal BhttGdv)
{
    public static ClaimTotals Zero { get; } = new(0, 0, 0, 0, 0, 0, 0, 0, 0);

    public ClaimTotals Add(ClaimTotals o) => new(Thuoc + o.Thuoc, Vtyt + o.Vtyt, TongChiBv + o.TongChiBv, TongChiBh + o.TongChiBh, Bntt + o.Bntt,
        Bncct + o.Bncct, Bhtt + o.Bhtt, NguonKhac + o.NguonKhac, BhttGdv + o.BhttGdv);

    public static ClaimTotals Of(ClaimRecord xml1)
    {
        static decimal D(ClaimRecord r, string f) => ClaimMoney.TryRead(r[f], out var v) ? v : 0m;
        return new(D(xml1, "T_THUOC"), D(xml1, "T_VTYT"), D(xml1, "T_TONGCHI_BV"), D(xml1, "T_TONGCHI_BH"), D(xml1, "T_BNTT"), D(xml1, "T_BNCCT"),
            D(xml1, "T_BHTT"), D(xml1, "T_NGUONKHAC"), D(xml1, "T_BHTT_GDV"));
    }
}
