namespace CoSo.Core.Bhyt;

/// <summary>
/// The money rules (bhyt-xml-notes.md §4 and §5.6): each line's formulas, the line balance
/// THANH_TIEN_BV = T_BHTT + T_BNCCT + T_BNTT + T_NGUONKHAC, the XML1 totals as sums of the lines,
/// T_BHTT = T_TONGCHI_BH − T_BNCCT, T_BHTT_GDV, and MUC_HUONG (≤ 100; 100 for primary-level care, code 1.2). Amounts
/// are compared with a margin of 0.01 + SO_LUONG × 0.0005, which covers unit prices rounded to 3 decimals.
/// </summary>
internal static class ClaimMoneyCheck
{
    private const decimal Cent = 0.01m;

    public static void Check(ClaimDocument doc, List<ClaimViolation> found)
    {
        var maLk = doc.MaLk;
        var x1 = doc.Summary;
        var category = x1["MA_DOITUONG_KCB"];
        decimal thuoc = 0, vtyt = 0, bv = 0, bh = 0, bntt = 0, bncct = 0, bhtt = 0, nk = 0, gdv = 0;
        foreach (var table in new[] { ClaimTables.Xml2, ClaimTables.Xml3 })
        {
            var row = 0;
            foreach (var r in doc.Rows(table))
            {
                row++;
                if (!Read(r, out var l))
                {
                    continue;
                }

                var margin = Cent + (l.Quantity * 0.0005m);
                var expectBv = table == ClaimTables.Xml2 ? l.Quantity * l.PriceBv : l.Quantity * l.PriceBv * l.ServiceRate / 100m;
                var expectBh = table == ClaimTables.Xml2 ? l.Quantity * l.PriceBv * l.InsuranceRate / 100m : l.Quantity * l.PriceBh * l.ServiceRate / 100m * l.InsuranceRate / 100m;
                Compare(found, maLk, table, row, "THANH_TIEN_BV", l.Bv, ClaimMoney.Round2(expectBv), margin, table == ClaimTables.Xml2 ? "SO_LUONG × DON_GIA" : "SO_LUONG × DON_GIA_BV × TYLE_TT_DV");
                Compare(found, maLk, table, row, "THANH_TIEN_BH", l.Bh, ClaimMoney.Round2(expectBh), margin, table == ClaimTables.Xml2 ? "SO_LUONG × DON_GIA × TYLE_TT_BH" : "SO_LUONG × DON_GIA_BH × TYLE_TT_DV × TYLE_TT_BH");
                Compare(found, maLk, table, row, "T_NGUONKHAC", l.Nk, l.NkParts, Cent, "NSNN + VTNN + VTTN + CL");
                if (l.Nk == 0)
                {
                    Compare(found, maLk, table, row, "T_BHTT", l.Bhtt, ClaimMoney.Round2(l.Bh * l.Benefit / 100m), Cent, "THANH_TIEN_BH × MUC_HUONG");
                    Compare(found, maLk, table, row, "T_BNCCT", l.Bncct, l.Bh - l.Bhtt, Cent, "THANH_TIEN_BH − T_BHTT");
                    Compare(found, maLk, table, row, "T_BNTT", l.Bntt, l.Bv - l.Bh, Cent, "THANH_TIEN_BV − THANH_TIEN_BH");
                }

                if (Math.Abs(l.Bv - (l.Bhtt + l.Bncct + l.Bntt + l.Nk)) > Cent)
                {
                    found.Add(new(maLk, table, row, "THANH_TIEN_BV", "bhyt.check.money.balance", ClaimMoney.Text(l.Bv), ClaimMoney.Text(l.Bhtt + l.Bncct + l.Bntt + l.Nk)));
                }

                if (l.Benefit > 100)
                {
                    found.Add(new(maLk, table, row, "MUC_HUONG", "bhyt.check.benefit.max"));
                }
                else if (category == "1.2" && l.Benefit != 100 && l.InsuranceRate > 0)
                {
                    found.Add(new(maLk, table, row, "MUC_HUONG", "bhyt.check.benefit.primary"));
                }

                if (r["PHAM_VI"] == "2" && l.InsuranceRate != 0)
                {
                    found.Add(new(maLk, table, row, "TYLE_TT_BH", "bhyt.check.outOfScope"));
                }

                if (table == ClaimTables.Xml2)
                {
                    thuoc += l.Bv;
                }
                else if (r["MA_NHOM"] is "10" or "11")
                {
                    vtyt += l.Bv;
                }

                bv += l.Bv; bh += l.Bh; bntt += l.Bntt; bncct += l.Bncct; bhtt += l.Bhtt; nk += l.Nk;
                if (r["MA_PTTT"] == "1")
                {
                    gdv += l.Bhtt;
                }
            }
        }

        Total(found, maLk, x1, "T_THUOC", thuoc);
        Total(found, maLk, x1, "T_VTYT", vtyt);
        Total(found, maLk, x1, "T_TONGCHI_BV", bv);
        Total(found, maLk, x1, "T_TONGCHI_BH", bh);
        Total(found, maLk, x1, "T_BNTT", bntt);
        Total(found, maLk, x1, "T_BNCCT", bncct);
        Total(found, maLk, x1, "T_BHTT", bhtt);
        Total(found, maLk, x1, "T_NGUONKHAC", nk);
        Total(found, maLk, x1, "T_BHTT_GDV", gdv);
        if (ClaimMoney.TryRead(x1["T_BHTT"], out var tb) && ClaimMoney.TryRead(x1["T_TONGCHI_BH"], out var tbh) && ClaimMoney.TryRead(x1["T_BNCCT"], out var tc)
            && Math.Abs(tb - (tbh - tc)) > Cent)
        {
            found.Add(new(maLk, ClaimTables.Xml1, 1, "T_BHTT", "bhyt.check.money.formula", ClaimMoney.Text(tbh - tc), "T_TONGCHI_BH − T_BNCCT"));
        }
    }

