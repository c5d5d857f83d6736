using CoSo.Core.Bhyt;

namespace CoSo.Core.Tests.Bhyt;

// The check finds each planted fault (one per rule) in an otherwise clean claim, and passes the clean one.
public sealed class ClaimCheckTests
{
    private static ClaimDocument Clean()
    {
        var visit = ClaimSamples.Visit() with
        {
            Drugs = [ClaimSamples.Drug("Amlodipin", 30, 420), ClaimSamples.Drug("Metformin", 60, 315.5m)],
            Services = [.. ClaimSamples.Visit().Services, new ClaimServiceLine(ClaimSamples.Glucose, 1, 100, ClaimSamples.Arrived.AddMinutes(6), ClaimSamples.Arrived.AddMinutes(7), ClaimSamples.Arrived.AddMinutes(9), "(yta)")],
            Results = [new ClaimResult("TYT.GLU", "GLU", "Glucose máu mao mạch", "6.5", "mmol/L", ClaimSamples.Arrived.AddMinutes(9))],
            ReferredTo = "38100",
            FollowUpDate = new DateOnly(2026, 11, 11),
        };
        return ClaimBuilder.Build(visit).Document!;
    }

    public static TheoryData<string, string, string, string> Faults => new()
    {
        { "missing main diagnosis", "XML1", "MA_BENH_CHINH", "bhyt.check.required" },
        { "name too long", "XML1", "HO_TEN", "bhyt.check.length" },
        { "comma decimal", "XML2", "DON_GIA", "bhyt.check.number" },
        { "four decimals", "XML2", "SO_LUONG", "bhyt.check.decimals" },
        { "impossible time", "XML1", "NGAY_VAO", "bhyt.check.time" },
        { "old MA_DOITUONG_KCB code", "XML1", "MA_DOITUONG_KCB", "bhyt.check.code" },
        { "MA_LOAI_KCB without leading zero", "XML1", "MA_LOAI_KCB", "bhyt.check.code" },
        { "typo field", "XML1", "MA_DOI_TUONG_KCB", "bhyt.check.unknownField" },
        { "other MA_LK in a line", "XML2", "MA_LK", "bhyt.check.link" },
        { "STT skips", "XML3", "STT", "bhyt.check.stt" },
        { "malformed card", "XML1", "MA_THE_BHYT", "bhyt.check.card.format" },
        { "card lists of different lengths", "XML1", "MA_THE_BHYT", "bhyt.check.card.count" },
        { "card expired before the visit", "XML1", "GT_THE_DEN", "bhyt.check.card.validity" },
        { "card with code 9", "XML1", "MA_DOITUONG_KCB", "bhyt.check.card.category" },
        { "bad CCCD", "XML1", "SO_CCCD", "bhyt.check.cccd" },
        { "undotted ICD code", "XML1", "MA_BENH_CHINH", "bhyt.check.icd.unknown" },
        { "Z00 as main", "XML1", "MA_BENH_CHINH", "bhyt.check.icd.notMain" },
        { "male-only code for a woman", "XML1", "MA_BENH_KT", "bhyt.check.icd.male" },
        { "newborn code for an adult", "XML1", "MA_BENH_KT", "bhyt.check.icd.age" },
        { "13 secondary codes", "XML1", "MA_BENH_KT", "bhyt.check.icd.tooMany" },
        { "line amount off", "XML2", "THANH_TIEN_BV", "bhyt.check.money.formula" },
        { "line does not balance", "XML3", "THANH_TIEN_BV", "bhyt.check.money.balance" },
        { "total not the sum", "XML1", "T_TONGCHI_BV", "bhyt.check.money.total" },
        { "MUC_HUONG 80 at a station", "XML2", "MUC_HUONG", "bhyt.check.benefit.primary" },
        { "MUC_HUONG over 100", "XML3", "MUC_HUONG", "bhyt.check.benefit.max" },
        { "out of scope but paid", "XML2", "TYLE_TT_BH", "bhyt.check.outOfScope" },
        { "order before arrival", "XML2", "NGAY_YL", "bhyt.check.dates.order" },
        { "result before order", "XML3", "NGAY_KQ", "bhyt.check.dates.order" },
        { "appointment before discharge", "XML14", "NGAY_HEN_KL", "bhyt.check.dates.order" },
        { "treatment days for an exam", "XML1", "SO_NGAY_DTRI", "bhyt.check.days" },
        { "exam lasting two days", "XML1", "NGAY_RA", "bhyt.check.oneDay" },
        { "settlement before the visit", "XML1", "THANG_QT", "bhyt.check.settlement" },
        { "referral without destination", "XML1", "MA_NOI_DEN", "bhyt.check.requiredWhen" },
        { "referral paper missing", "XML13", "MA_LK", "bhyt.check.referral.paper" },
        { "referral paper differs from XML1", "XML13", "HO_TEN", "bhyt.check.same" },
        { "referred in without origin", "XML1", "MA_NOI_DI", "bhyt.check.requiredWhen" },
        { "test without performer", "XML3", "NGUOI_THUC_HIEN", "bhyt.check.requiredWhen" },
        { "drug without tender", "XML2", "TT_THAU", "bhyt.check.requiredWhen" },
        { "result value without time", "XML4", "NGAY_KQ", "bhyt.check.requiredWhen" },
        { "old commune code", "XML1", "MAXA_CU_TRU", "bhyt.check.commune" },
        { "head number not 10 digits", "XML1", "MA_TTDV", "bhyt.check.headNumber" },
        { "war wound flag 2", "XML2", "VET_THUONG_TP", "bhyt.check.flag" },
    };

