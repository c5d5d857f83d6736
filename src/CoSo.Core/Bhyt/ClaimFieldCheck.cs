namespace CoSo.Core.Bhyt;

/// <summary>
/// Field-level rules of the checking sheet ("Validate CTN QĐ 4750"): mandatory fields (with the conditional ones of
/// bhyt-xml-notes.md §4), maximum lengths in force on the visit's date, numbers written with '.', decimals, real
/// dates and times, code lists in force, unknown fields.
/// </summary>
internal static class ClaimFieldCheck
{
    private static readonly HashSet<string> TimeFields = new(StringComparer.Ordinal)
    {
        "NGAY_VAO", "NGAY_RA", "NGAY_VAO_NOI_TRU", "NGAY_TTOAN", "NGAY_YL", "NGAY_TH_YL", "NGAY_KQ", "NGAY_HEN_KL",
    };

    private static readonly HashSet<string> DateListFields = new(StringComparer.Ordinal) { "GT_THE_TU", "GT_THE_DEN", "NGAY_TAI_KHAM", "NAM_NAM_LIEN_TUC", "NGAY_CT" };

    private static readonly HashSet<string> ThreeDecimals = new(StringComparer.Ordinal) { "SO_LUONG", "DON_GIA", "DON_GIA_BV", "DON_GIA_BH" };

    private static readonly HashSet<string> Flags = new(StringComparer.Ordinal) { "VET_THUONG_TP", "TAI_SU_DUNG" };

    private static readonly Dictionary<string, string> CodedFields = new(StringComparer.Ordinal)
    {
        ["MA_LOAI_KCB"] = "MA_LOAI_KCB", ["MA_DOITUONG_KCB"] = "MA_DOITUONG_KCB", ["MA_KHOA"] = "MA_KHOA", ["MA_NHOM"] = "MA_NHOM",
        ["KET_QUA_DTRI"] = "KET_QUA_DTRI", ["MA_LOAI_RV"] = "MA_LOAI_RV", ["GIOI_TINH"] = "GIOI_TINH", ["PHAM_VI"] = "PHAM_VI",
        ["MA_PTTT"] = "MA_PTTT", ["NGUON_CTRA"] = "NGUON_CTRA",
    };

    /// <summary>Fields the sheet marks mandatory that are mandatory only in some cases (checked in <see cref="Conditional"/>).</summary>
    private static readonly Dictionary<string, HashSet<string>> ConditionalFields = new(StringComparer.Ordinal)
    {
        [ClaimTables.CheckIn] = ["LY_DO_VNT", "MA_DICH_VU", "TEN_DICH_VU", "MA_THUOC", "TEN_THUOC", "MA_VAT_TU", "TEN_VAT_TU"],
        [ClaimTables.Xml1] = ["MAHUYEN_CU_TRU"],
        [ClaimTables.Xml2] = ["SO_DANG_KY", "TT_THAU", "MA_DICH_VU"],
        [ClaimTables.Xml3] = ["MA_DICH_VU", "MA_VAT_TU", "TEN_DICH_VU", "TEN_VAT_TU", "TT_THAU", "MA_XANG_DAU", "NGUOI_THUC_HIEN", "NGAY_TH_YL", "MA_BENH"],
        [ClaimTables.Xml4] = ["NGAY_KQ"],
        [ClaimTables.Xml13] = ["TOMTAT_KQ"],
    };

    /// <summary>The district level was abolished on 01/07/2025: MAHUYEN_CU_TRU is no longer asked for after it.</summary>
    private static readonly DateOnly DistrictsAbolished = new(2025, 7, 1);

    public static void Check(ClaimCheckContext ctx, string maLk, string table, int row, ClaimRecord r, DateOnly on, List<ClaimViolation> found)
    {
        var fields = ctx.Spec.Fields(table);
        var conditional = ConditionalFields.GetValueOrDefault(table) ?? [];
        foreach (var name in r.Fields)
        {
            if (fields.Count > 0 && !ctx.Spec.Has(table, name))
            {
                found.Add(new(maLk, table, row, name, "bhyt.check.unknownField"));
            }
        }

        foreach (var f in fields)
        {
            var value = r[f.Name];
            if (value.Length == 0)
            {
                if (f.Required && !conditional.Contains(f.Name))
                {
                    found.Add(new(maLk, table, row, f.Name, "bhyt.check.required"));
                }

                continue;
            }

            if (ctx.Spec.MaxLength(f, on) is { } max && value.Length > max)
            {
                found.Add(new(maLk, table, row, f.Name, "bhyt.check.length", max));
            }

            Format(ctx, maLk, table, row, f, value, on, found);
        }

        Conditional(maLk, table, row, r, on, found);
    }

