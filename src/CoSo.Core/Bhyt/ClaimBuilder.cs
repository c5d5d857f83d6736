using System.Globalization;

namespace CoSo.Core.Bhyt;

/// <summary>
/// Builds the claim of one visit (QĐ 4750 as amended by QĐ 3176): XML1 summary, XML2 drugs (one line per lot
/// dispensed, at the lot's unit purchase price), XML3 services (the exam line, billed tests and supplies at the price
/// list in force on the visit's date), XML4 test results, XML13 when the visit refers out, XML14 when a follow-up date
/// is given, and the check-in record (XML0) of the first cost. Uncovered visits and visits with no cost are held back
/// with their reasons: they are never exported.
/// </summary>
public static class ClaimBuilder
{
    public const string Department = "K01";
    public const string VisitKind = "01";

    public static ClaimBuild Build(ClaimInput v)
    {
        var held = new List<string>();
        if (!v.Covered || string.IsNullOrEmpty(v.CardNumber) || v.Category is null or "9")
        {
            held.Add("bhyt.held.uncovered");
        }

        if (string.IsNullOrEmpty(v.MaCskcb))
        {
            held.Add("bhyt.held.noFacilityCode");
        }

        var benefit = (decimal)v.BenefitPercent;
        var doc = new ClaimDocument();
        var xml2 = doc.Add(ClaimTables.Xml2);
        var xml3 = doc.Add(ClaimTables.Xml3);
        var xml4 = doc.Add(ClaimTables.Xml4);
        decimal thuoc = 0, vtyt = 0, bv = 0, bh = 0, bntt = 0, bncct = 0, bhtt = 0, nk = 0, gdv = 0;

        void Sum(LineAmounts a)
        {
            bv += a.Bv; bh += a.Bh; bntt += a.Bntt; bncct += a.Bncct; bhtt += a.Bhtt; nk += a.NguonKhac;
            if (v.PaymentMethod == 1)
            {
                gdv += a.Bhtt;
            }
        }

        foreach (var d in v.Drugs)
        {
            var rate = d.InScope ? 100 : 0;
            var a = ClaimMoney.Line(d.Quantity, d.UnitPrice, d.UnitPrice, 100, rate, benefit);
            var r = Line(v, xml2.Count + 1, a, benefit);
            r["MA_THUOC"] = d.MaThuoc;
            r["MA_NHOM"] = "4";
            r["TEN_THUOC"] = d.Name;
            r["DON_VI_TINH"] = d.Unit;
            r["HAM_LUONG"] = d.Strength;
            r["DUONG_DUNG"] = d.Route;
            r["DANG_BAO_CHE"] = d.Form;
            r["LIEU_DUNG"] = d.Dose;
            r["SO_DANG_KY"] = d.RegistrationNo ?? string.Empty;
            r["TT_THAU"] = d.Tender ?? string.Empty;
            r["PHAM_VI"] = d.InScope ? "1" : "2";
            r["TYLE_TT_BH"] = Int(rate);
            r["SO_LUONG"] = ClaimMoney.Text(ClaimMoney.Round3(d.Quantity));
            r["DON_GIA"] = ClaimMoney.Text(ClaimMoney.Round3(d.UnitPrice));
            r["NGAY_YL"] = ClaimFormat.Time(d.OrderedAt);
            r["NGAY_TH_YL"] = ClaimFormat.Time(d.OrderedAt);
            r["NGUON_CTRA"] = "1";
            xml2.Add(r);
            thuoc += a.Bv;
            Sum(a);
        }

        foreach (var s in v.Services)
        {
            var p = s.Price;
            var a = ClaimMoney.Line(s.Quantity, p.Price, p.Price, s.ServiceRate, 100, benefit);
            var r = Line(v, xml3.Count + 1, a, benefit);
            var supply = p.Group is 10 or 11;
            r[supply ? "MA_VAT_TU" : "MA_DICH_VU"] = p.Code;
            r[supply ? "TEN_VAT_TU" : "TEN_DICH_VU"] = p.NameVi;
            r["MA_NHOM"] = Int(p.Group);
            r["DON_VI_TINH"] = p.Unit;
            r["PHAM_VI"] = "1";
            r["SO_LUONG"] = ClaimMoney.Text(ClaimMoney.Round3(s.Quantity));
            r["DON_GIA_BV"] = ClaimMoney.Text(ClaimMoney.Round3(p.Price));
            r["DON_GIA_BH"] = ClaimMoney.Text(ClaimMoney.Round3(p.Price));
            r["TYLE_TT_DV"] = Int(s.ServiceRate);
            r["TYLE_TT_BH"] = "100";
            r["NGUOI_THUC_HIEN"] = s.PerformedBy ?? string.Empty;
            r["NGAY_YL"] = ClaimFormat.Time(s.OrderedAt);
            r["NGAY_TH_YL"] = s.PerformedAt is { } pa ? ClaimFormat.Time(pa) : string.Empty;
            r["NGAY_KQ"] = s.ResultAt is { } ra ? ClaimFormat.Time(ra) : string.Empty;
            xml3.Add(r);
            if (supply)
            {
                vtyt += a.Bv;
            }

            Sum(a);
        }

        foreach (var res in v.Results)
        {
            var r = new ClaimRecord
            {
                ["MA_LK"] = v.MaLk, ["STT"] = Int(xml4.Count + 1), ["MA_DICH_VU"] = res.ServiceCode, ["MA_CHI_SO"] = res.IndexCode,
                ["TEN_CHI_SO"] = res.IndexName, ["GIA_TRI"] = res.Value, ["DON_VI_DO"] = res.Unit, ["NGAY_KQ"] = ClaimFormat.Time(res.At),
                ["MA_BS_DOC_KQ"] = v.ClinicianCode,
            };
            xml4.Add(r);
        }

        if (bv == 0)
        {
            held.Add("bhyt.held.zeroCost");
        }

        var totals = new ClaimTotals(thuoc, vtyt, bv, bh, bntt, bncct, bhtt, nk, gdv);
        var xml1 = Summary(v, totals);
        doc.Add(ClaimTables.Xml1).Add(xml1);
        if (v.ReferredTo is not null)
        {
            doc.Add(ClaimTables.Xml13).Add(Referral(v, xml1));
        }

        if (v.FollowUpDate is not null)
        {
            doc.Add(ClaimTables.Xml14).Add(Appointment(v, xml1));
        }

        foreach (var empty in doc.Tables.Where(t => t.Value.Count == 0).Select(t => t.Key).ToList())
        {
            doc.Tables.Remove(empty);
        }

        return held.Count > 0
            ? new ClaimBuild(null, null, totals, held)
            : new ClaimBuild(doc, CheckIn(v, xml3.FirstOrDefault() ?? xml2.FirstOrDefault()), totals, []);
    }