    private static void Total(List<ClaimViolation> found, string maLk, ClaimRecord x1, string field, decimal sum)
    {
        if (ClaimMoney.TryRead(x1[field], out var v) && Math.Abs(v - sum) > Cent)
        {
            found.Add(new(maLk, ClaimTables.Xml1, 1, field, "bhyt.check.money.total", ClaimMoney.Text(sum)));
        }
    }

    private static void Compare(List<ClaimViolation> found, string maLk, string table, int row, string field, decimal actual, decimal expected, decimal margin, string formula)
    {
        if (Math.Abs(actual - expected) > margin)
        {
            found.Add(new(maLk, table, row, field, "bhyt.check.money.formula", ClaimMoney.Text(expected), formula));
        }
    }

    private sealed record Amounts(decimal Quantity, decimal PriceBv, decimal PriceBh, int ServiceRate, int InsuranceRate, decimal Benefit,
        decimal Bv, decimal Bh, decimal Bhtt, decimal Bncct, decimal Bntt, decimal Nk, decimal NkParts);

    /// <summary>The line's numbers, or false when one is missing or unreadable (the field check reports it).</summary>
    private static bool Read(ClaimRecord r, out Amounts a)
    {
        a = null!;
        decimal D(string f, out bool ok)
        {
            ok = ClaimMoney.TryRead(r[f], out var v);
            return v;
        }

        var price = r.Has("DON_GIA") ? "DON_GIA" : "DON_GIA_BV";
        var values = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var f in new[] { "SO_LUONG", price, "TYLE_TT_BH", "MUC_HUONG", "THANH_TIEN_BV", "THANH_TIEN_BH", "T_BHTT", "T_BNCCT", "T_BNTT", "T_NGUONKHAC" })
        {
            values[f] = D(f, out var ok);
            if (!ok)
            {
                return false;
            }
        }

        var priceBh = r.Has("DON_GIA_BH") && ClaimMoney.TryRead(r["DON_GIA_BH"], out var pbh) ? pbh : values[price];
        var serviceRate = r.Has("TYLE_TT_DV") && int.TryParse(r["TYLE_TT_DV"], System.Globalization.CultureInfo.InvariantCulture, out var sr) ? sr : 100;
        decimal parts = 0;
        foreach (var f in new[] { "T_NGUONKHAC_NSNN", "T_NGUONKHAC_VTNN", "T_NGUONKHAC_VTTN", "T_NGUONKHAC_CL" })
        {
            parts += ClaimMoney.TryRead(r[f], out var p) ? p : 0;
        }

        a = new Amounts(values["SO_LUONG"], values[price], priceBh, serviceRate, (int)values["TYLE_TT_BH"], values["MUC_HUONG"], values["THANH_TIEN_BV"], values["THANH_TIEN_BH"],
            values["T_BHTT"], values["T_BNCCT"], values["T_BNTT"], values["T_NGUONKHAC"], parts);
        return true;
    }
}
