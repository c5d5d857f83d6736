using System.Text;
using CoSo.Core.Bhyt;

namespace CoSo.Core.Tests.Bhyt;

public sealed class ClaimXmlTests
{
    [Fact]
    public void Export_then_read_gives_back_the_same_visits_drugs_and_totals()
    {
        var a = ClaimBuilder.Build(ClaimSamples.Visit("38001-A") with { Drugs = [ClaimSamples.Drug("Amlodipin", 30, 420), ClaimSamples.Drug("Metformin", 60, 315.5m)] }).Document!;
        var b = ClaimBuilder.Build(ClaimSamples.Visit("38001-B") with { FullName = "Nguyễn Văn Đức & <Con>", ReferredTo = "38100" }).Document!;

        var bytes = ClaimXml.Envelope(ClaimSamples.Data.Spec, "38001", new DateOnly(2026, 10, 31), [a, b]);
        var file = ClaimXml.Read(new MemoryStream(bytes));

        Assert.Empty(file.Structure);
        Assert.Equal("38001", file.MaCskcb);
        Assert.Equal("20261031", file.NgayLap);
        Assert.Equal(2, file.DeclaredCount);
        Assert.Equal(["38001-A", "38001-B"], file.Documents.Select(d => d.MaLk));
        Assert.Equal(["Amlodipin", "Metformin"], file.Documents[0].Rows(ClaimTables.Xml2).Select(r => r["TEN_THUOC"]));
        Assert.Equal("Nguyễn Văn Đức & <Con>", file.Documents[1].Summary["HO_TEN"]);
        Assert.Equal(ClaimTotals.Of(a.Summary), ClaimTotals.Of(file.Documents[0].Summary));
        Assert.Equal(ClaimTotals.Of(b.Summary), ClaimTotals.Of(file.Documents[1].Summary));
        Assert.Equal(["XML1", "XML3", "XML13"], file.Documents[1].Tables.Keys.Order(StringComparer.Ordinal).ToArray().OrderBy(k => k.Length).ThenBy(k => k, StringComparer.Ordinal));
        Assert.Empty(ClaimCheck.Check(ClaimSamples.Data.Check, file.Documents).Select(v => $"{v.MaLk} {v.Where} {v.Code}"));
    }

    [Fact]
    public void Inner_tables_are_utf8_declared_utf8_with_every_appendix_field_in_order()
    {
        var doc = ClaimBuilder.Build(ClaimSamples.Visit()).Document!;

        var text = Encoding.UTF8.GetString(ClaimXml.Inner(ClaimSamples.Data.Spec, ClaimTables.Xml1, doc.Rows(ClaimTables.Xml1)));

        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?><TONG_HOP><MA_LK>38001-0001</MA_LK><STT>1</STT><MA_BN>P1</MA_BN>", text, StringComparison.Ordinal);
        Assert.Contains("<NHOM_MAU />", text, StringComparison.Ordinal);
        Assert.True(text.IndexOf("<T_THUOC>", StringComparison.Ordinal) < text.IndexOf("<MA_LOAI_KCB>", StringComparison.Ordinal));
        Assert.EndsWith("<DU_PHONG /></TONG_HOP>", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_utf16_declaration_a_wrong_count_and_a_bad_base64_are_structure_faults()
    {
        const string xml = """
            <?xml version="1.0" encoding="utf-8"?>
            <GIAMDINHHS><THONGTINDONVI><MACSKCB>38001</MACSKCB></THONGTINDONVI><THONGTINHOSO><NGAYLAP>20261031</NGAYLAP><SOLUONGHOSO>2</SOLUONGHOSO>
            <DANHSACHHOSO><HOSO><FILEHOSO><LOAIHOSO>XML1</LOAIHOSO><NOIDUNGFILE>@@@</NOIDUNGFILE></FILEHOSO>
            <FILEHOSO><LOAIHOSO>XML2</LOAIHOSO><NOIDUNGFILE>PD94bWwgdmVyc2lvbj0iMS4wIiBlbmNvZGluZz0idXRmLTE2Ij8+PENISVRJRVVfQ0hJVElFVF9USFVPQy8+</NOIDUNGFILE></FILEHOSO></HOSO></DANHSACHHOSO></THONGTINHOSO><CHUKYDONVI/></GIAMDINHHS>
            """;

        var file = ClaimXml.Read(new MemoryStream(Encoding.UTF8.GetBytes(xml)));

        Assert.Contains(file.Structure, v => v.Code == "bhyt.check.base64");
        Assert.Contains(file.Structure, v => v.Code == "bhyt.check.count");
        Assert.Contains(file.Structure, v => v.Code == "bhyt.check.encoding");
    }
}