    private static ClaimRecord Line(ClaimInput v, int stt, LineAmounts a, decimal benefit) => new()
    {
        ["MA_LK"] = v.MaLk, ["STT"] = Int(stt),
        ["THANH_TIEN_BV"] = ClaimMoney.Text(a.Bv), ["THANH_TIEN_BH"] = ClaimMoney.Text(a.Bh),
        ["T_NGUONKHAC_NSNN"] = "0", ["T_NGUONKHAC_VTNN"] = "0", ["T_NGUONKHAC_VTTN"] = "0", ["T_NGUONKHAC_CL"] = "0", ["T_NGUONKHAC"] = ClaimMoney.Text(a.NguonKhac),
        ["MUC_HUONG"] = ClaimMoney.Text(benefit), ["T_BNTT"] = ClaimMoney.Text(a.Bntt), ["T_BNCCT"] = ClaimMoney.Text(a.Bncct), ["T_BHTT"] = ClaimMoney.Text(a.Bhtt),
        ["MA_KHOA"] = Department, ["MA_BAC_SI"] = v.ClinicianCode, ["MA_PTTT"] = Int(v.PaymentMethod),
    };

    private static ClaimRecord Summary(ClaimInput v, ClaimTotals t)
    {
        var referred = v.ReferredTo is not null;
        var diagnosis = string.Join("; ", new[] { v.MainName }.Concat(v.Secondary.Select(s => s.Name)).Where(s => !string.IsNullOrEmpty(s)));
        return new ClaimRecord
        {
            ["MA_LK"] = v.MaLk, ["STT"] = "1", ["MA_BN"] = v.PatientId, ["HO_TEN"] = v.FullName, ["SO_CCCD"] = v.Cccd ?? string.Empty,
            ["NGAY_SINH"] = ClaimFormat.Birth(v.BirthDate, v.BirthYear, v.BirthTime), ["GIOI_TINH"] = ClaimFormat.Sex(v.Sex), ["MA_QUOCTICH"] = "000",
            ["MA_DANTOC"] = string.IsNullOrEmpty(v.EthnicityCode) ? "56" : v.EthnicityCode, ["MA_NGHE_NGHIEP"] = "00000", ["DIA_CHI"] = v.Address ?? string.Empty,
            ["MATINH_CU_TRU"] = v.ProvinceCode ?? string.Empty, ["MAXA_CU_TRU"] = v.CommuneCode ?? string.Empty, ["DIEN_THOAI"] = v.Phone ?? string.Empty,
            ["MA_THE_BHYT"] = v.CardNumber ?? string.Empty, ["MA_DKBD"] = v.CardFacility ?? string.Empty,
            ["GT_THE_TU"] = ClaimFormat.Date(v.CardFrom), ["GT_THE_DEN"] = ClaimFormat.Date(v.CardTo),
            ["LY_DO_VV"] = v.Reason ?? "Khám bệnh", ["CHAN_DOAN_VAO"] = v.MainName ?? string.Empty, ["CHAN_DOAN_RV"] = diagnosis,
            ["MA_BENH_CHINH"] = v.MainCode ?? string.Empty, ["MA_BENH_KT"] = string.Join(';', v.Secondary.Select(s => s.Code)),
            ["MA_DOITUONG_KCB"] = v.Category ?? string.Empty, ["MA_NOI_DEN"] = v.ReferredTo ?? string.Empty,
            ["NGAY_VAO"] = ClaimFormat.Time(v.ArrivedAt), ["NGAY_RA"] = ClaimFormat.Time(v.EndedAt), ["SO_NGAY_DTRI"] = "0",
            ["KET_QUA_DTRI"] = referred ? "3" : v.FollowUpDate is null ? "1" : "2", ["MA_LOAI_RV"] = referred ? "2" : "1", ["GHI_CHU"] = v.Notes ?? string.Empty,
            ["T_THUOC"] = ClaimMoney.Text(t.Thuoc), ["T_VTYT"] = ClaimMoney.Text(t.Vtyt), ["T_TONGCHI_BV"] = ClaimMoney.Text(t.TongChiBv),
            ["T_TONGCHI_BH"] = ClaimMoney.Text(t.TongChiBh), ["T_BNTT"] = ClaimMoney.Text(t.Bntt), ["T_BNCCT"] = ClaimMoney.Text(t.Bncct),
            ["T_BHTT"] = ClaimMoney.Text(t.Bhtt), ["T_NGUONKHAC"] = ClaimMoney.Text(t.NguonKhac), ["T_BHTT_GDV"] = ClaimMoney.Text(t.BhttGdv),
            ["NAM_QT"] = v.VisitDate.Year.ToString(CultureInfo.InvariantCulture), ["THANG_QT"] = v.VisitDate.Month.ToString(CultureInfo.InvariantCulture),
            ["MA_LOAI_KCB"] = VisitKind, ["MA_KHOA"] = Department, ["MA_CSKCB"] = v.MaCskcb,
            ["CAN_NANG"] = v.WeightKg is { } w ? w.ToString("0.00", CultureInfo.InvariantCulture) : string.Empty,
            ["NGAY_TAI_KHAM"] = ClaimFormat.Date(v.FollowUpDate), ["MA_HSBA"] = v.MaLk, ["MA_TTDV"] = v.HeadNumber ?? string.Empty,
        };
    }

