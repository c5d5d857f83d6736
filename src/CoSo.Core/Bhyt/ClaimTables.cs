namespace CoSo.Core.Bhyt;

/// <summary>
/// Table names (LOAIHOSO) and the root / list / record element names of each inner document (bhyt-xml-notes.md §2;
/// several independent implementations agree, no official XSD). A table without a list name has its fields directly
/// under the root (one record).
/// </summary>
public static class ClaimTables
{
    public const string CheckIn = "XML0";
    public const string Xml1 = "XML1";
    public const string Xml2 = "XML2";
    public const string Xml3 = "XML3";
    public const string Xml4 = "XML4";
    public const string Xml13 = "XML13";
    public const string Xml14 = "XML14";

    /// <summary>The tables a station writes, in the order they go into a HOSO.</summary>
    public static IReadOnlyList<string> Written { get; } = [Xml1, Xml2, Xml3, Xml4, Xml13, Xml14];

    private static readonly Dictionary<string, (string Root, string? List, string? Item)> Names = new(StringComparer.Ordinal)
    {
        [CheckIn] = ("CHI_TIEU_TRANG_THAI_KCB", "DSACH_TRANG_THAI_KCB", "TRANG_THAI_KCB"),
        [Xml1] = ("TONG_HOP", null, null),
        [Xml2] = ("CHITIEU_CHITIET_THUOC", "DSACH_CHI_TIET_THUOC", "CHI_TIET_THUOC"),
        [Xml3] = ("CHITIEU_CHITIET_DVKT_VTYT", "DSACH_CHI_TIET_DVKT", "CHI_TIET_DVKT"),
        [Xml4] = ("CHITIEU_CHITIET_DICHVUCANLAMSANG", "DSACH_CHI_TIET_CLS", "CHI_TIET_CLS"),
        ["XML5"] = ("CHITIEU_CHITIET_DIENBIENLAMSANG", "DSACH_CHI_TIET_DIEN_BIEN_BENH", "CHI_TIET_DIEN_BIEN_BENH"),
        ["XML7"] = ("CHI_TIEU_DU_LIEU_GIAY_RA_VIEN", null, null),
        ["XML8"] = ("CHI_TIEU_DU_LIEU_TOM_TAT_HO_SO_BENH_AN", null, null),
        [Xml13] = ("CHI_TIEU_GIAYCHUYENTUYEN", null, null),
        [Xml14] = ("CHI_TIEU_GIAYHEN_KHAMLAI", null, null),
        ["XML15"] = ("CHI_TIEU_DIEUTRI_BENHLAO", "DSACH_CHITIET_DIEUTRI_BENHLAO", "CHITIET_DIEUTRI_BENHLAO"),
    };

    public static bool IsKnown(string table) => Names.ContainsKey(table);

    public static (string Root, string? List, string? Item) ElementsOf(string table) => Names[table];

    /// <summary>The field table's name for a LOAIHOSO (the appendix calls the check-in table CHECKIN).</summary>
    public static string SpecName(string table) => table == CheckIn ? "CHECKIN" : table;
}