    private static void Format(ClaimCheckContext ctx, string maLk, string table, int row, ClaimField f, string value, DateOnly on, List<ClaimViolation> found)
    {
        var name = f.Name;
        if (name == "NGAY_SINH")
        {
            if (!ClaimFormat.TryBirth(value, out _))
            {
                found.Add(new(maLk, table, row, name, "bhyt.check.time"));
            }
        }
        else if (TimeFields.Contains(name))
        {
            if (!ClaimFormat.TryTime(value, out _))
            {
                found.Add(new(maLk, table, row, name, "bhyt.check.time"));
            }
        }
        else if (name == "NGAY_MIEN_CCT")
        {
            if (!(value.Length == 8 ? ClaimFormat.TryDate(value, out _) : ClaimFormat.TryTime(value, out _)))
            {
                found.Add(new(maLk, table, row, name, "bhyt.check.time"));
            }
        }
        else if (DateListFields.Contains(name))
        {
            if (value.Split(';').Any(d => !ClaimFormat.TryDate(d, out _)))
            {
                found.Add(new(maLk, table, row, name, "bhyt.check.date"));
            }
        }
        else if (Flags.Contains(name))
        {
            if (value != "1")
            {
                found.Add(new(maLk, table, row, name, "bhyt.check.flag"));
            }
        }
        else if (f.Numeric)
        {
            var decimals = ThreeDecimals.Contains(name) ? 3 : name.StartsWith("T_", StringComparison.Ordinal) || name.StartsWith("THANH_TIEN", StringComparison.Ordinal) || name == "MUC_HUONG" ? 2 : 0;
            Number(maLk, table, row, name, value, decimals, found);
        }

        if (CodedFields.TryGetValue(name, out var list) && ctx.Codes.Knows(list))
        {
            foreach (var code in name == "MA_KHOA" ? value.Split(';') : [value])
            {
                if (!ctx.Codes.IsValid(list, code, on))
                {
                    found.Add(new(maLk, table, row, name, "bhyt.check.code", code, list, on.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture)));
                }
            }
        }
    }

    private static void Number(string maLk, string table, int row, string name, string value, int decimals, List<ClaimViolation> found)
    {
        var dot = value.IndexOf('.', StringComparison.Ordinal);
        var digits = value.Replace(".", string.Empty, StringComparison.Ordinal);
        if (digits.Length == 0 || !digits.All(char.IsAsciiDigit) || value.Count(c => c == '.') > 1 || dot == 0 || dot == value.Length - 1)
        {
            found.Add(new(maLk, table, row, name, "bhyt.check.number"));
        }
        else if (dot > 0 && value.Length - dot - 1 > decimals)
        {
            found.Add(new(maLk, table, row, name, "bhyt.check.decimals", decimals));
        }
    }

    private static void Conditional(string maLk, string table, int row, ClaimRecord r, DateOnly on, List<ClaimViolation> found)
    {
        void Need(string field, string when)
        {
            if (r[field].Length == 0)
            {
                found.Add(new(maLk, table, row, field, "bhyt.check.requiredWhen", when));
            }
        }

        switch (table)
        {
            case ClaimTables.Xml1 when on < DistrictsAbolished:
                Need("MAHUYEN_CU_TRU", "NGAY_VAO < 01/07/2025");
                break;
            case ClaimTables.Xml2:
                var group = r["MA_NHOM"];
                if (group is not ("7" or "17"))
                {
                    Need("TT_THAU", "MA_NHOM ≠ 7, 17");
                    if (r["MA_THUOC"] is not ("40.17" or "40.573"))
                    {
                        Need("SO_DANG_KY", "MA_NHOM ≠ 7, 17");
                    }
                }

                break;
            case ClaimTables.Xml3:
                if (r["MA_DICH_VU"].Length == 0 && r["MA_VAT_TU"].Length == 0)
                {
                    found.Add(new(maLk, table, row, "MA_DICH_VU", "bhyt.check.oneOf", "MA_VAT_TU"));
                }

                if (r["MA_DICH_VU"].Length > 0)
                {
                    Need("TEN_DICH_VU", "MA_DICH_VU");
                }

                if (r["MA_VAT_TU"].Length > 0)
                {
                    Need("TEN_VAT_TU", "MA_VAT_TU");
                }

                switch (r["MA_NHOM"])
                {
                    case "10": Need("TT_THAU", "MA_NHOM = 10"); break;
                    case "12": Need("MA_XANG_DAU", "MA_NHOM = 12"); break;
                    case "1" or "2" or "3" or "8" or "18":
                        Need("NGUOI_THUC_HIEN", "MA_NHOM = 1, 2, 3, 8, 18");
                        Need("NGAY_TH_YL", "MA_NHOM = 1, 2, 3, 8, 18");
                        break;
                }

                if (r["GOI_VTYT"] is { Length: > 0 } goi && !(goi.Length is >= 2 and <= 4 && goi[0] == 'G' && goi[1..].All(char.IsAsciiDigit) && goi[1] != '0'))
                {
                    found.Add(new(maLk, table, row, "GOI_VTYT", "bhyt.check.package"));
                }

                break;
            case ClaimTables.Xml4 when r["GIA_TRI"].Length > 0:
                Need("NGAY_KQ", "GIA_TRI");
                break;
            case ClaimTables.CheckIn:
                if (r["NGAY_VAO_NOI_TRU"].Length > 0)
                {
                    Need("LY_DO_VNT", "NGAY_VAO_NOI_TRU");
                }

                if (r["MA_DICH_VU"].Length == 0 && r["MA_THUOC"].Length == 0 && r["MA_VAT_TU"].Length == 0)
                {
                    found.Add(new(maLk, table, row, "MA_DICH_VU", "bhyt.check.oneOf", "MA_THUOC, MA_VAT_TU"));
                }

                break;
        }

        if (r["SO_CCCD"] is { Length: > 0 } id && !IsIdentity(id))
        {
            found.Add(new(maLk, table, row, "SO_CCCD", "bhyt.check.cccd"));
        }

        if (r["MA_TTDV"] is { Length: > 0 } head && (head.Length != 10 || !head.All(char.IsAsciiDigit)))
        {
            found.Add(new(maLk, table, row, "MA_TTDV", "bhyt.check.headNumber"));
        }
    }

    /// <summary>9 or 12 digits (CMND, CCCD), or a capital letter and 7 digits (passport), as the sheet says.</summary>
    private static bool IsIdentity(string id) =>
        (id.Length is 9 or 12 && id.All(char.IsAsciiDigit)) || (id.Length == 8 && char.IsAsciiLetterUpper(id[0]) && id[1..].All(char.IsAsciiDigit));
}