    private static ClaimRecord Referral(ClaimInput v, ClaimRecord x1)
    {
        var r = Copy(x1, "MA_LK", "MA_CSKCB", "MA_NOI_DI", "MA_NOI_DEN", "HO_TEN", "NGAY_SINH", "GIOI_TINH", "MA_QUOCTICH", "MA_DANTOC", "MA_NGHE_NGHIEP", "DIA_CHI",
            "MA_THE_BHYT", "GT_THE_DEN", "NGAY_VAO", "NGAY_RA", "CHAN_DOAN_RV", "MA_BENH_CHINH", "MA_BENH_KT", "MA_LOAI_RV");
        r["SO_HOSO"] = x1["MA_HSBA"];
        r["SO_CHUYENTUYEN"] = "CT-" + v.MaLk;
        r["GIAY_CHUYEN_TUYEN"] = "CT-" + v.MaLk;
        r["DAU_HIEU_LS"] = v.Reason ?? v.MainName ?? string.Empty;
        r["QT_BENHLY"] = v.Notes ?? v.Reason ?? string.Empty;
        r["TOMTAT_KQ"] = string.Empty;
        r["TEN_DICH_VU"] = string.Join("; ", v.Services.Select(s => s.Price.NameVi));
        r["TEN_THUOC"] = string.Join("; ", v.Drugs.Select(d => d.Name).Distinct());
        r["MA_LYDO_CT"] = "1";
        r["HUONG_DIEU_TRI"] = "Chuyển tuyến trên khám và điều trị";
        r["PHUONGTIEN_VC"] = "Tự túc";
        r["MA_BAC_SI"] = v.ClinicianCode;
        r["MA_TTDV"] = v.HeadNumber ?? string.Empty;
        return r;
    }