    private static void Plant(ClaimDocument d, string fault)
    {
        var x1 = d.Summary;
        var drug = d.Rows(ClaimTables.Xml2)[0];
        var exam = d.Rows(ClaimTables.Xml3)[0];
        var test = d.Rows(ClaimTables.Xml3)[1];
        switch (fault)
        {
            case "missing main diagnosis": x1["MA_BENH_CHINH"] = string.Empty; break;
            case "name too long": x1["HO_TEN"] = new string('A', 256); break;
            case "comma decimal": drug["DON_GIA"] = "420,5"; break;
            case "four decimals": drug["SO_LUONG"] = "30.0001"; break;
            case "impossible time": x1["NGAY_VAO"] = "202602300805"; break;
            case "old MA_DOITUONG_KCB code": x1["MA_DOITUONG_KCB"] = "1.10"; break;
            case "MA_LOAI_KCB without leading zero": x1["MA_LOAI_KCB"] = "1"; break;
            case "typo field": x1["MA_DOI_TUONG_KCB"] = "1.2"; break;
            case "other MA_LK in a line": drug["MA_LK"] = "OTHER"; break;
            case "STT skips": test["STT"] = "3"; break;
            case "malformed card": x1["MA_THE_BHYT"] = "HT3383812345"; break;
            case "card lists of different lengths": x1["MA_THE_BHYT"] = "HT3383812345678;HT3383812345679"; break;
            case "card expired before the visit": x1["GT_THE_DEN"] = "20261011"; break;
            case "card with code 9": x1["MA_DOITUONG_KCB"] = "9"; break;
            case "bad CCCD": x1["SO_CCCD"] = "03818600123"; break;
            case "undotted ICD code": x1["MA_BENH_CHINH"] = "J069"; break;
            case "Z00 as main": x1["MA_BENH_CHINH"] = "Z00.0"; break;
            case "male-only code for a woman": x1["MA_BENH_KT"] = "N40"; break;
            case "newborn code for an adult": x1["MA_BENH_KT"] = "P07.3"; break;
            case "13 secondary codes": x1["MA_BENH_KT"] = string.Join(';', Enumerable.Repeat("J06.9", 13)); break;
            case "line amount off": drug["THANH_TIEN_BV"] = "12700"; drug["THANH_TIEN_BH"] = "12700"; drug["T_BHTT"] = "12700"; break;
            case "line does not balance": exam["T_BHTT"] = "30000"; exam["T_BNCCT"] = "0"; break;
            case "total not the sum": x1["T_TONGCHI_BV"] = "77231"; break;
            case "MUC_HUONG 80 at a station": drug["MUC_HUONG"] = "80"; drug["T_BHTT"] = "10080"; drug["T_BNCCT"] = "2520"; break;
            case "MUC_HUONG over 100": exam["MUC_HUONG"] = "101"; break;
            case "out of scope but paid": drug["PHAM_VI"] = "2"; break;
            case "order before arrival": drug["NGAY_YL"] = "202610120800"; break;
            case "result before order": test["NGAY_KQ"] = "202610120810"; break;
            case "appointment before discharge": d.Rows(ClaimTables.Xml14)[0]["NGAY_HEN_KL"] = "202610120800"; break;
            case "treatment days for an exam": x1["SO_NGAY_DTRI"] = "1"; break;
            case "exam lasting two days":
                x1["NGAY_RA"] = "202610131000";
                foreach (var p in d.Rows(ClaimTables.Xml13).Concat(d.Rows(ClaimTables.Xml14)))
                {
                    p["NGAY_RA"] = "202610131000";
                }

                d.Rows(ClaimTables.Xml14)[0]["NGAY_HEN_KL"] = "202611110700";
                break;
            case "settlement before the visit": x1["THANG_QT"] = "9"; break;
            case "referral without destination": x1["MA_NOI_DEN"] = string.Empty; d.Rows(ClaimTables.Xml13)[0]["MA_NOI_DEN"] = string.Empty; break;
            case "referral paper missing": d.Tables.Remove(ClaimTables.Xml13); break;
            case "referral paper differs from XML1": d.Rows(ClaimTables.Xml13)[0]["HO_TEN"] = "Lê Thị Hoà"; break;
            case "referred in without origin": x1["MA_DOITUONG_KCB"] = "1.3"; x1["GIAY_CHUYEN_TUYEN"] = "123"; d.Rows(ClaimTables.Xml14)[0]["MA_DOITUONG_KCB"] = "1.3"; break;
            case "test without performer": test["NGUOI_THUC_HIEN"] = string.Empty; break;
            case "drug without tender": drug["TT_THAU"] = string.Empty; break;
            case "result value without time": d.Rows(ClaimTables.Xml4)[0]["NGAY_KQ"] = string.Empty; break;
            case "old commune code": x1["MAXA_CU_TRU"] = "15943"; break;
            case "head number not 10 digits": x1["MA_TTDV"] = "38123"; break;
            case "war wound flag 2": drug["VET_THUONG_TP"] = "2"; break;
            default: throw new ArgumentException(fault);
        }
    }

