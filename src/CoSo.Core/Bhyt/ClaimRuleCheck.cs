using System.Globalization;
using CoSo.Core.People;

namespace CoSo.Core.Bhyt;

/// <summary>
/// Cross-field rules of the checking sheet and bhyt-xml-notes.md §5: the same MA_LK in every table and STT 1..n; the
/// card (format, equal counts, valid on the visit's date, no card ⇔ code 9); ICD-10 (list in force, dotted, not a
/// code of appendix A2 as main, sex and age lists, at most 12 secondary codes); dates in order; SO_NGAY_DTRI; the
/// settlement month; referral fields; XML13/XML14 fields equal to XML1's; the commune code.
/// </summary>
internal static class ClaimRuleCheck
{
    private static readonly string[] Xml13SameAsXml1 =
    [
        "MA_CSKCB", "MA_NOI_DI", "MA_NOI_DEN", "HO_TEN", "NGAY_SINH", "GIOI_TINH", "MA_QUOCTICH", "MA_DANTOC", "MA_NGHE_NGHIEP", "DIA_CHI", "MA_THE_BHYT",
        "GT_THE_DEN", "NGAY_VAO", "NGAY_VAO_NOI_TRU", "NGAY_RA", "CHAN_DOAN_RV", "MA_BENH_CHINH", "MA_BENH_KT", "MA_BENH_YHCT", "PP_DIEU_TRI", "MA_LOAI_RV",
    ];

    private static readonly string[] Xml14SameAsXml1 =
    [
        "NGAY_SINH", "GIOI_TINH", "DIA_CHI", "MA_THE_BHYT", "GT_THE_DEN", "NGAY_VAO", "NGAY_VAO_NOI_TRU", "NGAY_RA", "CHAN_DOAN_RV", "MA_BENH_CHINH",
        "MA_BENH_KT", "MA_BENH_YHCT", "MA_DOITUONG_KCB",
    ];

    public static void Check(ClaimCheckContext ctx, ClaimDocument doc, List<ClaimViolation> found)
    {
        var x1 = doc.Summary;
        var maLk = doc.MaLk;
        Links(doc, found);
        ClaimFormat.TryTime(x1["NGAY_VAO"], out var vao);
        ClaimFormat.TryTime(x1["NGAY_RA"], out var ra);
        var visitDate = DateOnly.FromDateTime(vao == default ? ra : vao);
        Card(x1, maLk, visitDate, found);
        Diagnoses(ctx, x1, maLk, visitDate, found);
        Dates(doc, x1, maLk, vao, ra, found);
        Referral(doc, x1, maLk, found);
        Same(doc, ClaimTables.Xml13, Xml13SameAsXml1, found);
        Same(doc, ClaimTables.Xml14, Xml14SameAsXml1, found);
        if (ctx.CommuneKnown is { } known && x1["MAXA_CU_TRU"] is { Length: > 0 } commune && visitDate >= new DateOnly(2025, 7, 1) && !known(commune))
        {
            found.Add(new(maLk, ClaimTables.Xml1, 1, "MAXA_CU_TRU", "bhyt.check.commune", commune));
        }
    }

    private static void Links(ClaimDocument doc, List<ClaimViolation> found)
    {
        foreach (var (table, rows) in doc.Tables)
        {
            for (var i = 0; i < rows.Count; i++)
            {
                if (rows[i]["MA_LK"] != doc.MaLk)
                {
                    found.Add(new(doc.MaLk, table, i + 1, "MA_LK", "bhyt.check.link", doc.MaLk));
                }

                if (table is ClaimTables.Xml2 or ClaimTables.Xml3 or ClaimTables.Xml4 && rows[i]["STT"] != (i + 1).ToString(CultureInfo.InvariantCulture))
                {
                    found.Add(new(doc.MaLk, table, i + 1, "STT", "bhyt.check.stt", i + 1));
                }
            }
        }
    }