    private static ClaimRecord Appointment(ClaimInput v, ClaimRecord x1)
    {
        var r = Copy(x1, "MA_LK", "MA_CSKCB", "HO_TEN", "NGAY_SINH", "GIOI_TINH", "DIA_CHI", "MA_THE_BHYT", "GT_THE_DEN", "NGAY_VAO", "NGAY_RA", "CHAN_DOAN_RV",
            "MA_BENH_CHINH", "MA_BENH_KT", "MA_DOITUONG_KCB");
        r["SO_GIAYHEN_KL"] = "HK-" + v.MaLk;
        r["NGAY_HEN_KL"] = ClaimFormat.Date(v.FollowUpDate!.Value) + "0700";
        r["MA_BAC_SI"] = v.ClinicianCode;
        r["MA_TTDV"] = v.HeadNumber ?? string.Empty;
        r["NGAY_CT"] = ClaimFormat.Date(v.VisitDate);
        return r;
    }

    private static ClaimRecord CheckIn(ClaimInput v, ClaimRecord? first)
    {
        var r = new ClaimRecord
        {
            ["MA_LK"] = v.MaLk, ["STT"] = "1", ["MA_BN"] = v.PatientId, ["HO_TEN"] = v.FullName, ["SO_CCCD"] = v.Cccd ?? string.Empty,
            ["NGAY_SINH"] = ClaimFormat.Birth(v.BirthDate, v.BirthYear, v.BirthTime), ["GIOI_TINH"] = ClaimFormat.Sex(v.Sex),
            ["MA_THE_BHYT"] = v.CardNumber ?? string.Empty, ["MA_DKBD"] = v.CardFacility ?? string.Empty,
            ["GT_THE_TU"] = ClaimFormat.Date(v.CardFrom), ["GT_THE_DEN"] = ClaimFormat.Date(v.CardTo), ["MA_DOITUONG_KCB"] = v.Category ?? string.Empty,
            ["NGAY_VAO"] = ClaimFormat.Time(v.ArrivedAt), ["MA_LOAI_KCB"] = VisitKind, ["MA_CSKCB"] = v.MaCskcb,
        };
        if (first is not null)
        {
            foreach (var f in new[] { "MA_DICH_VU", "TEN_DICH_VU", "MA_THUOC", "TEN_THUOC", "MA_VAT_TU", "TEN_VAT_TU", "NGAY_YL" })
            {
                r[f] = first[f];
            }
        }

        return r;
    }

    private static ClaimRecord Copy(ClaimRecord from, params string[] fields)
    {
        var r = new ClaimRecord();
        foreach (var f in fields)
        {
            r[f] = from[f];
        }

        return r;
    }

    private static string Int(int n) => n.ToString(CultureInfo.InvariantCulture);
}