    [Fact]
    public void The_clean_claim_of_every_branch_passes()
    {
        var found = ClaimCheck.Check(ClaimSamples.Data.Check, Clean());

        Assert.Empty(found.Select(v => $"{v.Where} {v.Code}"));
    }

    [Theory]
    [MemberData(nameof(Faults))]
    public void Each_planted_fault_is_found_on_its_table_and_field(string fault, string table, string field, string code)
    {
        var doc = Clean();
        Plant(doc, fault);

        var found = ClaimCheck.Check(ClaimSamples.Data.Check, doc);

        Assert.Contains(found, v => v.Table == table && v.Field == field && v.Code == code);
    }

    [Fact]
    public void A_duplicate_MA_LK_across_two_HOSO_is_found()
    {
        var found = ClaimCheck.Check(ClaimSamples.Data.Check, [Clean(), Clean()]);

        Assert.Contains(found, v => v.Code == "bhyt.check.duplicate");
    }

    [Fact]
    public void Messages_are_Vietnamese_first_and_name_the_field()
    {
        var v = new ClaimViolation("L1", ClaimTables.Xml2, 3, "THANH_TIEN_BH", "bhyt.check.money.formula", "100", "SO_LUONG × DON_GIA × TYLE_TT_BH");

        Assert.Equal("XML2 #3, THANH_TIEN_BH", v.Where);
        Assert.StartsWith("phải bằng 100", v.Message(CoSo.Core.Common.Messages.Vietnamese), StringComparison.Ordinal);
        Assert.StartsWith("must be 100", v.Message(CoSo.Core.Common.Messages.English), StringComparison.Ordinal);
    }

    [Fact]
    public void The_QD_1931_length_of_MUC_HUONG_applies_from_July_2026_only()
    {
        var field = ClaimSamples.Data.Spec.Field(ClaimTables.Xml2, "MUC_HUONG")!;

        Assert.Equal(3, ClaimSamples.Data.Spec.MaxLength(field, new DateOnly(2026, 6, 30)));
        Assert.Equal(4, ClaimSamples.Data.Spec.MaxLength(field, new DateOnly(2026, 7, 1)));
    }
}