    private static void Card(ClaimRecord x1, string maLk, DateOnly on, List<ClaimViolation> found)
    {
        var cards = Split(x1["MA_THE_BHYT"]);
        var category = x1["MA_DOITUONG_KCB"];
        if ((cards.Length == 0) != (category == "9"))
        {
            found.Add(new(maLk, ClaimTables.Xml1, 1, "MA_DOITUONG_KCB", "bhyt.check.card.category"));
        }

        if (cards.Length == 0)
        {
            return;
        }

        foreach (var c in cards.Where(c => !BhytCard.IsWellFormed(c)))
        {
            found.Add(new(maLk, ClaimTables.Xml1, 1, "MA_THE_BHYT", "bhyt.check.card.format", c));
        }

        var facilities = Split(x1["MA_DKBD"]);
        var from = Split(x1["GT_THE_TU"]);
        var to = Split(x1["GT_THE_DEN"]);
        if (facilities.Length != cards.Length || from.Length != cards.Length || (to.Length != 0 && to.Length != cards.Length))
        {
            found.Add(new(maLk, ClaimTables.Xml1, 1, "MA_THE_BHYT", "bhyt.check.card.count"));
            return;
        }

        foreach (var f in facilities.Where(f => f.Length != 5 || !f.All(char.IsAsciiDigit)))
        {
            found.Add(new(maLk, ClaimTables.Xml1, 1, "MA_DKBD", "bhyt.check.card.facility", f));
        }

        var valid = false;
        for (var i = 0; i < cards.Length; i++)
        {
            var okFrom = ClaimFormat.TryDate(from[i], out var f) && f <= on;
            var okTo = to.Length == 0 || (ClaimFormat.TryDate(to[i], out var t) && on <= t);
            valid |= okFrom && okTo;
        }

        if (!valid)
        {
            found.Add(new(maLk, ClaimTables.Xml1, 1, "GT_THE_DEN", "bhyt.check.card.validity", on.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)));
        }
    }

    private static void Diagnoses(ClaimCheckContext ctx, ClaimRecord x1, string maLk, DateOnly on, List<ClaimViolation> found)
    {
        var sex = x1["GIOI_TINH"] switch { "1" => Sex.Male, "2" => Sex.Female, _ => (Sex?)null };
        int? ageDays = ClaimFormat.TryBirth(x1["NGAY_SINH"], out var birth) && x1["NGAY_SINH"][4..] != "00000000" ? on.DayNumber - birth.DayNumber : null;
        void One(string field, string code, bool main)
        {
            if (!ctx.IcdKnown(code))
            {
                found.Add(new(maLk, ClaimTables.Xml1, 1, field, "bhyt.check.icd.unknown", code));
                return;
            }

            if (main && ctx.Icd.NotMain(code))
            {
                found.Add(new(maLk, ClaimTables.Xml1, 1, field, "bhyt.check.icd.notMain", code));
            }

            if (ctx.Icd.SexOnly(code) is { } only && sex is { } s && s != only)
            {
                found.Add(new(maLk, ClaimTables.Xml1, 1, field, only == Sex.Female ? "bhyt.check.icd.female" : "bhyt.check.icd.male", code));
            }

            if (ageDays is { } age && ctx.Icd.AgeRange(code) is { } range && ((range.Min is { } min && age < min) || (range.Max is { } max && age > max)))
            {
                found.Add(new(maLk, ClaimTables.Xml1, 1, field, "bhyt.check.icd.age", code, range.Appendix));
            }
        }

        if (x1["MA_BENH_CHINH"] is { Length: > 0 } main)
        {
            One("MA_BENH_CHINH", main, true);
        }

        var secondary = Split(x1["MA_BENH_KT"]);
        if (secondary.Length > 12)
        {
            found.Add(new(maLk, ClaimTables.Xml1, 1, "MA_BENH_KT", "bhyt.check.icd.tooMany"));
        }

        foreach (var code in secondary)
        {
            One("MA_BENH_KT", code, false);
        }
    }

    private static void Dates(ClaimDocument doc, ClaimRecord x1, string maLk, DateTime vao, DateTime ra, List<ClaimViolation> found)
    {
        void After(string table, int row, string field, string value, DateTime min, string minField)
        {
            if (min != default && ClaimFormat.TryTime(value, out var t) && t < min)
            {
                found.Add(new(maLk, table, row, field, "bhyt.check.dates.order", minField));
            }
        }

        if (ClaimFormat.TryBirth(x1["NGAY_SINH"], out var birth) && vao != default && DateOnly.FromDateTime(vao) < birth)
        {
            found.Add(new(maLk, ClaimTables.Xml1, 1, "NGAY_VAO", "bhyt.check.dates.order", "NGAY_SINH"));
        }

        After(ClaimTables.Xml1, 1, "NGAY_RA", x1["NGAY_RA"], vao, "NGAY_VAO");
        After(ClaimTables.Xml1, 1, "NGAY_VAO_NOI_TRU", x1["NGAY_VAO_NOI_TRU"], vao, "NGAY_VAO");
        After(ClaimTables.Xml1, 1, "NGAY_TTOAN", x1["NGAY_TTOAN"], vao, "NGAY_VAO");
        foreach (var table in new[] { ClaimTables.Xml2, ClaimTables.Xml3 })
        {
            var row = 0;
            foreach (var r in doc.Rows(table))
            {
                row++;
                After(table, row, "NGAY_YL", r["NGAY_YL"], vao, "NGAY_VAO");
                if (ra != default && ClaimFormat.TryTime(r["NGAY_YL"], out var yl) && yl > ra)
                {
                    found.Add(new(maLk, table, row, "NGAY_YL", "bhyt.check.dates.before", "NGAY_RA"));
                }

                if (ClaimFormat.TryTime(r["NGAY_YL"], out var order))
                {
                    After(table, row, "NGAY_TH_YL", r["NGAY_TH_YL"], order, "NGAY_YL");
                    After(table, row, "NGAY_KQ", r["NGAY_KQ"], order, "NGAY_YL");
                }
            }
        }

        foreach (var r in doc.Rows(ClaimTables.Xml14))
        {
            After(ClaimTables.Xml14, 1, "NGAY_HEN_KL", r["NGAY_HEN_KL"], ra, "NGAY_RA");
            if (ClaimFormat.TryDate(r["NGAY_CT"], out var ct) && vao != default && ct < DateOnly.FromDateTime(vao))
            {
                found.Add(new(maLk, ClaimTables.Xml14, 1, "NGAY_CT", "bhyt.check.dates.order", "NGAY_VAO"));
            }
        }

        var kind = x1["MA_LOAI_KCB"];
        if (vao != default && ra != default && int.TryParse(x1["SO_NGAY_DTRI"], CultureInfo.InvariantCulture, out var days))
        {
            int? expected = kind switch
            {
                "01" or "07" or "09" => 0,
                "02" or "03" or "04" or "06" => DateOnly.FromDateTime(ra).DayNumber - DateOnly.FromDateTime(vao).DayNumber + 1,
                _ => null,
            };
            if (expected is { } e && e != days)
            {
                found.Add(new(maLk, ClaimTables.Xml1, 1, "SO_NGAY_DTRI", "bhyt.check.days", e, kind));
            }
        }

        if (kind == "01" && vao != default && ra != default && (ra - vao).TotalHours > 24)
        {
            found.Add(new(maLk, ClaimTables.Xml1, 1, "NGAY_RA", "bhyt.check.oneDay"));
        }

        if (ra != default && int.TryParse(x1["NAM_QT"], CultureInfo.InvariantCulture, out var y) && int.TryParse(x1["THANG_QT"], CultureInfo.InvariantCulture, out var m)
            && (y * 12) + m < (ra.Year * 12) + ra.Month)
        {
            found.Add(new(maLk, ClaimTables.Xml1, 1, "THANG_QT", "bhyt.check.settlement"));
        }
    }

    private static void Referral(ClaimDocument doc, ClaimRecord x1, string maLk, List<ClaimViolation> found)
    {
        var outward = x1["MA_LOAI_RV"] is "2" or "5";
        if (outward && x1["MA_NOI_DEN"].Length == 0)
        {
            found.Add(new(maLk, ClaimTables.Xml1, 1, "MA_NOI_DEN", "bhyt.check.requiredWhen", "MA_LOAI_RV = 2, 5"));
        }

        if (!outward && x1["MA_NOI_DEN"].Length > 0)
        {
            found.Add(new(maLk, ClaimTables.Xml1, 1, "MA_LOAI_RV", "bhyt.check.referral.kind"));
        }

        if (outward && doc.Rows(ClaimTables.Xml13).Count == 0)
        {
            found.Add(new(maLk, ClaimTables.Xml13, 0, "MA_LK", "bhyt.check.referral.paper"));
        }

        if (x1["MA_DOITUONG_KCB"] == "1.3")
        {
            if (x1["MA_NOI_DI"].Length == 0)
            {
                found.Add(new(maLk, ClaimTables.Xml1, 1, "MA_NOI_DI", "bhyt.check.requiredWhen", "MA_DOITUONG_KCB = 1.3"));
            }

            if (x1["GIAY_CHUYEN_TUYEN"].Length == 0)
            {
                found.Add(new(maLk, ClaimTables.Xml1, 1, "GIAY_CHUYEN_TUYEN", "bhyt.check.requiredWhen", "MA_DOITUONG_KCB = 1.3"));
            }
        }

        foreach (var field in new[] { "MA_NOI_DI", "MA_NOI_DEN" })
        {
            if (x1[field] is { Length: > 0 } code && (code.Length != 5 || !code.All(char.IsAsciiDigit)))
            {
                found.Add(new(maLk, ClaimTables.Xml1, 1, field, "bhyt.check.card.facility", code));
            }
        }
    }

    private static void Same(ClaimDocument doc, string table, string[] fields, List<ClaimViolation> found)
    {
        var x1 = doc.Summary;
        foreach (var r in doc.Rows(table))
        {
            foreach (var f in fields.Where(f => r[f].Length > 0 && r[f] != x1[f]))
            {
                found.Add(new(doc.MaLk, table, 1, f, "bhyt.check.same", x1[f]));
            }
        }
    }

    private static string[] Split(string value) => value.Length == 0 ? [] : value.Split(';');
}
